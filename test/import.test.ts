import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrm, type Orm } from '../src/orm.js';
import { importDataset } from '../src/import/import.js';
import { FixtureError } from '../src/import/dataset.js';
import { readFixtures } from '../src/import/read-fixtures.js';
import { FIXTURES_DIR } from './helpers.js';

const run = promisify(execFile);

let dir: string;
let orm: Orm;

/** Every row of every table, in a stable order: the database's whole content. */
async function dump(): Promise<Record<string, unknown[]>> {
  const em = orm.em.fork();
  const tables = (
    await em.getConnection().execute<{ name: string }[]>("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
  ).map((t: { name: string }) => t.name);
  const content: Record<string, unknown[]> = {};
  for (const table of tables) content[table] = await em.getConnection().execute(`select * from "${table}" order by 1, 2`);
  return content;
}

/** A copy of the fixtures with one file edited. */
async function fixturesWith(file: string, edit: (text: string) => string): Promise<string> {
  const copy = await mkdtemp(join(dir, 'fixtures-'));
  await cp(FIXTURES_DIR, copy, { recursive: true });
  const path = join(copy, file);
  const before = await readFile(path, 'utf8');
  const after = edit(before);
  expect(after, 'the edit applies').not.toBe(before);
  await writeFile(path, after);
  return copy;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-graph-import-'));
  orm = await createOrm({ dbName: join(dir, 'db.sqlite') });
  await importDataset(orm, await readFixtures(FIXTURES_DIR));
});
afterAll(async () => {
  await orm.close();
  await rm(dir, { recursive: true, force: true });
});

describe('import', () => {
  it('loads every fixture record and changes nothing when run twice', async () => {
    const first = await dump();
    expect(first.province).toHaveLength(11);
    expect(first.citation!.length).toBeGreaterThan(200);
    await importDataset(orm, await readFixtures(FIXTURES_DIR));
    expect(await dump()).toEqual(first);
  });

  const BAD: [string, string, (text: string) => string, RegExp][] = [
    [
      'an unknown field',
      'gates.yaml',
      (t) => t.replace('- slug: tra-linh\n', '- slug: tra-linh\n  colour: red\n'),
      /gates\.yaml: record 1 \(slug "tra-linh"\): record: Unrecognized key: "colour"/,
    ],
    [
      'a wrong type',
      'provinces.yaml',
      (t) => t.replace(/areaKm2: 6700\.3/, 'areaKm2: "6.700,3"'),
      /provinces\.yaml: record \d+ \(slug "cao-bang"\): field "areaKm2": .*expected number.*; found "6\.700,3"/,
    ],
    [
      'a malformed number',
      'targets.yaml',
      (t) => t.replace('value: 9.72', 'value: 9,72'),
      /targets\.yaml: record 1 \(key "cao-bang-1486-grdp-growth"\): field "value": .*expected number.*; found "9,72"/,
    ],
    [
      'a dangling reference',
      'targets.yaml',
      (t) => t.replace('decision: 1486-qd-ttg-2023', 'decision: 9999-qd-ttg-2099'),
      /targets\.yaml: record 1 \(key "cao-bang-1486-grdp-growth"\): field "decision": expected the key of a record in decisions\.yaml; found "9999-qd-ttg-2099"/,
    ],
    [
      'a duplicate key',
      'gates.yaml',
      (t) => t.replace('- slug: ta-lung', '- slug: tra-linh'),
      /gates\.yaml: record \d+ \(slug "tra-linh"\): field "slug": duplicate key/,
    ],
    [
      'an unknown enum value',
      'gates.yaml',
      (t) => t.replace(/type: INTERNATIONAL/, 'type: GLOBAL'),
      /gates\.yaml: record \d+ \(slug "[a-z-]+"\): field "typeHistory\.\d+\.type": .*INTERNATIONAL.*; found "GLOBAL"/,
    ],
    [
      'a malformed date',
      'decisions.yaml',
      (t) => t.replace(/signedOn: "?2023-11-24"?/, 'signedOn: "24/11/2023"'),
      /decisions\.yaml: record 1 \(key "1486-qd-ttg-2023"\): field "signedOn": must be a date written YYYY-MM-DD; found "24\/11\/2023"/,
    ],
    [
      'BETWEEN without maxValue',
      'targets.yaml',
      (t) => t.replace(/\n  maxValue: 2(\.0)?\n/, '\n'),
      /targets\.yaml: record \d+ \(key "lang-son-1371-science-tech-budget-share"\): field "maxValue": is required when comparator is BETWEEN/,
    ],
    ['invalid YAML', 'indicators.yaml', (t) => `${t}\n- code: [unclosed\n`, /indicators\.yaml: /],
  ];

  it.each(BAD)('rejects %s, naming file, record and field, and leaves the database as it was', async (_label, file, edit, message) => {
    const before = await dump();
    const bad = await fixturesWith(file, edit);
    const error = await readFixtures(bad).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FixtureError);
    expect((error as FixtureError).message).toMatch(message);
    expect(await dump()).toEqual(before);
  });

  it('rejects an in-memory dataset with a dangling reference before writing anything', async () => {
    const before = await dump();
    const dataset = await readFixtures(FIXTURES_DIR);
    dataset.projects[0]!.gates = ['no-such-gate'];
    await expect(importDataset(orm, dataset)).rejects.toThrow(/field "gates": expected the slug of a record in gates\.yaml; found "no-such-gate"/);
    expect(await dump()).toEqual(before);
  });

  it('npm run import exits 1 with the problems on stderr and leaves the database file as it was', async () => {
    const bad = await fixturesWith('targets.yaml', (t) => t.replace('value: 9.72', 'value: 9,72'));
    const before = await dump();
    const result = await run('npx', ['tsx', 'src/import/cli.ts'], { env: { ...process.env, FIXTURES_DIR: bad, DATABASE_PATH: join(dir, 'db.sqlite') } }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/targets\.yaml: record 1 \(key "cao-bang-1486-grdp-growth"\): field "value"/);
    expect(await dump()).toEqual(before);
  });
});
