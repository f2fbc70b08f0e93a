import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** Tests that drive a real browser: `npm run test:browser` (vitest.browser.config.ts), not `npm test`. */
export const BROWSER_TESTS = ['test/playground.test.ts', 'test/dashboard.test.ts'];

/** Tests of PostgreSQL itself (replicas, start-up refusals): in `npm run test:postgres`, which sets TEST_DATABASE_URL. */
const POSTGRES_TESTS = process.env.TEST_DATABASE_URL ? [] : ['test/postgres/**'];

export default defineConfig({
  resolve: {
    // One copy of graphql: two would fail with "another module or realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // `npm test` needs Node alone; the browser tests need Chromium, which CI installs.
    exclude: [...configDefaults.exclude, ...BROWSER_TESTS, ...POSTGRES_TESTS],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
