import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

// The benchmark's PostgreSQL: a throwaway cluster on this machine (scripts/postgres-cluster.sh),
// one database per dataset, filled by the import CLI as an operator fills it.

export interface BenchCluster {
  url: string;
  version: string;
  stop(): void;
}

/** Starts a cluster, or says why not (PostgreSQL not installed): the benchmark then runs SQLite alone. */
export async function startCluster(): Promise<BenchCluster | string> {
  const dir = mkdtempSync(join(tmpdir(), 'plan-graph-bench-pg.'));
  let url: string;
  try {
    url = execFileSync('bash', ['scripts/postgres-cluster.sh', 'start', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return String((error as { stderr?: string }).stderr ?? error).trim();
  }
  const stop = () => {
    execFileSync('bash', ['scripts/postgres-cluster.sh', 'stop', dir], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ server_version: string }>('show server_version');
  await client.end();
  return { url, version: rows[0]!.server_version, stop };
}

/** A new database `name` in the cluster, imported from `fixturesDir` by the compiled import CLI; the import's wall time in ms. */
export async function importedDatabase(cluster: BenchCluster, name: string, fixturesDir: string): Promise<{ url: string; importMs: number }> {
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(cluster.url);
  url.pathname = `/${name}`;
  const started = performance.now();
  execFileSync(process.execPath, ['dist/src/import/cli.js'], {
    env: { ...process.env, DATABASE_URL: url.toString(), FIXTURES_DIR: fixturesDir, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { url: url.toString(), importMs: performance.now() - started };
}
