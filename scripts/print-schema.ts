import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { printSchemaFile } from '../src/schema.js';

// `npm run schema`: writes the committed SDL that clients and codegen read.
await writeFile('schema/schema.graphql', await printSchemaFile());
process.stdout.write('wrote schema/schema.graphql\n');
