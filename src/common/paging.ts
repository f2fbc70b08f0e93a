import { ArgsType, Field, Int } from 'type-graphql';
import { badUserInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Return the first n items after \`after\` (1..${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE} when neither first nor last is given).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (an edge cursor or pageInfo.endCursor of the same connection).' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Return the last n items before \`before\` (1..${MAX_PAGE_SIZE}). Cannot be combined with first.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor (an edge cursor or pageInfo.startCursor of the same connection).' })
  before?: string | null;
}

export interface PageSlice {
  /** Row ids of the page, in connection order. */
  readonly ids: number[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

// Cursors carry the node type, so a cursor of one connection kind is refused by another.
const CURSOR_PREFIX = 'c1';

export function encodeCursor(typeName: string, id: number): string {
  return Buffer.from(`${CURSOR_PREFIX}:${typeName}:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, typeName: string, argName: string): number {
  const parts = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8').split(':') : [];
  const id = Number(parts[2]);
  if (parts.length !== 3 || parts[0] !== CURSOR_PREFIX || !Number.isSafeInteger(id) || id < 0) {
    throw badUserInput(`${argName} "${cursor}" is not a valid cursor: pass a cursor returned by this connection (edges.cursor or pageInfo).`);
  }
  if (parts[1] !== typeName) {
    throw badUserInput(`${argName} "${cursor}" is a cursor of a ${parts[1]} connection; this connection lists ${typeName} items.`);
  }
  return id;
}

function checkSize(name: string, value: number | null | undefined): void {
  if (value != null && (value < 1 || value > MAX_PAGE_SIZE)) {
    throw badUserInput(`${name} must be between 1 and ${MAX_PAGE_SIZE}, got ${value}.`, { argumentName: name });
  }
}

/**
 * Checks the arguments before any query runs, so bad input never costs a database round trip.
 * With `typeName`, the cursors are checked too.
 */
export function checkPageArgs(args: PageArgs, typeName?: string): void {
  checkSize('first', args.first);
  checkSize('last', args.last);
  if (args.first != null && args.last != null) {
    throw badUserInput('Pass either first (with after) or last (with before), not both.');
  }
  if (typeName === undefined) return;
  if (args.after != null) decodeCursor(args.after, typeName, 'after');
  if (args.before != null) decodeCursor(args.before, typeName, 'before');
}

/** Index of the first id greater than `id` in ascending `ids`. */
function upperBound(ids: readonly number[], id: number): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! <= id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Relay pagination over ids sorted ascending (every connection is ordered by row id, which the
 * import assigns in each file's natural order). Cursors are keyset positions, not offsets, so a
 * page stays correct when rows are added before it.
 */
export function slicePage(ids: readonly number[], args: PageArgs, typeName: string): PageSlice {
  checkPageArgs(args);
  let start = 0;
  let end = ids.length;
  if (args.after != null) start = upperBound(ids, decodeCursor(args.after, typeName, 'after'));
  if (args.before != null) end = Math.max(start, upperBound(ids, decodeCursor(args.before, typeName, 'before') - 1));
  const windowStart = start;
  const windowEnd = end;
  if (args.last != null) start = Math.max(start, end - args.last);
  else end = Math.min(end, start + (args.first ?? DEFAULT_PAGE_SIZE));
  return {
    ids: ids.slice(start, end),
    totalCount: ids.length,
    hasNextPage: end < windowEnd || (args.before != null && end < ids.length),
    hasPreviousPage: start > windowStart || (args.after != null && start > 0),
  };
}
