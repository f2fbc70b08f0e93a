import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildDatabase } from '../src/import/database.js';
import { FixtureError } from '../src/import/dataset.js';
import { diffDatabase, type DiffReport } from '../src/import/diff.js';
import { formatDiff } from '../src/import/diff-format.js';
import { readFixtures } from '../src/import/read-fixtures.js';
import { FIXTURES_DIR } from './helpers.js';

type Rec = Record<string, unknown>;

let dir: string;
// A copy taken once: the diffs compare against a database built from exactly these files.
let fixtures: string;
let dbPath: string;
let rowCount: number;
let pristine: Record<string, string>;

/** Every file in the database's folder with its sha256: the diff must leave each as it was, and add none. */
async function folderState(): Promise<Record<string, string>> {
  const folder = join(dir, 'db');
  const state: Record<string, string> = {};
  for (const name of (await readdir(folder)).sort())
    state[name] = createHash('sha256')
      .update(await readFile(join(folder, name)))
      .digest('hex');
  return state;
}

/** A copy of the fixtures with the records of some files edited. */
async function fixturesWith(edits: Record<string, (records: Rec[]) => Rec[]>): Promise<string> {
  const copy = await mkdtemp(join(dir, 'fixtures-'));
  await cp(fixtures, copy, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(copy, file);
    await writeFile(path, stringify(edit(parse(await readFile(path, 'utf8')) as Rec[])));
  }
  return copy;
}

const diff = async (fixturesDir: string, database = dbPath): Promise<DiffReport> => diffDatabase(database, await readFixtures(fixturesDir));

/** The parts of each table's diff a reader acts on. */
const summary = (report: DiffReport) => report.tables.map((t) => [t.label, t.added, t.removed, t.changed, t.reordered]);

// One changed field, one removed row and one added row, each placed so that row ids shift after it.
let edited: string;
let area: number;
let province: string;
let milestone: Rec;

async function editThree(): Promise<string> {
  return fixturesWith({
    'provinces.yaml': (records) => {
      const record = records.find((r) => typeof r.areaKm2 === 'number')!;
      [province, area] = [record.slug as string, record.areaKm2 as number];
      record.areaKm2 = area + 1;
      return records;
    },
    // The first milestone: every other milestone's row id, and its citations' owner id, shift.
    'milestones.yaml': ([first, ...rest]) => ((milestone = first!), rest),
    // First too: every indicator's row id shifts, and so do the references targets hold.
    'indicators.yaml': (records) => [{ ...records[0], code: 'TEST_ADDED' }, ...records],
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-graph-diff-test-'));
  fixtures = join(dir, 'fixtures');
  await cp(FIXTURES_DIR, fixtures, { recursive: true });
  dbPath = join(dir, 'db', 'plan-graph.sqlite');
  await mkdir(join(dir, 'db'));
  const { search_index: _search, ...counts } = await buildDatabase(dbPath, await readFixtures(fixtures));
  rowCount = Object.values(counts).reduce((a, b) => a + b, 0);
  pristine = await folderState();
  edited = await editThree();
});
afterEach(async () => {
  // Whatever a test diffed, the database file is byte for byte as built, with no file beside it.
  expect(await folderState()).toEqual(pristine);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('diffDatabase', () => {
  it('finds nothing to change in a database built from the same fixtures', async () => {
    const report = await diff(fixtures);
    expect(report).toEqual({ database: dbPath, found: true, notes: [], tables: [], totals: { added: 0, changed: 0, removed: 0, reordered: 0 } });
    expect(formatDiff(report, fixtures)).toMatch(/\nSummary: no changes; the database already holds what the fixtures say\.\n$/);
  });

  it('shows exactly one changed field, one removed row and one added row, matched by natural key', async () => {
    const report = await diff(edited);
    const citations = (milestone.citations as unknown[]).map((_, i) => `Milestone ${String(milestone.key)}[${i + 1}]`);
    expect(citations.length, 'the removed milestone has citations').toBeGreaterThan(0);
    expect(summary(report)).toEqual([
      ['Indicator (indicators.yaml)', ['TEST_ADDED'], [], [], false],
      ['Province (provinces.yaml)', [], [], [{ key: province, fields: [{ field: 'areaKm2', before: area, after: area + 1 }] }], false],
      ['Milestone (milestones.yaml)', [], [milestone.key], [], false],
      // A removed record's citations go with it.
      ['Citation', [], citations, [], false],
    ]);
    expect(report.totals).toEqual({ added: 1, changed: 1, removed: 1 + citations.length, reordered: 0 });
    const text = formatDiff(report, edited);
    expect(text).toContain(`Province (provinces.yaml): 0 added, 1 changed, 0 removed\n  ~ ${province}\n      areaKm2: ${area} -> ${area + 1}\n`);
    expect(text).toContain('Indicator (indicators.yaml): 1 added, 0 changed, 0 removed\n  + TEST_ADDED\n');
    expect(text).toContain(`  - ${String(milestone.key)}\n`);
    expect(text).toMatch(new RegExp(`\\nSummary: 1 added, 1 changed, ${1 + citations.length} removed rows in 4 tables\\.\\n$`));
  });

  it('keys nested records by their parent, pivot rows by both ends, and reports a change of order', async () => {
    let gate = '';
    let label: unknown;
    let link = '';
    const changed = await fixturesWith({
      'gates.yaml': (records) => {
        const step = (records[0]!.typeHistory as Rec[])[0]!;
        [gate, label, step.label] = [records[0]!.slug as string, step.label ?? null, 'test label'];
        return records;
      },
      'projects.yaml': (records) => {
        const project = records.find((r) => (r.gates as string[] | undefined)?.length)!;
        link = `${String(project.slug)} / ${(project.gates as string[])[0]!}`;
        project.gates = (project.gates as string[]).slice(1);
        return records;
      },
      // Citations point at sources by key: swapping two sources moves them and changes nothing else.
      'sources.yaml': ([a, b, ...rest]) => [b!, a!, ...rest],
    });
    expect(summary(await diff(changed))).toEqual([
      ['SourceDocument (sources.yaml)', [], [], [], true],
      ['GateStatusChange (in gates.yaml)', [], [], [{ key: `${gate}[1]`, fields: [{ field: 'label', before: label, after: 'test label' }] }], false],
      ['Project.gates (projects.yaml)', [], [link], [], false],
    ]);
  });

  it('reads what a database holds in its WAL, not yet folded into the file', async () => {
    const copy = join(dir, 'wal', 'plan-graph.sqlite');
    await mkdir(join(dir, 'wal'));
    await copyFile(dbPath, copy);
    // Another process's write, left in the WAL while its connection stays open.
    const writer = new Database(copy);
    try {
      writer.pragma('wal_autocheckpoint = 0');
      writer.prepare('update province set area_km2 = area_km2 + 1 where slug = ?').run(province);
      expect(summary(await diff(fixtures, copy))).toEqual([
        ['Province (provinces.yaml)', [], [], [{ key: province, fields: [{ field: 'areaKm2', before: area + 1, after: area }] }], false],
      ]);
    } finally {
      writer.close();
    }
  });

  it('says every row would be added when there is no database, and creates none', async () => {
    const missing = join(dir, 'none', 'plan-graph.sqlite');
    const report = await diff(fixtures, missing);
    expect(report.found).toBe(false);
    expect(report.notes).toEqual([`no database at ${missing} yet: the import would create it`]);
    expect(report.totals).toEqual({ added: rowCount, changed: 0, removed: 0, reordered: 0 });
    expect(formatDiff(report, fixtures)).toMatch(/\nProvince \(provinces\.yaml\): \d+ added\n/);
    expect(await stat(join(dir, 'none')).catch(() => null)).toBeNull();
  });

  it('reads a file that is not a database as empty, and leaves it as it was', async () => {
    const junk = join(dir, 'junk.sqlite');
    await writeFile(junk, 'not a database, but a file of the same name');
    const report = await diff(fixtures, junk);
    expect(report.found).toBe(false);
    expect(report.notes).toEqual(['database file is not a SQLite database: the import would replace it']);
    expect(report.totals.added).toBe(rowCount);
    expect(await readFile(junk, 'utf8')).toBe('not a database, but a file of the same name');
  });
});

const exec = promisify(execFile);

/** `npm run import -- ...args` against the test database, as a data editor runs it. */
async function cli(args: string[], fixturesDir = fixtures): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, FIXTURES_DIR: fixturesDir, DATABASE_PATH: dbPath };
  return exec('npx', ['tsx', 'src/import/cli.ts', ...args], { env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe('npm run import -- --diff', () => {
  it('exits 0 and says so when there is nothing to change', async () => {
    const { code, stdout, stderr } = await cli(['--diff']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(
      `Fixtures ${fixtures} against the database ${dbPath} (nothing is written):\n\nSummary: no changes; the database already holds what the fixtures say.\n`,
    );
  }, 60_000);

  it('exits 2 with the differences; --json prints the same report', async () => {
    const report = await diff(edited);
    const text = await cli(['--diff'], edited);
    expect(text).toEqual({ code: 2, stdout: formatDiff(report, edited), stderr: '' });
    const json = await cli(['--diff', '--json'], edited);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify({ fixtures: edited, ...report })));
  }, 60_000);

  it('rejects an unknown flag, listing the allowed ones', async () => {
    const { code, stdout, stderr } = await cli(['--diff', '--dry-run']);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(/^unknown option "--dry-run"; allowed: --check, --diff, --json, --help\n/);
  }, 60_000);

  it('rejects invalid fixtures with the messages of the import, and prints no diff', async () => {
    const bad = await fixturesWith({ 'targets.yaml': ([first, ...rest]) => [{ ...first, value: '9,72' }, ...rest] });
    const error = await readFixtures(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FixtureError);
    const [diffRun, importRun] = await Promise.all([cli(['--diff'], bad), cli([], bad)]);
    expect(diffRun).toEqual({ code: 1, stdout: '', stderr: `${(error as FixtureError).message}\n` });
    expect(diffRun.stderr).toBe(importRun.stderr);
    expect(diffRun.stderr).toMatch(/targets\.yaml: record 1 \(key "[^"]+"\): field "value": .*expected number.*; found "9,72"/);
  }, 60_000);
});
