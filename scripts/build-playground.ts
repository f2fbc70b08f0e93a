import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// `npm run build:playground`: GraphiQL, its styles and Monaco's workers as static files in
// dist/playground, with the canonical operations as the opening tabs. No CDN at run time.
// `npm start` runs it too, compiled by tsc (so production needs no tsx); it skips the bundle when
// its inputs hash to the stamp of the last build. `--force` rebuilds anyway.
const OUT = 'dist/playground';
const STAMP = join(OUT, 'inputs.sha256');
const OPERATIONS = 'schema/operations';
const FIRST = 'province-overview.graphql';
// Everything the bundle is made from: the lockfile stands for node_modules.
const INPUTS = ['playground', OPERATIONS, 'package-lock.json', 'scripts/build-playground.ts'];

async function canonicalOperations(): Promise<{ query: string; variables?: string }[]> {
  const files = (await readdir(OPERATIONS))
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => Number(b === FIRST) - Number(a === FIRST) || a.localeCompare(b));
  return Promise.all(
    files.map(async (file) => {
      const query = await readFile(join(OPERATIONS, file), 'utf8');
      const variables = /^# Variables: (.*)$/m.exec(query)?.[1];
      return variables ? { query, variables: JSON.stringify(JSON.parse(variables), null, 2) } : { query };
    }),
  );
}

/** The files under `input` (or `input` itself if it is a file; none if it is missing). */
async function filesOf(input: string): Promise<string[]> {
  try {
    const entries = await readdir(input, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') return [input];
    if (code === 'ENOENT') return [];
    throw error;
  }
}

/** sha256 over the path and bytes of every input file, in a stable order. */
async function inputsHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    const files = (await filesOf(input)).sort();
    if (files.length === 0) hash.update(`${input}\0missing\0`);
    for (const file of files) {
      hash.update(`${file}\0`);
      hash.update(await readFile(file));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

const inputs = await inputsHash();
const built = await readFile(STAMP, 'utf8').catch(() => null);
if (built?.trim() === inputs && !process.argv.includes('--force')) {
  process.stdout.write(`${OUT} is up to date\n`);
} else {
  // The stamp is removed with the old build and written last, so an interrupted build reruns.
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  // Loaded only when there is something to build: it is a tenth of the up-to-date check's time.
  const { build } = await import('esbuild');
  await build({
    entryPoints: {
      playground: 'playground/main.tsx',
      'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
      'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
      'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
    },
    outdir: join(OUT, 'assets'),
    bundle: true,
    format: 'iife',
    minify: true,
    jsx: 'automatic',
    loader: { '.ttf': 'file' },
    logLevel: 'warning',
    define: {
      'process.env.NODE_ENV': '"production"',
      __PLAN_GRAPH_OPERATIONS__: JSON.stringify(await canonicalOperations()),
    },
  });
  await copyFile('playground/index.html', join(OUT, 'index.html'));
  await writeFile(STAMP, `${inputs}\n`);
  process.stdout.write(`built ${OUT}\n`);
}
