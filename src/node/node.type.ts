import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', { description: 'An object with a stable, opaque global ID that node(id:) resolves.' })
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global ID, built from the natural key; stable across data reloads.' })
  id!: string;
}
