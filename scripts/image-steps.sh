#!/usr/bin/env bash
# The Dockerfile's steps without Docker (no Docker engine runs on the build machine), in scratch
# folders under /tmp:
#   1. context: the work tree less what .dockerignore excludes (Docker's matching rules);
#   2. build:   `npm ci && npm run build` in a copy of it (the build stage);
#   3. deps:    `npm ci --omit=dev` beside package.json and package-lock.json alone (the deps stage);
#   4. app:     the final stage's COPY lines, read from the Dockerfile and carried out, and data/.
# Then every import in app/dist must resolve inside app/ and name no devDependency, and
# `node dist/src/main.js` runs in app/ with NODE_ENV=production on SQLite (no DATABASE_URL); as root
# it runs as nobody, as the image runs as `node`: files it cannot write, data/ it can. The script
# waits for the Dockerfile's own HEALTHCHECK command and /ready, queries the graph, a persisted
# query, the playground, the dashboard and /metrics, then sends SIGTERM and expects exit 0.
# --postgres adds docker-compose.yml's order on a throwaway cluster (scripts/postgres-cluster.sh):
# the server refuses an empty database in one line, the import CLI loads it, two replicas with
# TRUST_PROXY=on answer alike and share their throttle counters. Takes minutes; not part of CI.
# Usage: bash scripts/image-steps.sh [--postgres] [--keep]     (--keep leaves the scratch folders)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
postgres=0 keep=0
for arg in "$@"; do
  case "$arg" in
    --postgres) postgres=1 ;;
    --keep) keep=1 ;;
    *) echo "usage: bash scripts/image-steps.sh [--postgres] [--keep]" >&2 && exit 2 ;;
  esac
done
work="$(mktemp -d /tmp/plan-graph-image.XXXXXX)"
chmod 755 "$work"
pids=()
cluster=""
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -z "$cluster" ] || bash "$repo/scripts/postgres-cluster.sh" stop "$cluster" || true
  if [ "$keep" = 1 ]; then echo "scratch folders kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
step() { printf '\n== %s\n' "$*"; }
# The image's USER is node; here, as root, nobody (setpriv execs: the pid stays the server's).
as_user() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"; else "$@"; fi; }
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

# The steps that need more than a shell: context, runtime, imports, smoke.
cat >"$work/steps.mjs" <<'EOF'
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { basename, dirname, join, posix, relative, resolve } from 'node:path';

const [mode, ...args] = process.argv.slice(2);
const fail = (message) => {
  console.error(`FAILED: ${message}`);
  process.exit(1);
};

// A .dockerignore pattern as Docker reads it: from the context's root, `*` and `?` within a name,
// `**` across folders, `!` re-includes; a path is excluded when it or a parent folder matches.
function pattern(line) {
  const negate = line.startsWith('!');
  const glob = posix.normalize((negate ? line.slice(1) : line).trim()).replace(/^\/+|\/+$/g, '');
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    if (glob.startsWith('**/', i)) (source += '(?:.*/)?'), (i += 2);
    else if (glob.startsWith('**', i)) (source += '.*'), (i += 1);
    else if (glob[i] === '*') source += '[^/]*';
    else if (glob[i] === '?') source += '[^/]';
    else source += glob[i].replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return { negate, re: new RegExp(`^${source}$`) };
}

function copyContext(repo, dest) {
  const rules = readFileSync(join(repo, '.dockerignore'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.trim().startsWith('#'))
    .map(pattern);
  const excluded = (rel) => {
    const parents = rel.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));
    return rules.reduce((out, rule) => (parents.some((p) => rule.re.test(p)) ? !rule.negate : out), false);
  };
  const walk = (rel) => {
    for (const entry of readdirSync(join(repo, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      // An excluded folder is skipped whole unless a `!` rule may take something in it back.
      if (entry.isDirectory()) (!excluded(path) || rules.some((rule) => rule.negate)) && walk(path);
      else if (!excluded(path)) cpSync(join(repo, path), join(dest, path), { verbatimSymlinks: true });
    }
  };
  mkdirSync(dest, { recursive: true });
  walk('');
}

// The Dockerfile as [instruction, arguments], by stage.
function stages(dockerfile) {
  const out = [];
  for (const line of readFileSync(dockerfile, 'utf8').replace(/\\\n/g, ' ').split('\n')) {
    const m = /^\s*(\w+)\s+(.*)$/.exec(line);
    if (!m || line.trim().startsWith('#')) continue;
    if (m[1] === 'FROM') out.push({ name: m[2].split(/\s+AS\s+/i)[1] ?? '', steps: [] });
    else out.at(-1).steps.push([m[1], m[2].trim()]);
  }
  return out;
}

// The final stage's COPY lines: --from=<stage> from that stage's folder, else from the context.
function runtime(repo, work) {
  const final = stages(join(repo, 'Dockerfile')).at(-1);
  const workdir = final.steps.find(([op]) => op === 'WORKDIR')[1];
  const app = join(work, 'app');
  for (const [op, line] of final.steps.filter(([op]) => op === 'COPY')) {
    const words = line.split(/\s+/);
    const from = words[0].startsWith('--from=') ? words.shift().slice('--from='.length) : 'context';
    if (words[0].startsWith('--')) fail(`${op} ${line}: only --from= is carried out here`);
    const target = words.pop();
    for (const src of words) {
      const inStage = src.startsWith('/') ? posix.relative(workdir, src) : src;
      if (inStage.startsWith('..')) fail(`COPY ${line}: ${src} is outside ${workdir}`);
      const source = join(work, from, inStage);
      if (!existsSync(source)) fail(`COPY ${line}: ${from} has no ${inStage}`);
      const dest = resolve(app, target.endsWith('/') || words.length > 1 ? join(target, statSync(source).isDirectory() ? '' : basename(src)) : target);
      cpSync(source, dest, { recursive: true });
      console.log(`COPY ${from === 'context' ? '' : `--from=${from} `}${src} -> ${relative(app, dest) || '.'}`);
    }
  }
}

// Every import of app/dist's JavaScript, as TypeScript's scanner finds them (static and dynamic,
// never in comments or strings): relative ones exist, bare ones resolve from app/ and are
// dependencies of package.json (never devDependencies) or Node's own modules.
function imports(app) {
  const pkg = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
  const ts = createRequire(join(app, 'package.json'))('typescript');
  const files = readdirSync(join(app, 'dist'), { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => join(app, 'dist', f));
  const bare = new Set();
  for (const file of files)
    for (const { fileName: spec } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (spec.startsWith('.')) existsSync(resolve(dirname(file), spec)) || fail(`${relative(app, file)} imports ${spec}, which is not in the image`);
      else bare.add(spec);
    }
  const packages = [...bare].map((spec) => spec.replace(/^((?:@[^/]+\/)?[^/]+).*$/, '$1'));
  const foreign = packages.filter((name) => !builtinModules.includes(name.replace(/^node:/, '')) && !pkg.dependencies?.[name]);
  if (foreign.length) fail(`dist imports packages that are not dependencies: ${[...new Set(foreign)].join(', ')}`);
  // Resolved the way the server resolves them: as ES modules, from app/.
  const check = `for (const s of JSON.parse(process.argv[1])) import.meta.resolve(s)`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', check, JSON.stringify([...bare])], { cwd: app, encoding: 'utf8' });
  if (run.status !== 0) fail(`an import does not resolve in the production node_modules: ${run.stderr.split('\n').find((l) => l.includes('Error')) ?? run.stderr}`);
  console.log(`${files.length} files, ${bare.size} package imports (${new Set(packages).size} packages): all resolve, none is a devDependency`);
}

async function post(url, body, headers = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const json = await res.json();
  if (res.status !== 200 || json.errors) fail(`${JSON.stringify(body).slice(0, 80)}: HTTP ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
  return json.data;
}

async function smoke(repo, app, urls) {
  const health = JSON.parse(stages(join(repo, 'Dockerfile')).at(-1).steps.find(([op]) => op === 'HEALTHCHECK')[1].replace(/^.*?\bCMD\s+/, ''));
  for (const base of urls) {
    const started = Date.now();
    const env = { ...process.env, PORT: new URL(base).port };
    while (spawnSync(health[0], health.slice(1), { cwd: app, env }).status !== 0) {
      if (Date.now() - started > 120_000) fail(`${base}: the HEALTHCHECK command did not pass within 120 s`);
      await new Promise((r) => setTimeout(r, 250));
    }
    while ((await fetch(`${base}/ready`)).status !== 200) {
      if (Date.now() - started > 120_000) fail(`${base}: /ready did not answer 200 within 120 s`);
      await new Promise((r) => setTimeout(r, 250));
    }
    console.log(`${base}: HEALTHCHECK passed and /ready answered 200 after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const query = '{ provinces(first: 1) { totalCount nodes { name } } }';
    const data = await post(`${base}/graphql`, { query });
    if (!(data.provinces.totalCount > 0)) fail(`${query}: no provinces`);
    console.log(`${query} -> ${JSON.stringify(data)}`);
    const documents = JSON.parse(readFileSync(join(app, 'sdk/generated/persisted-documents.json'), 'utf8'));
    const [hash, text] = Object.entries(documents).find(([, doc]) => !/^query \w+\([^)]*!/.test(doc));
    await post(`${base}/graphql`, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    console.log(`persisted query ${text.match(/^query (\w+)/)[1]} by its hash alone: answered`);
    for (const path of ['/playground', '/dashboard', '/metrics', '/health']) {
      const res = await fetch(base + path);
      if (res.status !== 200) fail(`${path}: HTTP ${res.status}`);
      await res.arrayBuffer();
    }
    console.log('/playground, /dashboard, /metrics, /health: 200');
  }
  if (urls.length < 2) return;
  // Two replicas: the same graph, and one throttle budget per client whichever replica it reaches.
  const answers = await Promise.all(urls.map((u) => post(`${u}/graphql`, { query: '{ provinces(first: 100) { nodes { code name } } }' })));
  if (JSON.stringify(answers[0]) !== JSON.stringify(answers[1])) fail('the replicas answer differently');
  const client = { 'x-forwarded-for': '198.51.100.23' };
  const used = [];
  for (const u of [urls[0], urls[1], urls[0]]) used.push((await post(`${u}/graphql`, { query: '{ rateLimit { used } }' }, client)).rateLimit.used);
  if (!(used[0] < used[1] && used[1] < used[2])) fail(`throttle counters are not shared between the replicas: used ${used.join(', ')}`);
  console.log(`both replicas answer alike; one client (X-Forwarded-For) alternating between them used ${used.join(' -> ')} points: one shared budget`);
}

if (mode === 'context') copyContext(args[0], args[1]);
else if (mode === 'runtime') runtime(args[0], args[1]);
else if (mode === 'imports') imports(args[0]);
else if (mode === 'smoke') await smoke(args[0], args[1], args.slice(2));
else fail(`unknown step ${mode}`);
EOF
steps() { node "$work/steps.mjs" "$@"; }

step "1. context: $repo less .dockerignore"
steps context "$repo" "$work/context"
echo "$(find "$work/context" -type f | wc -l) files"
cp -a "$work/context" "$work/build"

step "2. build stage: npm ci && npm run build"
(cd "$work/build" && npm ci --no-audit --no-fund && npm run build)

step "3. deps stage: npm ci --omit=dev"
mkdir "$work/deps"
cp "$work/context/package.json" "$work/context/package-lock.json" "$work/deps/"
(cd "$work/deps" && npm ci --omit=dev --no-audit --no-fund)

step "4. final stage: the Dockerfile's COPY lines"
steps runtime "$repo" "$work"
mkdir "$work/app/data"
[ "$(id -u)" != 0 ] || chown nobody "$work/app/data"
(cd "$work/app" && du -sh node_modules dist fixtures | tr '\n' ' ' && echo)

step "imports in app/dist"
steps imports "$work/app"

# serve NAME VAR=VALUE...: starts the server in app/ (log in NAME.log); sets url and pid.
serve() {
  local name=$1 port run
  shift
  port="$(free_port)"
  run=(env -u DATABASE_URL -u DATABASE_READ_URLS NODE_ENV=production HOST=127.0.0.1 PORT="$port" "$@" node dist/src/main.js)
  [ "$(id -u)" != 0 ] || run=(setpriv --reuid=nobody --regid=nogroup --clear-groups -- "${run[@]}")
  (cd "$work/app" && exec "${run[@]}" >"$work/$name.log" 2>&1) &
  pid=$!
  pids+=("$pid")
  url="http://127.0.0.1:$port"
}
# stop PID NAME: SIGTERM, then the server must drain and exit 0.
stop() {
  kill -TERM "$1"
  if wait "$1"; then echo "$2: SIGTERM -> drained and exited 0"; else
    echo "$2: exit code $? after SIGTERM" >&2 && tail -5 "$work/$2.log" >&2 && exit 1
  fi
}

step "the server on SQLite, NODE_ENV=production"
serve sqlite
steps smoke "$repo" "$work/app" "$url" || { tail -20 "$work/sqlite.log" >&2 && exit 1; }
stop "$pid" sqlite

if [ "$postgres" = 1 ]; then
  step "PostgreSQL, in docker-compose.yml's order, on a throwaway cluster"
  cluster="$work/pg"
  db="$(bash "$repo/scripts/postgres-cluster.sh" start "$cluster")"
  echo "before the import, the server must refuse to start, in one line:"
  if (cd "$work/app" && as_user timeout 60 env NODE_ENV=production PORT=0 DATABASE_URL="$db" node dist/src/main.js >"$work/refused.log" 2>&1); then
    echo "FAILED: it started on an empty database" >&2 && exit 1
  fi
  cat "$work/refused.log"
  [ "$(wc -l <"$work/refused.log")" = 1 ] || { echo "FAILED: not one line" >&2 && exit 1; }
  echo "the import job, node dist/src/import/cli.js:"
  (cd "$work/app" && as_user env NODE_ENV=production DATABASE_URL="$db" node dist/src/import/cli.js | tail -1)
  serve api-1 DATABASE_URL="$db" TRUST_PROXY=on
  first="$url" first_pid="$pid"
  serve api-2 DATABASE_URL="$db" TRUST_PROXY=on
  steps smoke "$repo" "$work/app" "$first" "$url" || { tail -20 "$work/api-1.log" "$work/api-2.log" >&2 && exit 1; }
  stop "$first_pid" api-1
  stop "$pid" api-2
fi
step "done: the production-only layout builds and serves"
