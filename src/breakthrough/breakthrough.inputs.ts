import { Field, InputType } from 'type-graphql';
import { BreakthroughArea } from './breakthrough.enums.js';

@InputType({ description: 'Narrows the breakthroughs list.' })
export class BreakthroughFilter {
  @Field(() => String, { nullable: true, description: 'Only breakthroughs of the province with this statistics code.' })
  provinceCode?: string | null;

  @Field(() => BreakthroughArea, { nullable: true, description: 'Only breakthroughs in this area.' })
  area?: BreakthroughArea | null;
}
