import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The compiled server run as `npm start` runs it: catches ESM start-up errors that vitest hides.
let dir: string;
let child: ChildProcess;
let url: string;
const logs: Record<string, unknown>[] = [];
let exited: Promise<number | null>;

beforeAll(async () => {
  await promisify(execFile)('npx', ['tsc', '-p', 'tsconfig.build.json']);
  dir = await mkdtemp(join(tmpdir(), 'plan-graph-built-'));
  child = spawn(process.execPath, ['dist/src/main.js'], {
    // As in production: no NODE_ENV=test, which vitest sets and which changes Apollo's defaults.
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: join(dir, 'db.sqlite'), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before serving`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as Record<string, unknown>;
      logs.push(entry);
      if (entry.msg === 'Plan Graph is serving') resolve(entry.url as string);
    });
  });
}, 120_000);

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('the built server', () => {
  it('builds its database from the fixtures on first start and logs as JSON', () => {
    expect(logs.find((l) => l.msg === 'database built from fixtures')).toMatchObject({ counts: { Province: 11 } });
  });

  it('answers GraphQL over HTTP and reports health', async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ province(code: "20") { name decisions { totalCount } } }' }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { province: { name: string; decisions: { totalCount: number } } } };
    expect(body.data.province.name).toBe('Lạng Sơn');
    expect(body.data.province.decisions.totalCount).toBeGreaterThan(0);
    expect((await fetch(url.replace(/graphql$/, 'health'))).status).toBe(200);
  });

  it('passes the GraphQL-over-HTTP audit (graphql-http) in production mode with no failure and no warning', async () => {
    const results = await auditServer({ url });
    const notOk = results.filter((r) => r.status !== 'ok');
    expect(notOk.filter((r) => r.status === 'error').map((r) => r.name)).toEqual([]);
    expect(notOk.filter((r) => r.status === 'warn').map((r) => r.name)).toEqual([]);
    // The notices left are GETs that CSRF prevention refuses without a preflight header: on purpose.
    expect(notOk.every((r) => /GET/.test(r.name))).toBe(true);
  });

  it('answers introspection in production (playground docs, codegen) but suggests no field names', async () => {
    const post = (query: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const schema = (await (await post(getIntrospectionQuery())).json()) as { data: IntrospectionQuery };
    expect(schema.data.__schema.queryType.name).toBe('Query');
    const typo = (await (await post('{ provinc(code: "04") { name } }')).json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(typo.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.errors[0]!.message).not.toMatch(/Did you mean/);
  });

  it('finishes an in-flight request on SIGTERM, then exits 0', async () => {
    const body = JSON.stringify({ query: '{ gate(slug: "tra-linh") { name } }' });
    const target = new URL(url);
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, text }));
        },
      );
      req.on('error', reject);
      // Half the body now: the request is in flight when the signal arrives.
      req.write(body.slice(0, 10));
      setTimeout(() => {
        child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 200);
      }, 100);
    });
    const { status, text } = await response;
    expect(status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ data: { gate: { name: expect.stringContaining('Trà Lĩnh') } } });
    expect(await exited).toBe(0);
    expect(logs.map((l) => l.msg)).toContain('stopped');
  });
});
