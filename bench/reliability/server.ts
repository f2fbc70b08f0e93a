import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { generate, writeDataset } from '../generate.js';
import { peakRssMb, type Server, startServer } from '../processes.js';

/** The real server from source, as `npm run dev` runs it, but in production mode. */
export const SERVER_ARGS = ['--import', 'tsx', 'src/main.ts'];
export const OUT = join('bench', 'out', 'reliability');

/** A port nobody listens on now, on loopback only (the server is then started on it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Settings every reliability server shares; each phase adds its own. */
export function serverEnv(db: string, fixtures: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { NODE_ENV: 'production', HOST: '127.0.0.1', DATABASE_PATH: db, FIXTURES_DIR: fixtures, LOG_LEVEL: 'warn', ...extra };
}

/** Starts the server on a free loopback port with the shared harness (bench/processes.ts). */
export async function start(name: string, env: NodeJS.ProcessEnv): Promise<Server> {
  const port = await freePort();
  return startServer(name, SERVER_ARGS, { ...env, PORT: String(port) }, port);
}

/** The synthetic L dataset of the benchmark, written once (bench/data is git-ignored). */
export async function datasetL(): Promise<string> {
  const dir = join('bench', 'data', 'L');
  return existsSync(join(dir, 'targets.yaml')) ? dir : writeDataset('L', await generate('L'));
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? Math.round(Number(line[1]) / 1024) : NaN;
}

export interface Memory {
  startMb: number;
  endMb: number;
  /** RSS at the start, a quarter, half and three quarters of the way, and the end. */
  trendMb: number[];
  /** VmHWM: the most the process ever held. */
  peakMb: number;
  samples: number;
}

/** Samples resident memory every `everyMs` until stopped; growth shows as end against start. */
export function sampleMemory(pid: number, everyMs = 500): { stop(): Memory } {
  const samples = [rssMb(pid)];
  const timer = setInterval(() => samples.push(rssMb(pid)), everyMs);
  return {
    stop() {
      clearInterval(timer);
      samples.push(rssMb(pid));
      const trendMb = [0, 0.25, 0.5, 0.75, 1].map((q) => samples[Math.round(q * (samples.length - 1))]!);
      return { startMb: samples[0]!, endMb: samples.at(-1)!, trendMb, peakMb: peakRssMb(pid), samples: samples.length };
    },
  };
}

export interface LoggedServer {
  url: string;
  child: ChildProcess;
  /** The log without the per-request lines, each with how many requests had been logged before it. */
  lines: { line: string; answeredBefore: number }[];
  /** Requests logged as answered ("graphql request" lines). */
  answered(): number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts the server with PORT=0 and keeps its log: the URL comes from the "serving" line, and the
 * SIGTERM phase reads the shutdown lines and the exit code.
 */
export async function startLogged(env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<LoggedServer> {
  const child = spawn(process.execPath, SERVER_ARGS, { env: { ...process.env, ...env, PORT: '0', LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const lines: { line: string; answeredBefore: number }[] = [];
  let answered = 0;
  let rest = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not log "Plan Graph is serving" within ${timeoutMs} ms`)), timeoutMs);
    void exited.then(({ code }) => reject(new Error(`the server exited with ${code} before serving`)));
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const line of parts) {
        // Keep the lines that say something about the process; count the one line per request.
        if (line.includes('"msg":"graphql request"')) answered++;
        else lines.push({ line, answeredBefore: answered });
        const served = /"url":"(http:\/\/127\.0\.0\.1:\d+\/graphql)".*"msg":"Plan Graph is serving"/.exec(line);
        if (served) {
          clearTimeout(timer);
          resolve(served[1]!);
        }
      }
    });
  });
  return { url, child, lines, answered: () => answered, exited };
}
