import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { foldDecisionNumber } from '../common/fold.js';
import * as records from './fixture.schema.js';

// Each collection, its file and its natural key. The order is the load order: a collection only
// refers to collections above it, except self-references and milestones' project/gate links.
export const COLLECTIONS = {
  sources: { file: 'sources.yaml', schema: records.sourceRecord, key: 'key' },
  indicators: { file: 'indicators.yaml', schema: records.indicatorRecord, key: 'code' },
  provinces: { file: 'provinces.yaml', schema: records.provinceRecord, key: 'slug' },
  decisions: { file: 'decisions.yaml', schema: records.decisionRecord, key: 'key' },
  economicZones: { file: 'economic-zones.yaml', schema: records.economicZoneRecord, key: 'slug' },
  breakthroughs: { file: 'breakthroughs.yaml', schema: records.breakthroughRecord, key: 'key' },
  targets: { file: 'targets.yaml', schema: records.targetRecord, key: 'key' },
  observations: { file: 'observations.yaml', schema: records.observationRecord, key: 'key' },
  gates: { file: 'gates.yaml', schema: records.gateRecord, key: 'slug' },
  projects: { file: 'projects.yaml', schema: records.projectRecord, key: 'slug' },
  milestones: { file: 'milestones.yaml', schema: records.milestoneRecord, key: 'key' },
} as const;

type Collections = typeof COLLECTIONS;
export type CollectionName = keyof Collections;
export type Dataset = { [K in CollectionName]: z.infer<Collections[K]['schema']>[] };

export const FIXTURE_FILES: readonly string[] = Object.values(COLLECTIONS).map((c) => c.file);

/** Every problem found, each naming the file, the record, the field, what was expected and what was found. */
export class FixtureError extends Error {
  constructor(readonly problems: string[]) {
    super(`Fixtures are invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was imported:\n- ${problems.join('\n- ')}`);
    this.name = 'FixtureError';
  }
}

const show = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));

function recordLabel(file: string, index: number, record: unknown, keyField: string): string {
  const key = record && typeof record === 'object' ? (record as Record<string, unknown>)[keyField] : undefined;
  return `${file}: record ${index + 1}${typeof key === 'string' ? ` (${keyField} "${key}")` : ''}`;
}

/** YAML, with a fast path for machine-written files in JSON (YAML 1.2 is a superset of JSON). */
function parseYaml(file: string, source: string, problems: string[]): unknown {
  if (source.trimStart().startsWith('[')) {
    try {
      return JSON.parse(source) as unknown;
    } catch {
      // Not plain JSON after all: the YAML parser reports the problem with its position.
    }
  }
  const doc = parseDocument(source, { uniqueKeys: true });
  if (doc.errors.length) {
    for (const error of doc.errors) problems.push(`${file}: ${error.message.split('\n')[0]}`);
    return undefined;
  }
  return doc.toJS() ?? [];
}

function parseCollection(name: CollectionName, source: string, problems: string[]): unknown[] {
  const { file, schema, key } = COLLECTIONS[name];
  const data = parseYaml(file, source, problems);
  if (data === undefined) return [];
  if (!Array.isArray(data)) {
    problems.push(`${file}: expected a list of records at the top level, found ${typeof data}`);
    return [];
  }
  return data.map((record, index) => {
    const result = schema.safeParse(record, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const field = issue.path.length ? `field "${issue.path.join('.')}"` : 'record';
      const found = 'input' in issue && issue.code !== 'unrecognized_keys' ? `; found ${show(issue.input)}` : '';
      problems.push(`${recordLabel(file, index, record, key)}: ${field}: ${issue.message}${found}`);
    }
    return record;
  });
}

/** Reads and validates every fixture file; throws FixtureError listing all problems. */
export async function readFixtures(dir: string): Promise<Dataset> {
  const problems: string[] = [];
  const present = new Set(await readdir(dir));
  const dataset = {} as Record<CollectionName, unknown[]>;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const { file } = COLLECTIONS[name];
    if (!present.has(file)) {
      problems.push(`${file}: file is missing from ${dir}`);
      dataset[name] = [];
      continue;
    }
    dataset[name] = parseCollection(name, await readFile(join(dir, file), 'utf8'), problems);
  }
  const unknownFiles = [...present].filter((f) => /\.ya?ml$/.test(f) && !FIXTURE_FILES.includes(f));
  for (const file of unknownFiles) problems.push(`${file}: unknown fixture file; expected one of ${FIXTURE_FILES.join(', ')}`);
  if (problems.length) throw new FixtureError(problems);
  checkDataset(dataset as Dataset);
  return dataset as Dataset;
}

// Every reference field: which collection it points into.
export const REFERENCES: [CollectionName, string, CollectionName][] = [
  ['provinces', 'mergedInto', 'provinces'],
  ['decisions', 'province', 'provinces'],
  ['decisions', 'implements', 'decisions'],
  ['economicZones', 'province', 'provinces'],
  ['economicZones', 'partOf', 'economicZones'],
  ['economicZones', 'establishedBy', 'decisions'],
  ['breakthroughs', 'decision', 'decisions'],
  ['breakthroughs', 'province', 'provinces'],
  ['targets', 'indicator', 'indicators'],
  ['targets', 'province', 'provinces'],
  ['targets', 'decision', 'decisions'],
  ['observations', 'indicator', 'indicators'],
  ['observations', 'province', 'provinces'],
  ['observations', 'economicZone', 'economicZones'],
  ['gates', 'province', 'provinces'],
  ['gates', 'partOf', 'gates'],
  ['gates', 'economicZone', 'economicZones'],
  ['projects', 'provinces', 'provinces'],
  ['projects', 'gates', 'gates'],
  ['projects', 'breakthroughs', 'breakthroughs'],
  ['projects', 'decisions', 'decisions'],
  ['milestones', 'province', 'provinces'],
  ['milestones', 'decision', 'decisions'],
  ['milestones', 'project', 'projects'],
  ['milestones', 'gate', 'gates'],
];

/** Cross-file checks: unique natural keys, resolvable references and citation sources. */
export function checkDataset(dataset: Dataset): void {
  const problems: string[] = [];
  const keys = {} as Record<CollectionName, Set<string>>;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const { file, key } = COLLECTIONS[name];
    keys[name] = new Set();
    dataset[name].forEach((record, index) => {
      const value = (record as Record<string, string>)[key]!;
      if (keys[name].has(value))
        problems.push(`${recordLabel(file, index, record, key)}: field "${key}": duplicate key; each ${key} must be unique in ${file}`);
      keys[name].add(value);
    });
  }
  // Numbers are looked up folded ("1486/QD-TTg"), so two spellings of one number are one document.
  const numbers = new Map<string, string>();
  dataset.decisions.forEach((record, index) => {
    if (!record.number) return;
    const folded = foldDecisionNumber(record.number);
    const other = numbers.get(folded);
    if (other)
      problems.push(
        `${recordLabel('decisions.yaml', index, record, 'key')}: field "number": "${record.number}" is the same number as decision "${other}"; each number must be unique`,
      );
    numbers.set(folded, record.key);
  });
  for (const [name, field, target] of REFERENCES) {
    const { file, key } = COLLECTIONS[name];
    dataset[name].forEach((record, index) => {
      const raw = (record as Record<string, unknown>)[field];
      const values = raw == null ? [] : Array.isArray(raw) ? raw : [raw];
      for (const value of values as string[]) {
        if (!keys[target].has(value)) {
          problems.push(
            `${recordLabel(file, index, record, key)}: field "${field}": expected the ${COLLECTIONS[target].key} of a record in ${COLLECTIONS[target].file}; found "${value}", which is not there`,
          );
        }
      }
    });
  }
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const { file, key } = COLLECTIONS[name];
    dataset[name].forEach((record, index) => {
      for (const [path, list] of citationLists(record)) {
        list.forEach((citation, i) => {
          if (!keys.sources.has(citation.source)) {
            problems.push(
              `${recordLabel(file, index, record, key)}: field "${path}.${i}.source": expected the key of a record in sources.yaml; found "${citation.source}", which is not there`,
            );
          }
        });
      }
    });
  }
  if (problems.length) throw new FixtureError(problems);
}

function citationLists(record: object): [string, records.CitationRecord[]][] {
  const lists: [string, records.CitationRecord[]][] = [];
  if ('citations' in record) lists.push(['citations', record.citations as records.CitationRecord[]]);
  if ('typeHistory' in record) {
    (record.typeHistory as { citations: records.CitationRecord[] }[]).forEach((change, i) => lists.push([`typeHistory.${i}.citations`, change.citations]));
  }
  return lists;
}
