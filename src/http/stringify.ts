import { Pacer } from '../limits/pacing.js';
import { runSliced, SPLIT_DEPTH } from '../limits/sliced-walk.js';

/** Answers with fewer nodes than this are serialised in one go: they take well under a slice. */
const SMALL = 1_000;

/**
 * Apollo's `stringifyResult`, in time slices. JSON.stringify of the largest answer the limits
 * admit (7.7 MB at dataset L) holds the thread for about 70 ms, longer than the answer to a
 * dashboard takes: a large answer is written as pieces, yielding to other requests between
 * pieces like an execution does (limits/pacing.ts). Same output as JSON.stringify, plus Apollo's
 * newline.
 */
export async function stringifyResult(result: { extensions?: Record<string, unknown> }, sliceMs: number): Promise<string> {
  const actual = (result.extensions?.cost as { actual?: number } | undefined)?.actual ?? 0;
  if (actual < SMALL) return `${JSON.stringify(result)}\n`;
  const parts: string[] = [];
  await runSliced(writeJson(result, 0, parts), new Pacer(sliceMs));
  return `${parts.join('')}\n`;
}

/** JSON.stringify's output as parts, the subtrees below SPLIT_DEPTH in one go, yielding between list items. */
function* writeJson(value: unknown, depth: number, parts: string[]): Generator<void, void> {
  if (depth >= SPLIT_DEPTH || value === null || typeof value !== 'object') {
    parts.push(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    parts.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i) parts.push(',');
      yield;
      yield* writeJson(value[i], depth + 1, parts);
    }
    parts.push(']');
    return;
  }
  let first = true;
  parts.push('{');
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function') continue;
    parts.push(first ? '' : ',', JSON.stringify(key), ':');
    first = false;
    yield* writeJson(item, depth + 1, parts);
  }
  parts.push('}');
}

/** Encoded in pieces of this many UTF-16 units, yielding between them. */
const PIECE = 1 << 20;

/**
 * The UTF-8 bytes of a response. A large text is encoded in pieces, yielding between them, into
 * one buffer of its own.
 */
export async function encodeResponse(text: string, sliceMs: number): Promise<Buffer> {
  if (text.length <= PIECE) return Buffer.from(text);
  const pacer = new Pacer(sliceMs);
  const ends: number[] = [];
  let bytes = 0;
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + PIECE, text.length);
    // Never split a surrogate pair: each half alone would be encoded as U+FFFD.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    bytes += Buffer.byteLength(text.slice(start, end));
    ends.push(end);
    start = end;
  }
  // One allocation, filled piece by piece (a concatenation would copy the whole body once more).
  const body = Buffer.allocUnsafeSlow(bytes);
  let offset = 0;
  let start = 0;
  for (const end of ends) {
    await pacer.yieldIfDue();
    offset += body.write(text.slice(start, end), offset);
    start = end;
  }
  return body;
}
