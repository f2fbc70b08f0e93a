import { execFileSync } from 'node:child_process';
import { Agent, request } from 'node:http';
import { cannon } from './load.js';
import type { LoggedServer } from './server.js';

interface Tracked {
  started: number;
  ended?: number;
  status?: number;
  /** A socket error code (ECONNREFUSED, ECONNRESET...), or GRAPHQL_ERRORS:<first error's code> for an answer with errors. */
  error?: string;
}

/** GRAPHQL_ERRORS with the first error's code (TIMEOUT, ...), so that a failure says what it was; undefined without errors. */
function graphqlErrors(text: string): string | undefined {
  if (!text.includes('"errors":[')) return undefined;
  return `GRAPHQL_ERRORS:${/"code":"([A-Z_]+)"/.exec(text)?.[1] ?? 'no code'}`;
}

/** One POST on a kept-alive socket; resolves with what happened, never rejects. */
function post(url: URL, body: string, agent: Agent): Promise<Tracked> {
  const record: Tracked = { started: performance.now() };
  return new Promise((resolve) => {
    const done = (patch: Partial<Tracked>) => resolve(Object.assign(record, { ended: performance.now() }, patch));
    const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
    const req = request(url, { method: 'POST', agent, headers, timeout: 30_000 }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done({ status: res.statusCode, error: graphqlErrors(text) }));
      res.on('error', (error: NodeJS.ErrnoException) => done({ error: error.code ?? error.message }));
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'TIMEOUT' })));
    req.on('error', (error: NodeJS.ErrnoException) => done({ error: error.code ?? error.message }));
    req.end(body);
  });
}

/** When the server logged `msg`, in ms after `since` (epoch ms): pino's `time` field. */
function loggedAt(lines: LoggedServer['lines'], msg: string, since: number): number | null {
  const entry = lines.find(({ line }) => line.includes(`"msg":"${msg}"`));
  return entry ? (JSON.parse(entry.line) as { time: number }).time - since : null;
}

/** The server's open sockets, and how many hold bytes it has not read yet (Recv-Q, from `ss`); null without ss. */
function unreadSockets(port: string): { sockets: number; unread: number } | null {
  try {
    const rows = execFileSync('ss', ['-tnH', 'state', 'established', `( sport = :${port} )`], { encoding: 'utf8', timeout: 5000 })
      .trim()
      .split('\n')
      .filter(Boolean);
    return { sockets: rows.length, unread: rows.filter((row) => Number(row.trim().split(/\s+/)[0]) > 0).length };
  } catch {
    return null;
  }
}

export interface ShutdownRun {
  autocannon: {
    connections: number;
    requests: number;
    non2xx: number;
    errorsBeforeStopping: Record<string, number>;
    errorsAfterStopping: Record<string, number>;
    timeouts: number;
  };
  tracked: {
    connections: number;
    total: number;
    /** Sent before the server began stopping and not yet answered then. */
    inFlight: number;
    inFlightCompleted: number;
    /** Answered 503 TIMEOUT by the execution time limit: queued behind the load past it, answered, not lost. */
    inFlightTimedOut: number;
    inFlightFailed: number;
    /** The first failed ones: the error, and when they were sent and ended. */
    failures: string[];
    /** Of those in flight, how many were sent even before the signal was. */
    sentBeforeSignal: number;
    failedSentBeforeSignal: number;
    /** Requests sent after the server began stopping, by outcome. */
    afterStopping: Record<string, number>;
  };
  drainMs: number;
  /** Just before the signal: server sockets, and those holding a request the server has not read yet. */
  unread: { sockets: number; unread: number } | null;
  /** From the signal to the server's 'shutting down' and 'stopped' lines: its thread was busy meanwhile. */
  loggedMs: { shuttingDown: number | null; stopped: number | null };
  exit: { code: number | null; signal: string | null };
  loggedStopped: boolean;
  /** Requests the server logged as answered after its 'shutting down' line. */
  answeredWhileStopping: number;
  errorLines: string[];
}

/**
 * Load from autocannon plus `tracked` clients whose every request is followed; SIGTERM at
 * `sigtermAfterS`. Every tracked request on its way when the server began stopping must be
 * answered: 200 without errors, or the execution limit's 503 TIMEOUT (two cores saturated at L
 * can queue a long request past the limit; that is the limit answering, not the drain losing it). Requests sent later may be refused: the server has stopped listening.
 */
export async function sigtermUnderLoad(
  server: LoggedServer,
  next: () => string,
  { connections, tracked, sigtermAfterS }: { connections: number; tracked: number; sigtermAfterS: number },
): Promise<ShutdownRun> {
  const url = new URL(server.url);
  let exited = false;
  const exit = server.exited.then((outcome) => ((exited = true), outcome));
  const load = cannon({
    url: url.origin,
    connections,
    duration: sigtermAfterS + 60,
    timeout: 30,
    requests: [{ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, setupRequest: (r) => ({ ...r, body: next() }) }],
  });
  const loadErrors: { at: number; code: string }[] = [];
  load.instance.on('reqError', (error: NodeJS.ErrnoException) => loadErrors.push({ at: performance.now(), code: error.code ?? error.message }));
  const agent = new Agent({ keepAlive: true, maxSockets: tracked });
  const records: Tracked[] = [];
  const loops = Array.from({ length: tracked }, async () => {
    // Bounded by count as well as by the server's exit.
    for (let i = 0; i < 10_000 && !exited; i++) {
      const record = await post(url, next(), agent);
      records.push(record);
      if (record.error === 'ECONNREFUSED') await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  await new Promise((resolve) => setTimeout(resolve, sigtermAfterS * 1000));
  const unread = unreadSockets(url.port);
  const sigtermAt = performance.now();
  const sigtermWall = Date.now();
  server.child.kill('SIGTERM');
  const deadline = setTimeout(() => server.child.kill('SIGKILL'), 60_000);
  const outcome = await exit;
  clearTimeout(deadline);
  const drainMs = Math.round(performance.now() - sigtermAt);
  load.instance.stop();
  const loaded = await load.result;
  await Promise.all(loops);
  agent.destroy();

  // A busy server runs its SIGTERM handler late: it starts stopping when it logs 'shutting down'.
  const loggedMs = {
    shuttingDown: loggedAt(server.lines, 'shutting down: finishing in-flight requests', sigtermWall),
    stopped: loggedAt(server.lines, 'stopped', sigtermWall),
  };
  const stoppingAt = sigtermAt + (loggedMs.shuttingDown ?? 0);
  const inFlight = records.filter((r) => r.started < stoppingAt && r.ended! >= stoppingAt);
  const timedOut = inFlight.filter((r) => r.status === 503 && r.error === 'GRAPHQL_ERRORS:TIMEOUT');
  const failed = inFlight.filter((r) => (r.status !== 200 || r.error) && !timedOut.includes(r));
  const tally = (items: { code: string }[]) => items.reduce<Record<string, number>>((n, { code }) => ({ ...n, [code]: (n[code] ?? 0) + 1 }), {});
  const later = records.filter((r) => r.started >= stoppingAt).map((r) => ({ code: r.error ?? String(r.status) }));
  const errorsBy = (before: boolean) => tally(loadErrors.filter((e) => e.at < stoppingAt === before));
  return {
    autocannon: {
      connections,
      requests: loaded.requests.total,
      non2xx: loaded.non2xx,
      errorsBeforeStopping: errorsBy(true),
      errorsAfterStopping: errorsBy(false),
      timeouts: loaded.timeouts,
    },
    tracked: {
      connections: tracked,
      total: records.length,
      inFlight: inFlight.length,
      inFlightCompleted: inFlight.length - failed.length - timedOut.length,
      inFlightTimedOut: timedOut.length,
      inFlightFailed: failed.length,
      failures: failed
        .slice(0, 5)
        .map(
          (r) =>
            `${r.status ?? 'no answer'} ${r.error ?? ''}: sent ${Math.round(stoppingAt - r.started)} ms before the server began stopping, ended ${Math.round(r.ended! - stoppingAt)} ms after`,
        ),
      sentBeforeSignal: inFlight.filter((r) => r.started < sigtermAt).length,
      failedSentBeforeSignal: failed.filter((r) => r.started < sigtermAt).length,
      afterStopping: tally(later),
    },
    drainMs,
    unread,
    loggedMs,
    exit: { code: outcome.code, signal: outcome.signal },
    loggedStopped: server.lines.some(({ line }) => line.includes('"msg":"stopped"')),
    answeredWhileStopping:
      server.answered() - (server.lines.find(({ line }) => line.includes('"msg":"shutting down')) ?? { answeredBefore: server.answered() }).answeredBefore,
    errorLines: server.lines
      .filter(({ line }) => /"level":(50|60)/.test(line))
      .map(({ line }) => line.slice(0, 300))
      .slice(0, 5),
  };
}
