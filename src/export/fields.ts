import { getMetadataStorage } from 'type-graphql';

/** An entity class, the classes it inherits from and the interfaces they implement (Node: `id`). */
function classChain(entity: object): Set<unknown> {
  const chain = new Set<unknown>();
  for (let c: unknown = entity; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) chain.add(c);
  for (const type of getMetadataStorage().objectTypes) if (chain.has(type.target)) for (const i of type.interfaceClasses ?? []) chain.add(i);
  return chain;
}

/**
 * The GraphQL field names of an object type, by the property or method that answers them: its
 * `@Field`s (inherited ones and those of its interfaces) and the field resolvers of every
 * resolver class. Read from type-graphql's decorator metadata, collected when the classes load,
 * so an export names its columns as the API does and leaves out internal columns (no field).
 */
export function graphqlFields(entity: object): Map<string, string> {
  const storage = getMetadataStorage();
  const chain = classChain(entity);
  const names = new Map<string, string>();
  for (const field of storage.fields) if (chain.has(field.target)) names.set(field.name, field.schemaName);
  for (const resolver of storage.fieldResolvers) {
    const owner = resolver.kind === 'internal' ? resolver.target : storage.resolverClasses.find((c) => c.target === resolver.target)?.getObjectType();
    if (owner && chain.has(owner)) names.set(resolver.methodName, resolver.schemaName);
  }
  return names;
}
