import { Entity, Enum, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { FactEntity } from '../common/base.entity.js';
import { DateScalar } from '../common/scalars.js';
import { Node } from '../node/node.type.js';
import { Province } from '../province/province.entity.js';
import { Office } from './person.enums.js';
import { Person } from './person.entity.js';

@Entity({ tableName: 'office_term' })
@ObjectType('OfficeTerm', {
  implements: Node,
  description: 'A person holding an office over a span of dates. A date the sources leave uncertain is null or approximate, and `uncertainty` says so.',
})
export class OfficeTerm extends FactEntity {
  static override readonly naturalKey = 'key';

  @Field(() => String, { description: 'Stable ASCII key: "quan-minh-cuong-cao-bang-party-secretary".' })
  @Property({ type: 'string', unique: true })
  key!: string;

  @ManyToOne(() => Person)
  person!: Rel<Person>;

  @Field(() => String, { description: 'The office as the source words it: "Bí thư Tỉnh ủy Cao Bằng".' })
  @Property({ type: 'string' })
  office!: string;

  @Field(() => String, { description: 'The office in English: "Cao Bằng Provincial Party Secretary".' })
  @Property({ type: 'string' })
  officeEn!: string;

  @Field(() => Office, { description: 'Which office, as a code: successive holders of one office share it.' })
  @Enum({ items: () => Office })
  kind!: Office;

  @ManyToOne(() => Province, { nullable: true })
  province?: Rel<Province> | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day in office; null when no source dates it.' })
  @Property({ type: 'string', length: 10, nullable: true })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day in office (the day before the successor or the move); null while in office or when unknown.',
  })
  @Property({ type: 'string', length: 10, nullable: true })
  to?: string | null;

  @Field(() => Boolean, {
    description: 'True when the sources place the person in office without an end date being known ("still in office" is then not a fact).',
  })
  @Property({ type: 'boolean' })
  endUnknown: boolean & Opt = false;

  @Field(() => Boolean, { description: 'True for an acting (quyền) holder.' })
  @Property({ type: 'boolean' })
  acting: boolean & Opt = false;

  @Field(() => String, { nullable: true, description: 'The decision that appointed them, when known: "1818-QĐNS/TW".' })
  @Property({ type: 'string', nullable: true })
  appointedBy?: string | null;
}

declare module '../data/entity-types.js' {
  interface EntityTypes {
    OfficeTerm: OfficeTerm;
  }
}
