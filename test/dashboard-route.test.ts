import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDashboard } from '../src/dashboard/dashboard.js';

// The /dashboard route over real HTTP, on a build folder of its own (the page itself is tested in
// Chromium by test/dashboard.test.ts).
let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-graph-dashboard-'));
  server = createServer((req, res) => void serveDashboard(dir, new URL(req.url ?? '/', 'http://localhost').pathname, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

const get = async (path: string) => {
  const res = await fetch(base + path);
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
};

describe('GET /dashboard', () => {
  it('answers 503 saying how to build it while it is not built', async () => {
    expect(await get('/dashboard')).toMatchObject({ status: 503, body: expect.stringContaining('npm run build:dashboard') });
  });

  it('serves the page at /dashboard and its files at /dashboard/assets/<name>', async () => {
    await mkdir(join(dir, 'assets'), { recursive: true });
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(join(dir, 'assets', 'dashboard.js'), 'void 0;');
    await writeFile(join(dir, 'inputs.sha256'), 'f00\n');
    expect(await get('/dashboard')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<!doctype html><title>x</title>' });
    expect(await get('/dashboard/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(await get('/dashboard/assets/dashboard.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8', body: 'void 0;' });
  });

  it.each([
    '/dashboard/assets/missing.js',
    '/dashboard/assets/.hidden',
    '/dashboard/assets/%2e%2e%2finputs.sha256',
    '/dashboard/inputs.sha256',
    '/dashboard/assets/',
  ])('serves nothing but plain asset names: %s is 404', async (path) => {
    expect((await get(path)).status).toBe(404);
  });
});
