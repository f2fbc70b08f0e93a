import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stampedBuild } from './stamped-build.js';

// `npm run build:dashboard`: the example dashboard (dashboard/, built on the SDK in sdk/) as static
// files in dist/dashboard, served at /dashboard. Like the playground, `npm start` runs it compiled
// and skips the bundle when its inputs hash to the stamp of the last build; `--force` rebuilds.
const OUT = 'dist/dashboard';
// Everything the bundle is made from: sdk/ holds the generated documents, the lockfile stands for node_modules.
const INPUTS = ['dashboard', 'sdk', 'package-lock.json', 'scripts/build-dashboard.ts', 'scripts/stamped-build.ts'];

await stampedBuild(OUT, INPUTS, async () => {
  const { build } = await import('esbuild');
  await build({
    // dashboard.js, and dashboard.css from the stylesheet it imports.
    entryPoints: { dashboard: 'dashboard/main.ts' },
    outdir: join(OUT, 'assets'),
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    logLevel: 'warning',
    // graphql-js reads NODE_ENV to choose its development checks.
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  await copyFile('dashboard/index.html', join(OUT, 'index.html'));
});
