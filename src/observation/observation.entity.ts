import { connectionOf } from '../common/connection.js';
import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/scalars.js';
import { EconomicZone } from '../economic-zone/economic-zone.entity.js';
import { Figure } from '../indicator/figure.entity.js';
import { Node } from '../node/node.type.js';

@Entity({ tableName: 'observation' })
@ObjectType('Observation', { implements: Node, description: "A measured or reported figure: 'import-export turnover above 16.3 billion USD, 2010-2020'." })
export class Observation extends Figure {
  static override readonly naturalKey = 'key';

  @ManyToOne(() => EconomicZone, { nullable: true })
  economicZone?: Rel<EconomicZone> | null;

  @Field(() => DateScalar, { nullable: true, description: 'The date the figure describes ("đến nay" in a dated article); null for period totals.' })
  @Property({ type: 'string', length: 10, nullable: true })
  asOf?: string | null;

  @Field(() => String, { nullable: true, description: 'The figure as the source words it, in short Vietnamese.' })
  @Property({ type: 'text', nullable: true })
  statement?: string | null;

  @Field(() => String, { nullable: true, description: 'The figure in English.' })
  @Property({ type: 'text', nullable: true })
  statementEn?: string | null;
}

export const ObservationConnection = connectionOf(Observation, 'observations');

declare module '../data/entity-types.js' {
  interface EntityTypes {
    Observation: Observation;
  }
}
