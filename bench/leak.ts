import { readdir, readFile } from 'node:fs/promises';
import { startTestServer } from '../test/helpers.js';

// `node --expose-gc --import tsx bench/leak.ts`: 20 clients send the canonical operations (with
// the response cache on) to a server in this process; after each round of 3,000 requests the heap
// is measured after forced collections. Flat figures: what the load run's RSS shows is growth of
// uncollected garbage, not memory the server keeps.
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const server = await startTestServer(undefined, { responseCache: true });
const bodies: string[] = [];
for (const file of (await readdir('schema/operations')).filter((f) => f.endsWith('.graphql'))) {
  const query = await readFile(`schema/operations/${file}`, 'utf8');
  const variables = /^# Variables: (.*)$/m.exec(query)?.[1];
  bodies.push(JSON.stringify({ query, variables: variables ? JSON.parse(variables) : undefined }));
}
let sent = 0;
const client = async (count: number) => {
  for (let i = 0; i < count; i++) {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[sent++ % bodies.length] });
    await res.text();
  }
};
for (let round = 0; round < 5; round++) {
  await Promise.all(Array.from({ length: 20 }, () => client(150)));
  gc();
  gc();
  process.stdout.write(`${sent} requests: heap used after collection ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB\n`);
}
await server.stop();
