import { createServer } from 'node:net';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers.js';
import { refusalOf, runImport, startServer } from './processes.js';

// npm run test:postgres only (vitest.config.ts): the server's start on PostgreSQL, and its one-line
// refusals when the database cannot be used.

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** A refusal is one line naming what failed, with no stack trace and no password. */
function expectOneLine(stderr: string, pattern: RegExp) {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^plan-graph: cannot start: /);
  expect(lines[0]).toMatch(pattern);
  expect(lines[0]).not.toMatch(/secret|\bat .*\.(ts|js):\d+/);
}

describe('a DATABASE_URL the server cannot use: exit 1 with one line', () => {
  it('malformed', async () => {
    const { code, stderr } = await refusalOf({ DATABASE_URL: 'postgres//user:secret@host/db' });
    expect(code).toBe(1);
    expectOneLine(stderr, /DATABASE_URL must be a PostgreSQL URL such as postgres:\/\/user:password@host:5432\/database/);
  });

  it('another kind of database', async () => {
    const { code, stderr } = await refusalOf({ DATABASE_URL: 'mysql://user:secret@localhost/plan' });
    expect(code).toBe(1);
    expectOneLine(stderr, /must start with postgres:\/\/ or postgresql:\/\//);
  });

  it('unreachable: nothing listens on the port', async () => {
    const { code, stderr } = await refusalOf({ DATABASE_URL: `postgres://postgres:secret@127.0.0.1:${await freePort()}/plan` });
    expect(code).toBe(1);
    expectOneLine(stderr, /cannot connect to PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/plan \(DATABASE_URL\): connection refused/);
  });

  it('refuses the password', async () => {
    const url = new URL(await createTestDatabase());
    url.password = 'secret';
    const { code, stderr } = await refusalOf({ DATABASE_URL: url.toString() });
    expect(code).toBe(1);
    expectOneLine(stderr, /password authentication failed for user "postgres"/);
  });

  it('a read replica that does not answer is named as such', async () => {
    const primary = await createTestDatabase();
    await runImport(primary);
    const { code, stderr } = await refusalOf({ DATABASE_URL: primary, DATABASE_READ_URLS: `postgres://postgres@127.0.0.1:${await freePort()}/plan` });
    expect(code).toBe(1);
    expectOneLine(stderr, /\(DATABASE_READ_URLS\): connection refused/);
  });
});

describe('the database and the code', () => {
  it('a database never imported: refused with the command that builds it', async () => {
    const url = await createTestDatabase();
    const { code, stderr } = await refusalOf({ DATABASE_URL: url });
    expect(code).toBe(1);
    expectOneLine(stderr, /no completeness marker\); build it with: DATABASE_URL=postgres:\/\/postgres(:\*\*\*)?@.* npm run import$/);
  });

  it('a schema older than the code: refused with the command; after the import it serves', async () => {
    const url = await createTestDatabase();
    await runImport(url);
    // The schema the database was built with, as an older version of the code would have left it.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("update plan_graph_meta set value = 'an older schema' where key = 'schema'");
    await client.end();
    const { stderr } = await refusalOf({ DATABASE_URL: url });
    expectOneLine(stderr, /the code's schema has changed since the database was built; build it with: .* npm run import$/);

    await runImport(url);
    const server = await startServer({ DATABASE_URL: url });
    try {
      expect((await fetch(server.url.replace(/\/graphql$/, '/ready'))).status).toBe(200);
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ province(code: "04") { name } }' }),
      });
      expect(await res.json()).toMatchObject({ data: { province: { name: 'Cao Bằng' } } });
    } finally {
      await server.stop();
    }
  });
});
