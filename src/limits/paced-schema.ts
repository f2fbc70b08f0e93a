import { defaultFieldResolver, type GraphQLSchema, getNamedType, getNullableType, isCompositeType, isListType, isObjectType } from 'graphql';
import { isPromise, type Pacer } from './pacing.js';

/**
 * Gives every field that loads an object, a list of objects or a connection a yield point:
 * those are where the work of a query multiplies. Past its slice, a request's field is resolved
 * (and its loads issued) only on its next turn, and a loaded value is completed only while the
 * request has a turn. Scalar fields are not touched.
 */
export function paceSchema(schema: GraphQLSchema, pacerOf: (context: unknown) => Pacer | undefined): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isCompositeType(getNamedType(field.type))) continue;
      // An embedded object read from a property (a period, a page's pageInfo) loads nothing and
      // holds only scalars: a yield point there would cost more than the work it cuts.
      if (!field.resolve && !isListType(getNullableType(field.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const pacer = pacerOf(context);
        if (!pacer) return resolve(source, args, context, info);
        if (pacer.due()) return pacer.after(() => resolve(source, args, context, info));
        const value: unknown = resolve(source, args, context, info);
        return isPromise(value) && pacer.sliced ? pacer.settle(value) : value;
      };
    }
  }
  return schema;
}
