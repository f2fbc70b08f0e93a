import type { Pacer } from './pacing.js';

/**
 * Walks of a whole answer (counting its nodes, serialising it) go piece by piece, yielding between
 * pieces, above this depth of the answer's tree, and take each subtree below it in one go: deep
 * enough that a piece is small (an item of a top-level list: a province with its page of
 * targets, well under a millisecond), shallow enough to cost little: at 7 (a piece per target)
 * counting the national table's nodes at dataset M took 3.5 ms, at 5 it takes 0.8.
 */
export const SPLIT_DEPTH = 5;

/**
 * Drives a walk written as a generator (it yields between pieces) to its end, waiting for the
 * request's next turn whenever its slice is used up. A generator, not an async function per piece:
 * a whole answer has thousands of pieces, and a promise per piece was a measurable share of it.
 */
export async function runSliced<T>(walk: Generator<void, T>, pacer: Pacer): Promise<T> {
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
    if (pacer.due()) await pacer.yieldIfDue();
  }
}
