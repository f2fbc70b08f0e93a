import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { FactEntity } from '../common/base.entity.js';
import { connectionOf } from '../common/connection.js';
import type { Related } from '../data/entity-types.js';
import { OneToMany } from '@mikro-orm/core';
import { Node } from '../node/node.type.js';
import { field, Searchable } from '../search/searchable.js';
import { SearchType } from '../search/search.types.js';

@Searchable(SearchType.PERSON, [field('name', 'vi', true), field('nameEn', 'en', true)])
@Entity({ tableName: 'person' })
@ObjectType('Person', { implements: Node, description: 'A person the documents name: a signer, a party secretary, a chairman.' })
export class Person extends FactEntity {
  static override readonly naturalKey = 'key';

  @Field(() => String, { description: 'Stable ASCII key: "tran-hong-ha".' })
  @Property({ type: 'string', unique: true })
  key!: string;

  @Field(() => String, { description: 'Full name with diacritics: "Trần Hồng Hà".' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { description: 'Full name in ASCII: "Tran Hong Ha".' })
  @Property({ type: 'string' })
  nameEn!: string;

  // Inverse sides: the relations the other entities own, seen from here (read through the loaders).
  @OneToMany({ entity: 'OfficeTerm', mappedBy: 'person' })
  terms!: Related<'OfficeTerm'>;

  @OneToMany({ entity: 'PlanDecision', mappedBy: 'signer' })
  signed!: Related<'PlanDecision'>;
}

export const PersonConnection = connectionOf(Person, 'people');

declare module '../data/entity-types.js' {
  interface EntityTypes {
    Person: Person;
  }
}
