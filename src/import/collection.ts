import type { EntityClass } from '@mikro-orm/core';
import type { z } from 'zod';
import type { Row } from './row-helpers.js';

/**
 * One fixture collection: its file, its schema, its natural key and the entity its records become.
 * The rows are built from the entity's metadata (rows.ts); the hooks hold only what a record does
 * not say field for field.
 */
export interface Collection<S extends z.ZodObject = z.ZodObject> {
  file: string;
  schema: S;
  key: keyof z.infer<S> & string;
  entity: EntityClass<object>;
  /** Row order when not the file's: row ids, and so the citation ids, follow it. */
  order?(a: z.infer<S>, b: z.infer<S>): number;
  /** Columns computed from the record rather than copied from one of its fields. */
  derive?(record: z.infer<S>): Row;
  /** Records of another entity written inside each record, mapped and cited right after it. */
  nested?: { entity: EntityClass<object>; records(record: z.infer<S>): Row[] };
}

export const collection = <S extends z.ZodObject>(spec: Collection<S>) => spec;
