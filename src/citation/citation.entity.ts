import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { SourceDocument } from '../source/source.entity.js';

/**
 * Where a record's facts come from. One table serves every cited type (ownerType + ownerId), so
 * the citations of a whole page of mixed records load in one query per type.
 */
@Entity({ tableName: 'citation' })
@Index({ properties: ['ownerType', 'ownerId'] })
@ObjectType('Citation', { description: 'A pointer from a fact to the place in a source document that states it.' })
export class Citation extends BaseEntity {
  @Property({ type: 'string', length: 32 })
  ownerType!: string;

  @Property({ type: 'integer' })
  ownerId!: number;

  @ManyToOne(() => SourceDocument)
  source!: Rel<SourceDocument>;

  @Field(() => String, { nullable: true, description: 'Where in the source: "L14" (line 14 of a seed text), an article, a section.' })
  @Property({ type: 'string', nullable: true })
  locator?: string | null;

  @Field(() => String, { nullable: true, description: 'The few words that carry the figure, as written: "9,72%/năm".' })
  @Property({ type: 'text', nullable: true })
  quote?: string | null;
}

declare module '../data/entity-types.js' {
  interface EntityTypes {
    Citation: Citation;
  }
}
