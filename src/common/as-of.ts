import { type GraphQLResolveInfo, type GraphQLSchema, defaultFieldResolver } from 'graphql';
import { badUserInput } from './errors.js';
import { DateScalar } from './scalars.js';

/** The dates `asOf` accepts: from the founding of the Democratic Republic (2 September 1945) to 2100. */
export const AS_OF_RANGE = { from: '1945-09-02', to: '2100-12-31' } as const;

/** Root fields that describe the service rather than the plans take no date. */
const UNDATED = new Set(['rateLimit']);

/**
 * The dates a request reads the graph at. Each root field may name its own `asOf`; the fields
 * below it read the date of the root field they are under (the first key of their path), so
 * `a: province(code: "24", asOf: "2025-06-30") { status } b: province(code: "24") { status }`
 * answers both dates in one request. Without `asOf`: today (UTC).
 */
export class Dates {
  private readonly byRoot = new Map<string | number, string>();

  readonly today = new Date().toISOString().slice(0, 10);

  /** The date the field at `info` is answered for. */
  on(info: GraphQLResolveInfo): string {
    return this.asOf(info) ?? this.today;
  }

  /** The `asOf` of the root field above `info`, or null when it gave none. */
  asOf(info: GraphQLResolveInfo): string | null {
    let path = info.path;
    while (path.prev) path = path.prev;
    return this.byRoot.get(path.key) ?? null;
  }

  /** Records a root field's asOf (checked), and returns it. */
  enter(info: GraphQLResolveInfo, value: unknown): string | null {
    if (value == null) return null;
    const date = this.check(value);
    this.byRoot.set(info.path.key, date);
    return date;
  }

  /** The date as `YYYY-MM-DD` (the Date scalar parses to a Date), or BAD_USER_INPUT outside AS_OF_RANGE. */
  check(value: unknown): string {
    const date = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    if (date < AS_OF_RANGE.from || date > AS_OF_RANGE.to)
      throw badUserInput(`asOf must be a date from ${AS_OF_RANGE.from} to ${AS_OF_RANGE.to} (YYYY-MM-DD); got ${date}.`, { argument: 'asOf' });
    return date;
  }
}

/**
 * Adds `asOf: Date` to every root field that reads the plans, declared once here instead of in
 * twenty resolvers, and records it for the fields below before the root resolver runs. The
 * resolvers never see the argument: they ask `ctx.dates` for the date.
 */
export function addAsOfArgument(schema: GraphQLSchema, datesOf: (context: unknown) => Dates): GraphQLSchema {
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    if (UNDATED.has(field.name)) continue;
    (field.args as unknown as unknown[]).push({
      name: 'asOf',
      description: `Answer as the graph stood on this date (${AS_OF_RANGE.from} to ${AS_OF_RANGE.to}): documents signed later are absent, provinces, gates and offices have the status they had, targets are assessed on it. Default: today.`,
      type: DateScalar,
      defaultValue: undefined,
      deprecationReason: undefined,
      extensions: {},
      astNode: undefined,
    });
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args: { asOf?: unknown }, context, info) => {
      const date = datesOf(context).enter(info, args.asOf);
      // The root resolver sees its date as ctx.rootAsOf: a context that inherits the request's.
      return resolve(source, args, date ? Object.create(context as object, { rootAsOf: { value: date } }) : context, info);
    };
  }
  return schema;
}
