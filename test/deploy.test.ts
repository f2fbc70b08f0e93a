import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Docker is not on the build machine: the image and the compose file are checked here, statically,
// against the build and the server's settings (scripts/image-steps.sh runs the image's steps).
type Service = Partial<Record<'image' | 'restart', string> & Record<'command' | 'volumes' | 'ports', string[]>> & {
  environment?: Record<string, string> | string[];
  deploy?: { replicas?: number };
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
};
const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as { services: Record<string, Service> };
const { postgres, import: importer, api, lb } = compose.services;
const env = (s: Service): Record<string, string> =>
  Array.isArray(s.environment) ? Object.fromEntries(s.environment.map((e) => e.split(/=(.*)/s) as [string, string])) : (s.environment ?? {});
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string>; dependencies: Record<string, string> };

// What `npm run build` writes: tsc's outputs for tsconfig.build.json, then each bundle script's OUT folder.
const tsconfig = ts.parseJsonConfigFileContent(ts.readConfigFile('tsconfig.build.json', ts.sys.readFile).config, ts.sys, process.cwd());
const outDir = relative(process.cwd(), tsconfig.options.outDir!);
const compiled = tsconfig.fileNames.map((file) => join(outDir, relative(tsconfig.options.rootDir!, file)).replace(/\.ts$/, '.js'));
const bundleScripts = [...pkg.scripts.build!.matchAll(/node (\S+)/g)].map((m) => m[1]!);
const bundles = bundleScripts.map((script) => readFileSync(script.replace(/^dist\/(.*)\.js$/, '$1.ts'), 'utf8').match(/const OUT = '([^']+)'/)![1]!);
const built = (path: string) =>
  compiled.some((file) => file === path || file.startsWith(`${path}/`)) || bundles.some((out) => path === out || path.startsWith(`${out}/`));

// The Dockerfile as instructions (continuations joined, comments dropped), grouped by stage.
const instructions = readFileSync('Dockerfile', 'utf8')
  .replace(/\\\n/g, ' ')
  .split('\n')
  .filter((line) => line.trim() && !line.trim().startsWith('#'))
  .map((line) => /^(\w+)\s+(.*)$/.exec(line.trim())!.slice(1) as [string, string]);
const stages: { name: string; steps: [string, string][] }[] = [];
for (const [op, args] of instructions)
  if (op === 'FROM') stages.push({ name: args.split(/\s+AS\s+/i)[1] ?? '', steps: [] });
  else stages.at(-1)!.steps.push([op, args]);
const final = stages.at(-1)!;
const args = (op: string, stage = final) => stage.steps.filter(([o]) => o === op).map(([, a]) => a);
const workdir = args('WORKDIR')[0]!;
const copies = args('COPY')
  .map((a) => a.split(/\s+/))
  .flatMap((w) => {
    const from = w[0]!.startsWith('--from=') ? w.shift()!.slice(7) : null;
    return w.slice(0, -1).map((src) => ({ from, src }));
  });

describe('docker-compose.yml', () => {
  it('has the database, the import job, two api replicas and the load balancer', () => {
    expect(postgres?.image).toMatch(/^postgres:16/);
    expect(importer && lb).toBeTruthy();
    expect(api?.deploy?.replicas).toBeGreaterThanOrEqual(2);
  });

  it("points the import and the api at the postgres service with the compose's user, password and database", () => {
    const db = env(postgres!);
    for (const service of [importer!, api!]) {
      const url = new URL(env(service).DATABASE_URL!);
      expect([url.protocol, url.hostname, url.port]).toEqual(['postgres:', 'postgres', '5432']);
      expect([url.username, url.password, url.pathname]).toEqual([db.POSTGRES_USER, db.POSTGRES_PASSWORD, `/${db.POSTGRES_DB}`]);
    }
    expect(postgres!.healthcheck!.test.join(' ')).toContain('pg_isready');
  });

  it('runs the import CLI once after the database is healthy; the api waits for it to succeed', () => {
    expect(importer!.command).toEqual(['node', 'dist/src/import/cli.js']);
    expect(built(importer!.command![1]!)).toBe(true);
    expect(importer!.restart).toBe('no');
    expect(importer!.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(api!.depends_on?.import?.condition).toBe('service_completed_successfully');
  });

  it("checks each replica's /ready on the port it listens on, and trusts the proxy's X-Forwarded-For", () => {
    const port = env(api!).PORT ?? '4000';
    expect(api!.healthcheck!.test.join(' ')).toContain(`127.0.0.1:${port}/ready`);
    expect(env(api!).TRUST_PROXY).toMatch(/^(1|true|on|yes)$/);
    expect(lb!.depends_on?.api?.condition).toBe('service_healthy');
  });
});

describe('deploy/nginx.conf', () => {
  const conf = readFileSync('deploy/nginx.conf', 'utf8').replace(/#.*$/gm, '');
  const [, upstream, body] = conf.match(/upstream (\w+) \{([^}]*)\}/)!;

  it("balances over the api service on the api's PORT, behind the port the compose file publishes", () => {
    expect([...body!.matchAll(/server (\S+?)(?:\s|;)/g)].map((m) => m[1])).toEqual([`api:${env(api!).PORT ?? '4000'}`]);
    expect(conf).toContain(`proxy_pass http://${upstream};`);
    expect(lb!.volumes).toContain('./deploy/nginx.conf:/etc/nginx/nginx.conf:ro');
    expect(lb!.ports).toContain(`8080:${conf.match(/listen (\d+);/)![1]}`);
  });

  it('forwards the client address and keeps connections to the replicas open', () => {
    expect(conf).toMatch(/proxy_set_header X-Forwarded-For \$(remote_addr|proxy_add_x_forwarded_for);/);
    expect(body).toMatch(/keepalive \d+;/);
    expect(conf).toContain('proxy_set_header Connection "";');
  });
});

describe('Dockerfile', () => {
  it('runs as a non-root user in production mode, the way npm start does', () => {
    expect(args('USER').at(-1)).toMatch(/^(?!root$|0$)\w+/);
    expect(args('ENV')).toContain('NODE_ENV=production');
    expect(JSON.parse(args('CMD').at(-1)!)).toEqual(['node', [...pkg.scripts.start!.matchAll(/node (\S+)/g)].at(-1)![1]]);
    expect(args('HEALTHCHECK').at(-1)).toContain('/health');
  });

  it('takes node_modules from a stage that installs production dependencies only', () => {
    const source = stages.find((s) => s.name === copies.find((c) => c.src.endsWith('/node_modules'))?.from)!;
    expect(args('RUN', source).filter((run) => /npm (ci|install)/.test(run))).toEqual([expect.stringMatching(/^npm ci --omit=dev\b/)]);
  });

  it('copies from the build stage only what npm run build produces, and the rest from the sources', () => {
    const fromBuild = copies.filter((c) => c.from === 'build').map((c) => relative(workdir, c.src));
    expect(fromBuild).toEqual(expect.arrayContaining(['dist/src', 'dist/playground', 'dist/dashboard']));
    expect(fromBuild.filter((path) => !built(path))).toEqual([]);
    const ignored = readFileSync('.dockerignore', 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist']));
    for (const { src } of copies.filter((c) => c.from === null)) expect([src, existsSync(src), ignored.includes(src)]).toEqual([src, true, false]);
  });

  it('holds no code that imports a devDependency', () => {
    // Value imports of the server's sources (tsc drops `import type`), by package name.
    const bare = tsconfig.fileNames
      .filter((file) => relative(process.cwd(), file).startsWith('src/'))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)(?!\s+type\s)(?:[^'";]*?\sfrom)?\s*'([^'.][^']*)'/gm)])
      .map((m) => m[1]!.replace(/^((?:@[^/]+\/)?[^/]+).*$/, '$1'));
    expect([...new Set(bare)].filter((name) => !(name in pkg.dependencies) && !builtinModules.includes(name.replace(/^node:/, '')))).toEqual([]);
  });
});
