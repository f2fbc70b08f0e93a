import { fold } from '../common/fold.js';
import { badUserInput } from '../common/errors.js';

export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_WORDS = 10;

/** The words of a text as the index stores them: folded, letters and digits only. */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The words of a search query, checked. Everything that is not a letter or digit separates words,
 * so quotes, `*`, `-`, `:`, parentheses and emoji can never reach the FTS parser as syntax.
 */
export function queryWords(query: string, argumentName = 'query'): string[] {
  if (!query.trim()) throw badUserInput(`${argumentName} must contain at least one letter or digit, e.g. "tra linh".`);
  if (query.length > MAX_QUERY_LENGTH) throw badUserInput(`${argumentName} must be at most ${MAX_QUERY_LENGTH} characters, got ${query.length}.`);
  const found = words(query);
  if (found.length > MAX_QUERY_WORDS) throw badUserInput(`${argumentName} must have at most ${MAX_QUERY_WORDS} words, got ${found.length}.`);
  return found;
}

/** An FTS5 MATCH expression: every word, as a quoted prefix (AND is implicit). */
export function matchExpression(queryTokens: readonly string[]): string {
  return queryTokens.map((word) => `"${word}"*`).join(' ');
}

/** The same as a PostgreSQL tsquery: every word as a quoted prefix lexeme, all required. */
export function prefixQuery(queryTokens: readonly string[]): string {
  return queryTokens.map((word) => `'${word}':*`).join(' & ');
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A short excerpt of `text` with the words that matched wrapped in <mark>; everything else is
 * HTML-escaped, so the snippet can be rendered as HTML safely.
 */
export function snippet(text: string, queryTokens: readonly string[], width = 90): string {
  // Fold character by character so positions in the folded text are positions in the original.
  const original = text.normalize('NFC');
  const folded = [...original].map((c) => fold(c)[0] ?? ' ').join('');
  const chars = [...original];
  const marks: [number, number][] = [];
  for (const match of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (queryTokens.some((token) => match[0].startsWith(token))) marks.push([match.index, match.index + match[0].length]);
  }
  const first = marks[0]?.[0] ?? 0;
  const start = chars.length <= width ? 0 : Math.max(0, Math.min(first - Math.floor(width / 3), chars.length - width));
  const end = Math.min(chars.length, start + width);
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const [from, to] of marks) {
    if (to <= start || from >= end) continue;
    out +=
      escapeHtml(chars.slice(at, Math.max(at, from)).join('')) + '<mark>' + escapeHtml(chars.slice(Math.max(at, from), Math.min(to, end)).join('')) + '</mark>';
    at = Math.min(to, end);
  }
  return out + escapeHtml(chars.slice(at, end).join('')) + (end < chars.length ? '…' : '');
}
