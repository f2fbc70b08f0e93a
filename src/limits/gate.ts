/**
 * Admission: at most `slots` queries execute at once, the rest wait their turn (first come, first
 * served) before they start, holding no half-built answer. limits.plugin.ts keeps one gate for all
 * queries and one for heavy ones: time slicing keeps a heavy query from holding the thread, this
 * keeps several from filling the heap together, whose collector pauses would hold every client.
 */
export class Gate {
  private free: number;
  private readonly queue: (() => void)[] = [];

  constructor(slots: number) {
    this.free = slots;
  }

  /** True when a query arriving now would wait. */
  get full(): boolean {
    return this.free === 0;
  }

  /** Resolves with the release function once a slot is held. */
  async acquire(): Promise<() => void> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.queue.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      if (next) next();
      else this.free++;
    };
  }
}
