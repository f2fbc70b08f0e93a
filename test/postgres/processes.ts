import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';

// Server and import processes as an operator runs them, through tsx (as `npm run dev` does).
const TSX = ['--import', 'tsx'];

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** What a server that refused to start left: its exit code and its standard error. */
export interface Refusal {
  code: number | null;
  stderr: string;
}

/** Starts `src/main.ts` with `env`; resolves with its URL once it serves, or rejects with its Refusal. */
export function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...TSX, 'src/main.ts'], {
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => setImmediate(() => reject({ code, stderr } satisfies Refusal)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg !== 'Plan Graph is serving') return;
      resolve({
        url: entry.url!,
        child,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}

/** The refusal of a server that must not start. */
export async function refusalOf(env: Record<string, string>): Promise<Refusal> {
  try {
    const server = await startServer(env);
    await server.stop();
  } catch (refusal) {
    return refusal as Refusal;
  }
  throw new Error('the server started');
}

/** `npm run import` into the database at `url`. */
export async function runImport(url: string): Promise<void> {
  await promisify(execFile)(process.execPath, [...TSX, 'src/import/cli.ts'], { env: { ...process.env, DATABASE_URL: url } });
}
