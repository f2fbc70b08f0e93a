import { connectionOf } from '../common/connection.js';
import { Entity, Enum, ManyToOne, Property, type Rel, ManyToMany, OneToMany } from '@mikro-orm/core';
import { field, Searchable } from '../search/searchable.js';
import { SearchType } from '../search/search.types.js';
import type { Related } from '../data/entity-types.js';
import { Field, ObjectType } from 'type-graphql';
import { FactEntity } from '../common/base.entity.js';
import { GateType } from './gate.enums.js';
import { EconomicZone } from '../economic-zone/economic-zone.entity.js';
import { Node } from '../node/node.type.js';
import { Province } from '../province/province.entity.js';

@Searchable(SearchType.GATE, [
  field('name', 'vi', true),
  field('nameEn', 'en', true),
  field('counterpart', null),
  field('locality', 'vi'),
  field('description', 'vi'),
  field('descriptionEn', 'en'),
])
@Entity({ tableName: 'gate' })
@ObjectType('Gate', { implements: Node, description: 'A land border gate or crossing on the Vietnam–China border, paired with a Chinese port.' })
export class Gate extends FactEntity {
  static override readonly naturalKey = 'slug';

  @Field(() => String, { description: 'Stable ASCII key: "tra-linh".' })
  @Property({ type: 'string', unique: true })
  slug!: string;

  @Field(() => String, { description: 'Vietnamese name: "Trà Lĩnh".' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { description: 'ASCII name: "Tra Linh".' })
  @Property({ type: 'string' })
  nameEn!: string;

  // Derived at import from typeHistory (the newest unplanned entry), stored so filters stay in SQL.
  @Field(() => GateType, { description: 'The type in force now, by the newest cited fact.' })
  @Enum({ items: () => GateType })
  type!: GateType;

  @Field(() => GateType, { nullable: true, description: 'The upgrade a plan intends, if any and not yet done.' })
  @Enum({ items: () => GateType, nullable: true })
  plannedType?: GateType | null;

  @ManyToOne(() => Province)
  province!: Rel<Province>;

  @Field(() => String, { nullable: true, description: 'District or commune, as the source names it (pre-2025 districts included).' })
  @Property({ type: 'string', nullable: true })
  locality?: string | null;

  @Field(() => String, { nullable: true, description: 'The paired port on the Chinese side, e.g. "Long Bang".' })
  @Property({ type: 'string', nullable: true })
  counterpart?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the Chinese counterpart is: "Baise, Guangxi".' })
  @Property({ type: 'string', nullable: true })
  counterpartLocation?: string | null;

  @Field(() => String, { nullable: true, description: 'What the gate is, in short Vietnamese.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'What the gate is, in English.' })
  @Property({ type: 'text', nullable: true })
  descriptionEn?: string | null;

  @ManyToOne(() => Gate, { nullable: true })
  partOf?: Rel<Gate> | null;

  @ManyToOne(() => EconomicZone, { nullable: true })
  economicZone?: Rel<EconomicZone> | null;

  // Inverse sides: the relations the other entities own, seen from here (read through the loaders).
  @OneToMany({ entity: 'GateStatusChange', mappedBy: 'gate' })
  typeHistory!: Related<'GateStatusChange'>;

  @OneToMany({ entity: 'Gate', mappedBy: 'partOf' })
  clearanceRoutes!: Related<'Gate'>;

  @ManyToMany({ entity: 'Project', mappedBy: 'gates' })
  projects!: Related<'Project'>;

  @OneToMany({ entity: 'Milestone', mappedBy: 'gate' })
  milestones!: Related<'Milestone'>;
}

export const GateConnection = connectionOf(Gate, 'border gates and crossings');

declare module '../data/entity-types.js' {
  interface EntityTypes {
    Gate: Gate;
  }
}
