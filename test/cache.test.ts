import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../src/import/import.js';
import { readFixtures } from '../src/import/read-fixtures.js';
import { FIXTURES_DIR, startTestServer, type TestServer } from './helpers.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer(undefined, { responseCache: true });
});
afterAll(() => api.stop());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

const GATE = { query: 'query Gate($slug: String!) { gate(slug: $slug) { name counterpart } }', variables: { slug: 'tra-linh' } };

describe('response cache', () => {
  it('answers a repeated read from the cache, with the same body and ETag', async () => {
    const first = await post(GATE);
    expect(first.headers.get('x-cache')).toBe('MISS');
    const body = await first.text();
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');

    const second = await post(GATE);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.headers.get('etag')).toBe(etag);
    expect(await second.text()).toBe(body);
    expect(JSON.parse(body).data.gate).toEqual({ name: 'Trà Lĩnh', counterpart: 'Long Bang' });
  });

  it('answers If-None-Match with 304 and no body', async () => {
    const etag = (await post(GATE)).headers.get('etag')!;
    const revalidated = await post(GATE, { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    expect((await post(GATE, { 'if-none-match': '"stale"' })).status).toBe(200);
  });

  it('keys on variables and operation', async () => {
    const other = await post({ ...GATE, variables: { slug: 'ta-lung' } });
    expect(other.headers.get('x-cache')).toBe('MISS');
    expect(((await other.json()) as { data: { gate: { name: string } } }).data.gate.name).toBe('Tà Lùng');
  });

  it('never caches an error', async () => {
    const bad = { query: '{ provinces(first: 0) { totalCount } }' };
    for (let i = 0; i < 2; i++) {
      const res = await post(bad);
      expect(res.headers.get('x-cache')).toBeNull();
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('serves fresh data after an import changes it', async () => {
    expect((await post(GATE)).headers.get('x-cache')).toBe('HIT');
    const dataset = await readFixtures(FIXTURES_DIR);
    dataset.gates.find((g) => g.slug === 'tra-linh')!.counterpart = 'Longbang (renamed)';
    await importDataset(api.orm, dataset);
    const after = await post(GATE);
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(((await after.json()) as { data: { gate: { counterpart: string } } }).data.gate.counterpart).toBe('Longbang (renamed)');
    expect((await post(GATE)).headers.get('x-cache')).toBe('HIT');
  });
});
