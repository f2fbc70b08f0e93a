import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Narrows the targets list; all given conditions must hold.' })
export class TargetFilter {
  @Field(() => String, { nullable: true, description: 'Only targets of the province with this statistics code.' })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only targets of this indicator ("GRDP_GROWTH").' })
  indicatorCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only targets set by this document number, with or without diacritics.' })
  decisionNumber?: string | null;
}
