import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Narrows the observations list; all given conditions must hold.' })
export class ObservationFilter {
  @Field(() => String, { nullable: true, description: 'Only figures of the province with this statistics code.' })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only figures of this indicator ("IMPORT_EXPORT_TURNOVER").' })
  indicatorCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only figures of the economic zone with this slug.' })
  economicZoneSlug?: string | null;
}
