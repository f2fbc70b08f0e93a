import { Scheduler } from './scheduler.js';

export const isPromise = <T>(value: T | Promise<T>): value is Promise<T> => typeof (value as Promise<T> | null)?.then === 'function';

/**
 * A request's first turn lasts this many slices: most requests end within it and never yield, so
 * their objects die young (a request that waits for turns keeps its objects alive across other
 * requests' work, and they are promoted to the old generation: under load, heap and RSS grow).
 */
const FIRST_SLICES = 3;

/** One process, one thread: one scheduler for every server in it. */
export const SCHEDULER = new Scheduler();

/** One request's share of the thread. */
export class Pacer {
  usedMs = 0;
  readonly started = performance.now();
  private sliceStart = this.started;
  /** In the scheduler's queue: the slice is used up and the request waits for its next turn. */
  private queued = false;
  /** Deferred work, first in first out; `head` is the next to go. */
  private readonly waiters: (() => void)[] = [];
  private head = 0;
  /** Batch dispatches held back until the deferred work has run (see scheduleBatch). */
  private readonly held: (() => void)[] = [];

  constructor(
    readonly sliceMs: number,
    /** Runs when deferred work gets the thread back: throws once the request is past its deadline. */
    private readonly guard: () => void = () => {},
    private readonly scheduler = SCHEDULER,
    /** The request's SQL statements not yet answered (db/sql-counter.ts): a batch waits for them. */
    private readonly running: () => number = () => 0,
  ) {}

  /**
   * Set once the request has used a slice: only then are loaded values held back (settle), so a
   * request that ends within one slice, as most do, pays one clock read per object field.
   */
  sliced = false;

  /** True when the request has used its slice (and is now queued for its next turn). */
  due(): boolean {
    if (this.queued) return true;
    const ran = performance.now() - this.sliceStart;
    if (ran < (this.sliced ? this.sliceMs : this.sliceMs * FIRST_SLICES)) return false;
    this.usedMs += ran;
    this.queued = true;
    this.sliced = true;
    this.scheduler.enqueue(this);
    return true;
  }

  /**
   * `work` run on the request's next turn (or refused there with the guard's error). A plain
   * callback in the queue, not an async chain: a wide query defers thousands of fields, and a
   * promise or two per field less is a measurable share of its time.
   */
  after<T>(work: () => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiters.push(() => {
        try {
          this.guard();
          const value = work();
          resolve(isPromise(value) ? this.settle(value) : value);
        } catch (error) {
          reject(error as Error);
        }
      });
    });
  }

  /**
   * A field's value once loaded, handed to graphql-js (which then completes the object's fields)
   * only while the request still has its slice: one slice issues thousands of loads, and
   * completing all of them at once would be the long run this class exists to cut.
   */
  settle<T>(value: Promise<T>): Promise<T> {
    return value.then((settled) => (this.due() ? this.after(() => settled) : settled));
  }

  /** Waits for the next turn if the slice is used up: for work that is not a field (serialising the answer). */
  async yieldIfDue(): Promise<void> {
    if (this.due()) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Called by the scheduler: a new slice, and the first deferred work goes (whatever the slice: progress). */
  resume(): void {
    this.queued = false;
    this.sliceStart = performance.now();
    this.next();
  }

  /**
   * Deferred work goes one piece at a time while the slice lasts (the first whatever the slice:
   * progress); what is left when it ends stays queued, untouched, for the next turn. The next piece
   * goes from the microtask queue, behind what the previous piece started: released in one loop,
   * a thousand cheap pieces would hand the engine a thousand completions to run at once.
   */
  private next(): void {
    if (this.head === this.waiters.length) {
      // All deferred work has run: the held batches go, once what that work started has run too.
      if (this.held.length > 0) this.flushSoon(true);
      return;
    }
    const run = this.waiters[this.head++]!;
    if (this.head > 1024 && this.head * 2 > this.waiters.length) {
      this.waiters.splice(0, this.head);
      this.head = 0;
    }
    run();
    queueMicrotask(() => {
      if (!this.due()) this.next();
    });
  }

  /**
   * The request's DataLoader `batchScheduleFn`. DataLoader dispatches a batch once the promise jobs
   * of the moment have run; here a batch also waits for the request's running SQL statements
   * (`idle`) and for its deferred work, whose answers may add to it. So the loads of one level of
   * the query go in one batch however the statements before them were spread over ticks, and a
   * request issues the same SQL statements whatever the timing, sliced or not. A batch due when
   * the slice is used up waits for the next turn too: its SQL is one piece of work, often the longest.
   */
  scheduleBatch(dispatch: () => void): void {
    this.held.push(dispatch);
    this.flushSoon(false);
  }

  /** What the request's SQL counter calls when its last running statement is answered. */
  readonly idle = (): void => {
    if (this.held.length > 0) this.flushSoon(false);
  };

  private flushing = false;

  /** The held batches all go at once, after the promise jobs of the moment, if nothing holds them. */
  private flushSoon(released: boolean): void {
    if (this.flushing) return;
    this.flushing = true;
    void Promise.resolve().then(() =>
      process.nextTick(() => {
        this.flushing = false;
        // A batch released at the start of a turn goes whatever the slice: progress.
        if (this.queued || this.head !== this.waiters.length || this.running() > 0 || !(released || !this.due())) return;
        for (const dispatch of this.held.splice(0)) dispatch();
      }),
    );
  }
}
