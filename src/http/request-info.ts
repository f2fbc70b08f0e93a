import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** What a client's budget looks like after a request: GitHub's `rateLimit` fields. */
export interface RateLimitState {
  /** Points this request cost. */
  cost: number;
  limit: number;
  remaining: number;
  used: number;
  resetAt: Date;
}

const REQUEST_ID = /^[\w.:-]{1,64}$/;
const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * One HTTP request as the server follows it: created by the HTTP layer, carried in the GraphQL
 * context, and read back for the response headers, the log line and the metrics.
 */
export class RequestInfo {
  readonly started = performance.now();
  operationName: string | null = null;
  /** Potential and actual nodes, and the throttle points charged. */
  cost?: { requested: number; actual?: number; points: number };
  rateLimit?: RateLimitState;
  timedOut = false;
  /** Set for a heavy query (over HEAVY_NODES): whether it waited for another to finish first. */
  heavy?: { waited: boolean };
  /** Set by fields whose answer depends on the caller (rateLimit): never cached. */
  uncacheable = false;
  /** Error codes of the response, and the first unexpected error, for the one log line. */
  errorCodes: string[] = [];
  internalError?: { message: string; stack?: string; count: number };
  cache?: 'HIT' | 'MISS';
  sql = 0;

  constructor(
    readonly id: string,
    /** The address throttling is keyed by. */
    readonly client: string,
    readonly loopback: boolean,
    private readonly timeoutMs: number,
  ) {}

  /** Past this, execution stops: set when the query is admitted to execute (queueing is not execution). */
  private deadline = Infinity;

  startExecution(): void {
    this.deadline = performance.now() + this.timeoutMs;
  }

  static from(req: IncomingMessage, { timeoutMs, trustProxy }: { timeoutMs: number; trustProxy: boolean }): RequestInfo {
    const header = req.headers['x-request-id'];
    const id = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    const socket = req.socket.remoteAddress ?? 'unknown';
    const forwarded = trustProxy
      ? String(req.headers['x-forwarded-for'] ?? '')
          .split(',')[0]
          ?.trim()
      : undefined;
    const client = forwarded && isIP(forwarded) ? forwarded : socket;
    return new RequestInfo(id, client, LOOPBACK.test(client), timeoutMs);
  }

  /** True once the request has run past its execution deadline. */
  expired(): boolean {
    if (!this.timedOut && performance.now() > this.deadline) this.timedOut = true;
    return this.timedOut;
  }

  get ms(): number {
    return Math.round(performance.now() - this.started);
  }
}
