import { Field, ID, InterfaceType } from 'type-graphql';
import { TYPE_NAME } from '../data/row.js';

@InterfaceType('Node', {
  description: 'An object with a stable, opaque global ID that node(id:) resolves.',
  // Loaders return plain objects tagged with their type; entities from the ORM carry their class.
  resolveType: (value: Record<string, unknown>) => (value[TYPE_NAME] as string | undefined) ?? value.constructor.name,
})
export abstract class Node {
  // Implementers inherit this field, and it reads their `nodeId` getter: `id` on an entity is the row id.
  @Field(() => ID, { name: 'id', description: 'Opaque global ID, built from the natural key; stable across data reloads.' })
  nodeId!: string;
}
