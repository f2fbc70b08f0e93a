import { connectionOf } from '../common/connection.js';
import { Entity, Enum, Property } from '@mikro-orm/core';
import { field, Searchable } from '../search/searchable.js';
import { SearchType } from '../search/search.types.js';
import { Field, ObjectType } from 'type-graphql';
import { NodeEntity } from '../common/base.entity.js';
import { SourceKind } from './source.enums.js';
import { DateScalar } from '../common/scalars.js';
import { Node } from '../node/node.type.js';

@Searchable(SearchType.SOURCE, [field('title', 'vi', true), field('titleEn', 'en', true), field('publisher', null)])
@Entity({ tableName: 'source_document' })
@ObjectType('SourceDocument', { implements: Node, description: 'A document facts are taken from: a seed article, a legal text, a news report.' })
export class SourceDocument extends NodeEntity {
  static override readonly naturalKey = 'key';

  @Field(() => String, { description: 'Stable short key, e.g. "cao-bang-plan-conference".' })
  @Property({ type: 'string', unique: true })
  key!: string;

  @Field(() => String, { description: 'Title of the source, in its own language.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'English title or gloss.' })
  @Property({ type: 'text', nullable: true })
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Who published it, when known.' })
  @Property({ type: 'string', nullable: true })
  publisher?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Publication date, when the source states it.' })
  @Property({ type: 'string', length: 10, nullable: true })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Where to read it online, when known.' })
  @Property({ type: 'text', nullable: true })
  url?: string | null;

  @Field(() => String, { description: 'ISO 639-1 language code, e.g. "vi".' })
  @Property({ type: 'string', length: 8 })
  language!: string;

  @Field(() => SourceKind, { description: 'What kind of publication it is.' })
  @Enum({ items: () => SourceKind })
  kind!: SourceKind;

  @Field(() => String, { nullable: true, description: 'File name of the seed text in the project corpus, for seed sources.' })
  @Property({ type: 'string', nullable: true })
  seedFile?: string | null;

  @Field(() => String, { nullable: true, description: 'What is uncertain about the source itself (undated, low reliability).' })
  @Property({ type: 'text', nullable: true })
  uncertainty?: string | null;
}

export const SourceDocumentConnection = connectionOf(SourceDocument, 'source documents');

declare module '../data/entity-types.js' {
  interface EntityTypes {
    SourceDocument: SourceDocument;
  }
}
