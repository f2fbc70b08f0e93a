import { Field, ID, InterfaceType } from 'type-graphql';
import { TYPE_NAME } from '../data/row.js';

/** The GraphQL type of a Node value: loaders return rows tagged with their type; entities carry their class. */
export const resolveNodeType = (value: Record<string, unknown>): string => (value[TYPE_NAME] as string | undefined) ?? value.constructor.name;

@InterfaceType('Node', {
  description: 'An object with a stable, opaque global ID that node(id:) resolves.',
  resolveType: resolveNodeType,
})
export abstract class Node {
  // Implementers inherit this field, and it reads their `nodeId` getter: `id` on an entity is the row id.
  @Field(() => ID, { name: 'id', description: 'Opaque global ID, built from the natural key; stable across data reloads.' })
  nodeId!: string;
}
