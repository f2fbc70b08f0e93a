import type { Column, Value } from './part.js';

export interface Format {
  contentType: string;
  /** What comes before the first row. */
  head(columns: readonly Column[]): string;
  line(columns: readonly Column[], values: readonly Value[]): string;
}

/** RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A value as one cell: lists joined by "; ", a record (an amount of money) as its values in the
 * order of their keys' names, since PostgreSQL's jsonb keeps keys in an order of its own.
 */
export function csvText(value: Value): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.map(csvText).join('; ');
  if (typeof value === 'object')
    return Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, v]) => v)
      .filter((v) => v !== null && v !== '')
      .map(csvText)
      .join(' ');
  return String(value);
}

const csvLine = (cells: readonly string[]) => `${cells.map(csvField).join(',')}\r\n`;

export const CSV: Format = {
  contentType: 'text/csv; charset=utf-8',
  // The byte order mark tells spreadsheet programs the file is UTF-8 (else Excel reads "Cao Báº±ng").
  head: (columns) => `\uFEFF${csvLine(columns.map((c) => c.name))}`,
  line: (columns, values) => csvLine(values.map((value, i) => (columns[i]!.csv ?? csvText)(value))),
};

export const JSONL: Format = {
  contentType: 'application/x-ndjson; charset=utf-8',
  head: () => '',
  line: (columns, values) => `${JSON.stringify(Object.fromEntries(columns.map((c, i) => [c.name, values[i]])))}\n`,
};
