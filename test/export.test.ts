import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serveExport } from '../src/export/export.js';
import { Sink } from '../src/export/sink.js';
import { readFixtures } from '../src/import/read-fixtures.js';
import { dataOf, FIXTURES_DIR, grown, startTestServer, type TestServer } from './helpers.js';

let fixtures: TestServer;
let more: TestServer;
beforeAll(async () => {
  const dataset = await readFixtures(FIXTURES_DIR);
  [fixtures, more] = await Promise.all([startTestServer(dataset), startTestServer(grown(dataset))]);
});
afterAll(() => Promise.all([fixtures.stop(), more.stop()]));

const get = (api: TestServer, path: string, init?: RequestInit) => fetch(new URL(path, api.url), init);

/** RFC 4180, strictly: records end with CRLF, quoted fields double their quotes, no bare line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => (record.push(field), (field = ''));
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field at ${i}`);
      for (i += 1; ; i += 1) {
        if (i >= text.length) throw new Error('an unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') ((field += '"'), (i += 1));
        else if (text[i] === '"') break;
        else field += text[i];
      }
      i += 1;
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      continue;
    }
    if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      records.push(record);
      record = [];
      i += 1;
    } else if (c === '\r' || c === '\n') throw new Error(`a bare line break at ${i}: records end with CRLF`);
    else field += c;
    i += 1;
  }
  if (field !== '' || record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

/** A CSV export: checks the BOM and the shape, and returns the rows as objects by header. */
async function csvOf(api: TestServer, path: string): Promise<{ header: string[]; rows: Record<string, string>[] }> {
  const res = await get(api, path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="plan-graph-[a-z]+(-\d{4}-\d\d-\d\d)?\.csv"$/);
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...records] = parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  for (const record of records) expect(record).toHaveLength(header!.length);
  return { header: header!, rows: records.map((record) => Object.fromEntries(header!.map((name, i) => [name, record[i]!]))) };
}

async function jsonlOf(api: TestServer, path: string): Promise<Record<string, any>[]> {
  const res = await get(api, path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
  const text = await res.text();
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line));
}

type Cited = { source: { key: string }; locator: string | null; quote: string | null };
const asExported = (citations: Cited[]) => citations.map((c) => ({ source: c.source.key, locator: c.locator, quote: c.quote }));
const citationCell = (citations: Cited[]) =>
  citations.map((c) => `${[c.source.key, c.locator].filter(Boolean).join(' ')}${c.quote ? `: "${c.quote}"` : ''}`).join(' | ');
const CITATIONS = 'citations { source { key } locator quote }';

const TARGETS = `query ($asOf: Date) { targets(first: 100, asOf: $asOf) { totalCount nodes {
  id key statement value period { startYear endYear } indicator { code } province { slug } decision { key }
  progress { status ratio method assessedOn baseline { key } latest { key } } ${CITATIONS} } } }`;

/** The Target fields whose type is a scalar or an enum, by introspection. */
async function scalarFields(api: TestServer, type: string): Promise<string[]> {
  const { __type } = dataOf(await api.gql(`{ __type(name: "${type}") { fields { name type { kind ofType { kind ofType { kind } } } } } }`));
  const leaf = (t: any): string => (t.ofType ? leaf(t.ofType) : t.kind);
  return __type.fields.filter((f: any) => ['SCALAR', 'ENUM'].includes(leaf(f.type))).map((f: any) => f.name);
}

describe('GET /export/targets.csv', () => {
  it('starts with the BOM and a header of the API names: scalar fields, period years, references, progress, citations', async () => {
    const { header } = await csvOf(fixtures, '/export/targets.csv');
    expect(header.slice(0, 2)).toEqual(['id', 'key']);
    expect(header).toEqual(expect.arrayContaining(await scalarFields(fixtures, 'Target')));
    expect(header).toEqual(expect.arrayContaining(['startYear', 'endYear', 'indicator', 'province', 'decision', 'citations']));
    expect(header).toEqual(
      expect.arrayContaining(['progressStatus', 'progressRatio', 'progressMethod', 'progressAssessedOn', 'progressBaseline', 'progressLatest']),
    );
    expect(header).not.toContain('period');
  });

  // On 2024-06-30 the documents signed later (the 20th congress's resolution) and their targets are absent.
  it.each([undefined, '2024-06-30'])('holds every target with its progress and citations as the API gives them (asOf %s)', async (asOf) => {
    const { targets } = dataOf(await fixtures.gql(TARGETS, { asOf }));
    const { rows } = await csvOf(fixtures, `/export/targets.csv${asOf ? `?asOf=${asOf}` : ''}`);
    expect(rows.map((r) => r.id)).toEqual(targets.nodes.map((t: any) => t.id));
    expect(rows).toHaveLength(targets.totalCount);
    expect(targets.totalCount).toBeGreaterThan(asOf ? 2 : 7);
    const text = (v: unknown) => (v == null ? '' : String(v));
    for (const t of targets.nodes)
      expect(rows.find((r) => r.key === t.key)).toEqual(
        expect.objectContaining({
          id: t.id,
          statement: t.statement,
          value: String(t.value),
          startYear: text(t.period?.startYear),
          endYear: text(t.period?.endYear),
          indicator: t.indicator.code,
          province: text(t.province?.slug),
          decision: t.decision.key,
          progressStatus: t.progress.status,
          progressRatio: text(t.progress.ratio),
          progressMethod: t.progress.method,
          progressAssessedOn: text(t.progress.assessedOn),
          progressBaseline: text(t.progress.baseline?.key),
          progressLatest: text(t.progress.latest?.key),
          citations: citationCell(t.citations),
        }),
      );
  });

  it.each(['targets', 'observations', 'decisions', 'projects'])('%s: as many rows as totalCount says, on grown data, today and on 2023-06-30', async (type) => {
    for (const asOf of [undefined, '2023-06-30']) {
      const { list } = dataOf(await more.gql(`query ($asOf: Date) { list: ${type}(asOf: $asOf) { totalCount } }`, { asOf }));
      expect((await csvOf(more, `/export/${type}.csv${asOf ? `?asOf=${asOf}` : ''}`)).rows).toHaveLength(list.totalCount);
    }
  });

  it("gives Cao Bằng's 1486 GRDP growth target in Vietnamese, its progress on the asOf date, and its citation", async () => {
    const row = async (query: string) => (await csvOf(fixtures, `/export/targets.csv${query}`)).rows.find((r) => r.key === 'cao-bang-1486-grdp-growth')!;
    const [today, early] = await Promise.all([row(''), row('?asOf=2024-06-30')]);
    const api = dataOf(await fixtures.gql(TARGETS, { asOf: '2024-06-30' })).targets.nodes.find((t: any) => t.key === 'cao-bang-1486-grdp-growth');
    expect(early.progressStatus).toBe(api.progress.status);
    expect(early.progressRatio).toBe(String(api.progress.ratio));
    expect(early.statement).toBe('Tăng trưởng GRDP bình quân đạt 9,72%/năm thời kỳ 2021-2030');
    expect(early.value).toBe('9.72');
    // The date matters: fewer yearly figures were out in mid-2024.
    expect(early.progressMethod).not.toBe(today.progressMethod);
    expect(today.citations).toContain('cao-bang-plan-conference L14: "bình quân thời kỳ 2021 - 2030 đạt 9,72%/năm"');
  });

  it('names the date in the file name', async () => {
    const res = await get(fixtures, '/export/targets.csv?asOf=2025-06-30');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="plan-graph-targets-2025-06-30.csv"');
    await res.arrayBuffer();
  });
});

describe('the other CSV exports', () => {
  it.each([
    ['observations', 'Observation', ['indicator', 'province', 'economicZone']],
    ['projects', 'Project', ['provinces', 'gates', 'breakthroughs', 'decisions']],
    ['decisions', 'PlanDecision', ['signer', 'province', 'implements', 'amends', 'replaces']],
  ])('/export/%s.csv: one row per record of the API, its scalar fields and references as columns', async (type, typeName, references) => {
    const { [type]: list } = dataOf(await fixtures.gql(`{ ${type}(first: 100) { totalCount nodes { id } } }`));
    const { header, rows } = await csvOf(fixtures, `/export/${type}.csv`);
    expect(rows.map((r) => r.id)).toEqual(list.nodes.map((n: any) => n.id));
    expect(rows).toHaveLength(list.totalCount);
    expect(header).toEqual(expect.arrayContaining([...(await scalarFields(fixtures, typeName)), ...references, 'citations']));
    // Stored for lookups, not a field of the API.
    expect(header).not.toContain('numberFolded');
    expect(rows.every((r) => r.citations !== '')).toBe(true);
  });

  it('writes lists readably in one cell: references and amounts', async () => {
    const { rows } = await csvOf(fixtures, '/export/projects.csv');
    const expressway = rows.find((r) => r.slug === 'dong-dang-tra-linh-expressway')!;
    expect(expressway.name).toBe('Cao tốc Đồng Đăng - Trà Lĩnh');
    expect(expressway.provinces).toBe('cao-bang; lang-son');
    expect(expressway.investment).toBe('25550000000000 VND total; 14331600000000 VND phase 1; 12072000000000 VND phase 2');
  });
});

describe('the JSONL exports', () => {
  it('targets.jsonl: one JSON object per line, as targets.csv, with typed values and citations as an array', async () => {
    const { targets } = dataOf(await fixtures.gql(TARGETS, { asOf: '2024-12-31' }));
    const lines = await jsonlOf(fixtures, '/export/targets.jsonl?asOf=2024-12-31');
    expect(lines.map((l) => l.key)).toEqual(targets.nodes.map((t: any) => t.key));
    const growth = lines.find((l) => l.key === 'cao-bang-1486-grdp-growth')!;
    const api = targets.nodes.find((t: any) => t.key === 'cao-bang-1486-grdp-growth');
    expect(growth).toMatchObject({ id: api.id, value: 9.72, isAverage: true, startYear: 2021, endYear: 2030, maxValue: null });
    expect(growth.progressStatus).toBe(api.progress.status);
    expect(growth.progressRatio).toBe(api.progress.ratio);
    expect(growth.citations).toEqual(asExported(api.citations));
  });

  it('observations.jsonl matches the API record for record', async () => {
    const { observations } = dataOf(
      await fixtures.gql(`{ observations(first: 100) { totalCount nodes {
        id key value unit asOf statement period { startYear endYear } indicator { code } province { slug } economicZone { slug } ${CITATIONS} } } }`),
    );
    const lines = await jsonlOf(fixtures, '/export/observations.jsonl');
    expect(lines).toEqual(
      observations.nodes.map((o: any) =>
        expect.objectContaining({
          id: o.id,
          key: o.key,
          value: o.value,
          unit: o.unit,
          asOf: o.asOf,
          statement: o.statement,
          startYear: o.period?.startYear ?? null,
          endYear: o.period?.endYear ?? null,
          indicator: o.indicator.code,
          province: o.province?.slug ?? null,
          economicZone: o.economicZone?.slug ?? null,
          citations: asExported(o.citations),
        }),
      ),
    );
  });

  it('projects.jsonl and decisions.jsonl: lists as arrays, references as natural keys', async () => {
    const { projects, decisions } = dataOf(
      await fixtures.gql(`{
        projects(first: 100) { nodes { id aliases investment { amount currency label } provinces { slug } gates { slug } breakthroughs { key } decisions { key } } }
        decisions(first: 100) { nodes { id number signer { key } province { slug } implements { key } amends { key } replaces { key } } } }`),
    );
    const keys = (list: any[], key: string) => list.map((item) => item[key]);
    expect(await jsonlOf(fixtures, '/export/projects.jsonl')).toEqual(
      projects.nodes.map((p: any) =>
        expect.objectContaining({
          id: p.id,
          aliases: p.aliases,
          investment: p.investment,
          provinces: keys(p.provinces, 'slug'),
          gates: keys(p.gates, 'slug'),
          breakthroughs: keys(p.breakthroughs, 'key'),
          decisions: keys(p.decisions, 'key'),
        }),
      ),
    );
    expect(await jsonlOf(fixtures, '/export/decisions.jsonl')).toEqual(
      decisions.nodes.map((d: any) =>
        expect.objectContaining({
          id: d.id,
          number: d.number,
          signer: d.signer?.key ?? null,
          province: d.province?.slug ?? null,
          implements: d.implements?.key ?? null,
          amends: d.amends?.key ?? null,
          replaces: d.replaces?.key ?? null,
        }),
      ),
    );
  });
});

describe('bad requests', () => {
  it.each(['/export/gates.csv', '/export/targets.xlsx', '/export/targets', '/export/', '/export/targets.csv/x'])(
    '%s: 404 listing the exports',
    async (path) => {
      const res = await get(fixtures, path);
      expect(res.status).toBe(404);
      const body = (await res.json()) as { error: string; exports: string[] };
      expect(body.exports).toEqual([
        '/export/targets.csv',
        '/export/targets.jsonl',
        '/export/observations.csv',
        '/export/observations.jsonl',
        '/export/projects.csv',
        '/export/projects.jsonl',
        '/export/decisions.csv',
        '/export/decisions.jsonl',
      ]);
      expect(body.error).toContain('/export/targets.csv');
    },
  );

  it.each(['1900-01-01', '1945-09-01', '2101-01-01', '2025-02-30', '2025-6-30', 'today', ''])('asOf=%s: 400 saying which dates are allowed', async (asOf) => {
    const res = await get(fixtures, `/export/targets.csv?asOf=${asOf}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/^asOf must be one date from 1945-09-02 to 2100-12-31 \(YYYY-MM-DD\); got /);
  });

  it('accepts the ends of the range', async () => {
    for (const asOf of ['1945-09-02', '2100-12-31']) expect((await csvOf(fixtures, `/export/targets.csv?asOf=${asOf}`)).rows.length).toBeGreaterThan(0);
  });

  it('400 for an unknown parameter (a misspelt asof would be silently ignored)', async () => {
    const res = await get(fixtures, '/export/targets.csv?asof=2025-06-30');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe('Unknown query parameter asof: an export takes only asOf.');
  });

  it('405 with Allow for other methods; HEAD answers the headers alone', async () => {
    const post = await get(fixtures, '/export/targets.csv', { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    await post.arrayBuffer();
    const head = await get(fixtures, '/export/targets.jsonl', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(await head.text()).toBe('');
  });
});

/** SQL statements the ORM ran while `run` did (the server's logger counts every one: db/sql-counter.ts). */
async function statements(api: TestServer, run: () => Promise<unknown>): Promise<number> {
  const spy = vi.spyOn(api.orm.config.getLogger(), 'logQuery');
  try {
    await run();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

describe('batching', () => {
  // One page: the rows, then one statement per relation (citations, their sources, each kind of
  // record referred to; targets also read the observations of their indicators).
  const EXPECTED = { targets: 7, observations: 6, projects: 11, decisions: 6 };

  // With asOf, the dates of what is known come from rows the page loads anyway (a target's decision), or from the row itself.
  it.each(Object.entries(EXPECTED))('/export/%s: %i statements, the same on grown data and with asOf', async (type, count) => {
    const download = (api: TestServer, query = '') => statements(api, async () => (await get(api, `/export/${type}.jsonl${query}`)).text());
    expect({ fixtures: await download(fixtures), grown: await download(more), asOf: await download(more, '?asOf=2024-06-30') }).toEqual({
      fixtures: count,
      grown: count,
      asOf: count,
    });
  });

  it('reads page by page: the same file at any page size, a bounded number of statements per page', async () => {
    // The export module on a server of its own, to set its page size.
    const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const pageSize = Number(new URL(req.url!, 'http://localhost').pathname.split('/')[1]);
      void serveExport(more.orm, `/${req.url!.split('/').slice(2).join('/')}`, req, res, { pageSize });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const type of ['observations', 'projects']) {
        const whole = await (await fetch(`${origin}/500/export/${type}.csv`)).text();
        let paged = '';
        const count = await statements(more, async () => (paged = await (await fetch(`${origin}/7/export/${type}.csv`)).text()));
        expect(paged).toBe(whole);
        const pages = Math.ceil((parseCsv(whole).length - 1) / 7);
        expect(pages).toBeGreaterThan(5);
        expect(count).toBeGreaterThanOrEqual(pages * 3);
        expect(count).toBeLessThanOrEqual(pages * EXPECTED[type as keyof typeof EXPECTED] + 1);
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('streaming', () => {
  /** A response whose client reads slowly: 8 bytes of buffer, 5 ms per write. */
  class SlowResponse extends Writable {
    headersSent = false;
    peak = 0;
    constructor() {
      super({ highWaterMark: 8, write: (_chunk, _encoding, done) => setTimeout(done, 5) });
    }
    writeHead() {
      this.headersSent = true;
      return this;
    }
    override write(chunk: any, ...rest: any[]): boolean {
      const ok = super.write(chunk, ...rest);
      this.peak = Math.max(this.peak, this.writableLength);
      return ok;
    }
  }

  it('waits for drain when the client is slow: never more than a chunk buffered', async () => {
    const res = new SlowResponse();
    const sink = new Sink(res as unknown as ServerResponse, {}, 100);
    for (let i = 0; i < 50; i++) await sink.write('row of twenty chars\n');
    await sink.end();
    expect(res.headersSent).toBe(true);
    // Without waiting, all 1000 characters would pile up in the buffer.
    expect(res.peak).toBeLessThanOrEqual(100 + 20);
  });

  it('stops when the client goes away, and the server serves on', async () => {
    const controller = new AbortController();
    const res = await get(more, '/export/observations.csv', { signal: controller.signal });
    const reader = res.body!.getReader();
    await reader.read();
    controller.abort();
    await expect(reader.read()).rejects.toThrow();
    expect((await get(more, '/health')).status).toBe(200);
    expect((await csvOf(more, '/export/targets.csv')).rows.length).toBeGreaterThan(0);
  });
});
