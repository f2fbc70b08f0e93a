import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stampedBuild } from './stamped-build.js';

// `npm run build:playground`: GraphiQL, its styles and Monaco's workers as static files in
// dist/playground, with the canonical operations as the opening tabs. No CDN at run time.
// `npm start` runs it too, compiled by tsc (so production needs no tsx); it skips the bundle when
// its inputs hash to the stamp of the last build. `--force` rebuilds anyway.
const OUT = 'dist/playground';
const OPERATIONS = 'schema/operations';
const FIRST = 'province-overview.graphql';
// Everything the bundle is made from: the lockfile stands for node_modules.
const INPUTS = ['playground', OPERATIONS, 'package-lock.json', 'scripts/build-playground.ts', 'scripts/stamped-build.ts'];

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

await stampedBuild(OUT, INPUTS, async () => {
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
});
