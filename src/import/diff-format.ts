import type { DiffReport, TableDiff } from './diff.js';

// The diff as data editors read it (one block per table, one line per row or field) and as
// scripts read it (--json: the report itself).

/** A value as in the fixtures: JSON for text, numbers, lists and null; "(no column)" when a side lacks the column. */
const show = (value: unknown): string => (value === undefined ? '(no column)' : JSON.stringify(value));

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function counts(t: { added: number; changed: number; removed: number }): string {
  return `${t.added} added, ${t.changed} changed, ${t.removed} removed`;
}

function tableBlock(t: TableDiff): string[] {
  const lines = [`${t.label}: ${counts({ added: t.added.length, changed: t.changed.length, removed: t.removed.length })}`];
  for (const key of t.added) lines.push(`  + ${key}`);
  for (const key of t.removed) lines.push(`  - ${key}`);
  for (const { key, fields } of t.changed) {
    lines.push(`  ~ ${key}`);
    for (const f of fields) lines.push(`      ${f.field}: ${show(f.before)} -> ${show(f.after)}`);
  }
  if (t.reordered) lines.push('  order changes: rows that stay move, and lists follow the new fixture order');
  return lines;
}

/** The human-readable report, ending with the summary line. */
export function formatDiff(report: DiffReport, fixturesDir: string): string {
  const lines = [`Fixtures ${fixturesDir} against the database ${report.database} (nothing is written):`, ''];
  for (const note of report.notes) lines.push(`Note: ${note}.`, '');
  // With no database every row is added: the counts say so, where a list of every key would bury it.
  if (!report.found) lines.push(...report.tables.map((t) => `${t.label}: ${t.added.length} added`), '');
  else for (const table of report.tables) lines.push(...tableBlock(table), '');
  const { totals } = report;
  if (report.tables.length === 0) {
    lines.push('Summary: no changes; the database already holds what the fixtures say.');
  } else {
    const moved = totals.reordered ? `, ${plural(totals.reordered, 'table')} reordered` : '';
    lines.push(`Summary: ${counts(totals)} rows in ${plural(report.tables.length, 'table')}${moved}.`);
  }
  return `${lines.join('\n')}\n`;
}

/** The report for machines: the same content, one JSON document. */
export function formatDiffJson(report: DiffReport, fixturesDir: string): string {
  return `${JSON.stringify({ fixtures: fixturesDir, ...report }, null, 2)}\n`;
}
