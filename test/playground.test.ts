import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers.js';

// The playground in a real headless Chromium (Debian's, never a downloaded one), with every request
// that leaves this machine blocked: it must work with no internet at all. `npm run test:browser` runs
// it (not `npm test`, which needs Node alone); it fails, never skips, when Chromium is missing.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LOCAL = new Set(['127.0.0.1', 'localhost']);

let api: TestServer;
let browser: Browser;
let page: Page;
const outside: string[] = [];
const pageErrors: string[] = [];

/** Text of an editor pane, with Monaco's non-breaking spaces made plain. */
const paneText = (selector: string) =>
  page
    .locator(selector)
    .innerText()
    .then((text) => text.replace(/\u00a0/g, ' '));

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `Chromium is needed at ${CHROMIUM}: apt-get install -y chromium (.ci/run does it)`).toBe(true);
  await promisify(execFile)('npx', ['tsx', 'scripts/build-playground.ts']);
  api = await startTestServer();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.route('**/*', (route) => {
    if (LOCAL.has(new URL(route.request().url()).hostname)) return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('the playground, offline', () => {
  it('opens with the canonical operations and runs the province overview for Cao Bằng', async () => {
    await page.goto(api.url.replace(/graphql$/, 'playground'));
    await page.waitForSelector('.graphiql-container');
    const tabs = await page.locator('.graphiql-tab').allInnerTexts();
    expect(tabs.map((t) => t.trim())).toEqual(
      expect.arrayContaining(['ProvinceOverview', 'GateDetail', 'DecisionDetail', 'Projects', 'IndicatorComparison', 'NodeById']),
    );
    await expect.poll(() => paneText('.graphiql-editor-tool'), { timeout: 20_000 }).toContain('"code": "04"');

    const answered = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('ProvinceOverview'),
    );
    await page.locator('.graphiql-execute-button').click();
    expect((await answered).status()).toBe(200);
    await expect.poll(() => paneText('.graphiql-response'), { timeout: 20_000 }).toContain('"value": 9.72');
    const response = await paneText('.graphiql-response');
    expect(response).toContain('"name": "Cao Bằng"');
    expect(response).toContain('"targets"');
    expect(response).toContain('"code": "GRDP_GROWTH"');

    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/playground.png' });
  });

  it('opens the documentation explorer on the schema', async () => {
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    const explorer = page.locator('.graphiql-doc-explorer');
    await expect.poll(() => explorer.innerText(), { timeout: 10_000 }).toContain('Query');
    await page.locator('.graphiql-doc-explorer a', { hasText: 'Query' }).first().click();
    await expect.poll(() => explorer.innerText(), { timeout: 10_000 }).toContain('province');
    await page.screenshot({ path: 'test-results/playground-docs.png' });
  });

  it('shows an API error in the response pane and keeps working', async () => {
    await page.locator('.graphiql-editor-tool .monaco-editor').first().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await expect.poll(() => paneText('.graphiql-editor-tool')).not.toContain('"04"');
    // insertText, not type: typing would let the editor auto-close the braces.
    await page.keyboard.insertText('{ "code": 4 }');
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => paneText('.graphiql-response'), { timeout: 20_000 }).toContain('BAD_USER_INPUT');
    expect(await page.locator('.graphiql-container').count()).toBe(1);
  });

  it('is also what a browser gets at /graphql, while clients still get GraphQL there', async () => {
    await page.goto(api.url);
    await page.waitForSelector('.graphiql-container');
    const res = await fetch(`${api.url}?query=${encodeURIComponent('{ province(code: "20") { name } }')}`, {
      // Apollo's CSRF guard: a GET must say it is not a simple cross-site request.
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await res.json()).toMatchObject({ data: { province: { name: 'Lạng Sơn' } } });
  });

  it('asked nothing of any host but this one, and threw no page errors', () => {
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
