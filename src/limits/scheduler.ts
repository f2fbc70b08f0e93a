/** What the scheduler knows of a request's pacer (pacing.ts). */
export interface Paced {
  readonly usedMs: number;
  readonly sliceMs: number;
  readonly started: number;
  /** Its turn: a new slice, and its deferred work goes. */
  resume(): void;
}

/**
 * Cooperative time slicing of executions. Node runs every query on one thread and the SQLite
 * driver is synchronous, so once a query starts executing it never gives the event loop back:
 * one heavy query would hold every other client for its whole run (1.1 s at dataset L for the
 * heaviest one the node budget admits). So each execution runs in slices: once a request has run
 * `sliceMs` since it last yielded, its next object field waits for the scheduler. The scheduler
 * lets one waiting request go per turn of the event loop (after the loop has read the sockets),
 * and picks the one that has run least so far (least attained service): a dashboard query that
 * arrives behind heavy ones is read, run and answered first, and heavy ones still progress.
 */
export class Scheduler {
  private readonly waiting: Paced[] = [];
  private scheduled = false;

  enqueue(pacer: Paced): void {
    this.waiting.push(pacer);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || !this.waiting.length) return;
    this.scheduled = true;
    // An immediate queued from an immediate runs on the next turn, after the poll phase.
    setImmediate(() => {
      this.scheduled = false;
      let next = 0;
      for (let i = 1; i < this.waiting.length; i++) if (Scheduler.before(this.waiting[i]!, this.waiting[next]!)) next = i;
      const [pacer] = this.waiting.splice(next, 1);
      pacer!.resume();
      this.schedule();
    });
  }

  /**
   * Least attained service first, by doubling classes of time used (a multilevel feedback queue):
   * a request that has run 20 ms goes before one that has run 40, and both long before one that has
   * run a second; within a class the oldest goes first, so long requests finish one after another
   * instead of all growing their half-built answers at once (memory, and collector pauses that hold
   * every client). A short request that a collector pause made look longer still goes first.
   */
  private static before(a: Paced, b: Paced): boolean {
    const classA = Math.floor(Math.log2(1 + a.usedMs / a.sliceMs));
    const classB = Math.floor(Math.log2(1 + b.usedMs / b.sliceMs));
    return classA !== classB ? classA < classB : a.started < b.started;
  }
}
