import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from 'pino';
import type { RateLimitState, RequestInfo } from '../http/request-info.js';
import { limitError } from './limits.js';

export interface ThrottleConfig {
  /** RATE_LIMIT_POINTS: points a client may spend per window. */
  points: number;
  /** RATE_LIMIT_WINDOW_S */
  windowSeconds: number;
  /** RATE_LIMIT_LOOPBACK=on: throttle loopback clients too (off by default, for local use and tests). */
  loopback: boolean;
  /** TRUST_PROXY=1: key clients by the first X-Forwarded-For address (behind a load balancer). */
  trustProxy: boolean;
}

export const DEFAULT_THROTTLE: ThrottleConfig = { points: 5_000, windowSeconds: 60, loopback: false, trustProxy: false };

/**
 * Per-client cost points per time window (rate-limiter-flexible; its Redis and PostgreSQL stores
 * share counters between replicas). A request costs 1 point plus 1 per 100 potential nodes, as
 * GitHub counts. Loopback clients are counted but never refused unless configured.
 */
export class Throttle {
  constructor(
    readonly config: ThrottleConfig,
    private readonly logger: Logger,
    private readonly limiter: RateLimiterAbstract = new RateLimiterMemory({ points: config.points, duration: config.windowSeconds }),
  ) {}

  static pointsFor(requestedNodes: number): number {
    return 1 + Math.floor(requestedNodes / 100);
  }

  private exempt(info: RequestInfo): boolean {
    return info.loopback && !this.config.loopback;
  }

  private state(res: RateLimiterRes, cost: number): RateLimitState {
    const used = Math.min(res.consumedPoints, this.config.points);
    return { cost, limit: this.config.points, used, remaining: this.config.points - used, resetAt: new Date(Date.now() + res.msBeforeNext) };
  }

  private refusal(state: RateLimitState, asked: number) {
    const retryAfter = Math.max(1, Math.ceil((state.resetAt.getTime() - Date.now()) / 1000));
    return limitError(
      'RATE_LIMITED',
      `Rate limit exceeded: this client may spend ${this.config.points} points per ${this.config.windowSeconds} s and has ${state.remaining} left; this request needs ${asked}. Retry after ${retryAfter} s.`,
      { limit: this.config.points, found: asked },
      429,
      [['retry-after', String(retryAfter)]],
    );
  }

  /** Charges the request; throws RATE_LIMITED (429 with Retry-After) when the budget is spent. */
  async consume(info: RequestInfo, points: number): Promise<RateLimitState> {
    try {
      return this.state(await this.limiter.consume(info.client, points), points);
    } catch (outcome) {
      // A store failure must not take the API down with it: let the request through.
      if (!(outcome instanceof RateLimiterRes)) {
        this.logger.warn({ err: outcome }, 'throttle store failed; request not counted');
        return { cost: points, limit: this.config.points, used: 0, remaining: this.config.points, resetAt: new Date() };
      }
      const state = this.state(outcome, points);
      if (this.exempt(info)) return state;
      throw this.refusal(state, points);
    }
  }

  /** Before any parsing: refuses a client whose budget is already spent. */
  async precheck(info: RequestInfo): Promise<void> {
    if (this.exempt(info)) return;
    const res = await this.limiter.get(info.client).catch(() => null);
    if (res && res.consumedPoints >= this.config.points) throw this.refusal(this.state(res, 1), 1);
  }
}
