import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { RequestInfo } from '../http/request-info.js';
import { LIMIT_CODES } from '../limits/limits.js';

const LIMITS = new Set<string>(LIMIT_CODES);

/**
 * Prometheus metrics (prom-client) served at /metrics. Operation labels are limited to the
 * canonical operations' names (anything else is "other"), so clients cannot grow the label set.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'plan_graph_requests_total',
    help: 'GraphQL requests by operation and outcome (ok, error, rejected, server_error).',
    labelNames: ['operation', 'outcome'],
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'plan_graph_request_duration_seconds',
    help: 'GraphQL request latency, from the first byte read to the last byte sent.',
    labelNames: ['operation'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly cache = new Counter({
    name: 'plan_graph_response_cache_total',
    help: 'Response cache lookups by result.',
    labelNames: ['result'],
    registers: [this.registry],
  });
  private readonly rejected = new Counter({
    name: 'plan_graph_rejected_requests_total',
    help: 'Requests refused, by the limit they broke.',
    labelNames: ['limit'],
    registers: [this.registry],
  });

  private readonly heavy = new Counter({
    name: 'plan_graph_heavy_queries_total',
    help: 'Queries over HEAVY_NODES, by whether they waited for another heavy query to finish (HEAVY_CONCURRENCY).',
    labelNames: ['waited'],
    registers: [this.registry],
  });

  constructor(private readonly operations: ReadonlySet<string>) {
    collectDefaultMetrics({ register: this.registry });
  }

  observe(info: RequestInfo, status: number): void {
    const operation = info.operationName === null ? 'anonymous' : this.operations.has(info.operationName) ? info.operationName : 'other';
    const limit = info.errorCodes.find((code) => LIMITS.has(code));
    const outcome = status >= 500 && !limit ? 'server_error' : limit ? 'rejected' : info.errorCodes.length || status >= 400 ? 'error' : 'ok';
    this.requests.inc({ operation, outcome });
    this.duration.observe({ operation }, (performance.now() - info.started) / 1000);
    if (info.cache) this.cache.inc({ result: info.cache === 'HIT' ? 'hit' : 'miss' });
    if (limit) this.rejected.inc({ limit });
    if (info.heavy) this.heavy.inc({ waited: info.heavy.waited ? 'yes' : 'no' });
  }
}
