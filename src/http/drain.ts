import type { ServerResponse } from 'node:http';

/** On shutdown, wait until no request has started for this long (at most DRAIN_MAX_MS). */
const DRAIN_QUIET_MS = 500;
const DRAIN_MAX_MS = 10_000;

/**
 * The shutdown drain: requests clients already sent on open sockets are still read and answered.
 * Closing the listener or idle sockets at once would reset requests clients already sent (unread
 * in socket buffers, or in the accept queue), so the server keeps serving until no request has
 * started for a while; meanwhile each answer says `Connection: close`, and /ready says 503 so a
 * load balancer stops sending.
 */
export class Drain {
  stopping = false;
  private inFlight = 0;
  private lastStarted = 0;

  /** Counts a request until its response closes. */
  track(res: ServerResponse): void {
    this.inFlight += 1;
    this.lastStarted = performance.now();
    res.once('close', () => (this.inFlight -= 1));
    if (this.stopping) res.setHeader('connection', 'close');
  }

  /** Begins stopping, and resolves once quiet (or after DRAIN_MAX_MS). */
  async settle(): Promise<void> {
    this.stopping = true;
    const deadline = performance.now() + DRAIN_MAX_MS;
    while (performance.now() < deadline && (this.inFlight > 0 || performance.now() - this.lastStarted < DRAIN_QUIET_MS)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Timers run before the poll phase: let it read what the sockets hold before judging quiet.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}
