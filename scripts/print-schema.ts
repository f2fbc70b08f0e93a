import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { createSchema, printSchemaFile, printSubgraphFile } from '../src/schema.js';

// `npm run schema`: writes the committed SDL that clients and codegen read, and the subgraph SDL routers compose.
const schema = await createSchema();
await writeFile('schema/schema.graphql', await printSchemaFile(schema));
await writeFile('schema/subgraph.graphql', await printSubgraphFile(schema));
process.stdout.write('wrote schema/schema.graphql and schema/subgraph.graphql\n');
