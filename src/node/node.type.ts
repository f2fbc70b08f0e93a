import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', { description: 'An object with a stable, opaque global ID that node(id:) resolves.' })
export abstract class Node {
  // Implementers inherit this field, and it reads their `nodeId` getter: `id` on an entity is the row id.
  @Field(() => ID, { name: 'id', description: 'Opaque global ID, built from the natural key; stable across data reloads.' })
  nodeId!: string;
}
