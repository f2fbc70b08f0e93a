import type { GraphQLObjectType, GraphQLSchema } from 'graphql';

/** Descriptions for what @apollo/subgraph adds, so the schema stays fully described. */
export function describeFederation(subgraph: GraphQLSchema, maxRepresentations: number): void {
  const query = subgraph.getQueryType()!.getFields();
  query._entities!.description = `Apollo Federation: the entities named by representations ({ __typename, and one key: id or the type's natural key }), in order; null for an unknown key. At most ${maxRepresentations}.`;
  query._service!.description = "Apollo Federation: this subgraph's SDL, for a router or gateway to compose.";
  query._entities!.args.find((arg) => arg.name === 'representations')!.description =
    'Each { __typename, key field: value }, such as { "__typename": "Province", "slug": "cao-bang" }.';
  (subgraph.getType('_Service') as GraphQLObjectType).getFields().sdl!.description = 'The SDL, with the Federation @link and every @key.';
  const types: Record<string, string> = {
    _Any: 'Apollo Federation: an entity representation, { __typename, key fields }.',
    _Entity: 'Apollo Federation: every type with a @key.',
    _Service: 'Apollo Federation: what the subgraph says of itself.',
    link__Import: 'Apollo Federation (@link): a directive imported from a linked specification.',
    link__Purpose: 'Apollo Federation (@link): what a linked specification is for.',
    federation__FieldSet: 'Apollo Federation: a selection of fields, as in @key(fields:).',
    federation__Scope: 'Apollo Federation (@requiresScopes): an authorisation scope; Plan Graph uses none.',
    federation__Policy: 'Apollo Federation (@policy): an authorisation policy; Plan Graph uses none.',
  };
  for (const [name, text] of Object.entries(types)) {
    const type = subgraph.getType(name);
    if (type) type.description = text;
  }
}
