import { configDefaults, defineConfig } from 'vitest/config';
import base, { BROWSER_TESTS } from './vitest.config.js';

// `npm run test:browser`: only the tests that drive Debian's Chromium. They fail, never skip, when
// it is missing, so CI cannot pass without running them. (Spread, not mergeConfig: that would
// concatenate the include and exclude lists.)
export default defineConfig({ ...base, test: { ...base.test, include: BROWSER_TESTS, exclude: configDefaults.exclude } });
