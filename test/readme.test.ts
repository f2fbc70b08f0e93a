import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers.js';

// The README says its three example queries were run against the server and show what it
// returned: each ```graphql block there is run and its answer compared with the ```json after it.
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.stop());

const readme = readFileSync('README.md', 'utf8');
const part = readme.slice(readme.indexOf('## Three example queries'), readme.indexOf('## How the types link'));
const blocks = [...part.matchAll(/```(graphql|json)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, text: m[2]! }));
const examples = blocks.flatMap((block, i) =>
  block.lang === 'graphql' && blocks[i + 1]?.lang === 'json' ? [{ query: block.text, answer: blocks[i + 1]!.text }] : [],
);

it('has the three examples', () => {
  expect(examples).toHaveLength(3);
});

it.each(examples.map((e, i) => ({ n: i + 1, ...e })))('example $n answers what the README shows', async ({ query, answer }) => {
  const { data } = await api.gql(query);
  expect({ data }).toEqual(JSON.parse(answer));
});
