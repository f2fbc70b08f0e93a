import { Field, InputType } from 'type-graphql';
import { NAME_CONTAINS_DESCRIPTION } from '../search/name-filter.js';
import { ProjectKind, ProjectStatus } from './project.enums.js';

@InputType({ description: 'Narrows the projects list; all given conditions must hold.' })
export class ProjectFilter {
  @Field(() => String, { nullable: true, description: 'Only projects linked to the province with this statistics code.' })
  provinceCode?: string | null;

  @Field(() => ProjectKind, { nullable: true, description: 'Only projects of this kind.' })
  kind?: ProjectKind | null;

  @Field(() => ProjectStatus, { nullable: true, description: 'Only projects with this status.' })
  status?: ProjectStatus | null;

  @Field(() => String, { nullable: true, description: 'Only projects that serve the gate with this slug ("tra-linh").' })
  gateSlug?: string | null;
  @Field(() => String, { nullable: true, description: NAME_CONTAINS_DESCRIPTION })
  nameContains?: string | null;
}
