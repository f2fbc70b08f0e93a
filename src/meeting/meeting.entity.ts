import { Collection, Entity, Enum, ManyToMany, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { FactEntity } from '../common/base.entity.js';
import { connectionOf } from '../common/connection.js';
import { DateScalar } from '../common/scalars.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { Node } from '../node/node.type.js';
import { Person } from '../person/person.entity.js';
import { Province } from '../province/province.entity.js';
import { field, Searchable } from '../search/searchable.js';
import { SearchType } from '../search/search.types.js';
import { MeetingKind } from './meeting.enums.js';

// Two links to the same documents, so each names its pivot table and columns.
const pivot = (role: string) => ({ pivotTable: `meeting_${role}`, joinColumn: 'meeting_id', inverseJoinColumn: 'plan_decision_id' });

@Searchable(SearchType.MEETING, [field('name', 'vi', true), field('nameEn', 'en', true)])
@Entity({ tableName: 'meeting' })
@ObjectType('Meeting', { implements: Node, description: 'A congress, conference or session that adopted or discussed documents.' })
export class Meeting extends FactEntity {
  static override readonly naturalKey = 'key';

  @Field(() => String, { description: 'Stable ASCII key: "cao-bang-party-congress-20".' })
  @Property({ type: 'string', unique: true })
  key!: string;

  @Field(() => MeetingKind, { description: 'Congress, conference or session.' })
  @Enum({ items: () => MeetingKind })
  kind!: MeetingKind;

  @Field(() => String, { description: 'Name in Vietnamese.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Property({ type: 'text' })
  nameEn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day; null when no source dates it.' })
  @Property({ type: 'string', length: 10, nullable: true })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; the same as startsOn for a one-day meeting.' })
  @Property({ type: 'string', length: 10, nullable: true })
  endsOn?: string | null;

  @ManyToOne(() => Province, { nullable: true })
  province?: Rel<Province> | null;

  @ManyToOne(() => Person, { nullable: true })
  chair?: Rel<Person> | null;

  @ManyToOne(() => Person, { nullable: true })
  coChair?: Rel<Person> | null;

  @ManyToMany({ entity: () => PlanDecision, ...pivot('adopted') })
  adopted = new Collection<PlanDecision>(this);

  @ManyToMany({ entity: () => PlanDecision, ...pivot('discussed') })
  discussed = new Collection<PlanDecision>(this);
}

export const MeetingConnection = connectionOf(Meeting, 'meetings');

declare module '../data/entity-types.js' {
  interface EntityTypes {
    Meeting: Meeting;
  }
}
