import { foldDecisionNumber } from '../common/fold.js';
import { COLLECTIONS, type CollectionName, type Dataset, FixtureError, recordLabel, REFERENCES } from './dataset.js';
import type { CitationRecord } from './fixture-fields.js';

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

function citationLists(record: object): [string, CitationRecord[]][] {
  const lists: [string, CitationRecord[]][] = [];
  if ('citations' in record) lists.push(['citations', record.citations as CitationRecord[]]);
  if ('typeHistory' in record) {
    (record.typeHistory as { citations: CitationRecord[] }[]).forEach((change, i) => lists.push([`typeHistory.${i}.citations`, change.citations]));
  }
  return lists;
}
