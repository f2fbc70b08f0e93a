import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { checkDataset } from './check-dataset.js';
import { COLLECTIONS, type CollectionName, type Dataset, FIXTURE_FILES, FixtureError, recordLabel } from './dataset.js';

// What readFixtures returns, reads and throws, for its callers.

const show = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));

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
