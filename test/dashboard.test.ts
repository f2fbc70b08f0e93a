import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_LABELS } from '../dashboard/format.js';
import { DashboardProvincesDocument, ProvinceDashboardDocument, type ProvinceDashboardQuery, request } from '../sdk/index.js';
import { startTestServer, type TestServer } from './helpers.js';

// The example dashboard (/dashboard) in Debian's headless Chromium, as the playground test drives it:
// every request that leaves this machine is blocked, so the page must work with no internet. Run
// by `npm run test:browser`; it fails, never skips, when Chromium is missing.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LOCAL = new Set(['127.0.0.1', 'localhost']);
const SCREENSHOT = 'test-results/dashboard.png';

let api: TestServer;
let browser: Browser;
let page: Page;
const outside: string[] = [];
const pageErrors: string[] = [];
/** The bodies of the page's GraphQL requests. */
const sent: Record<string, unknown>[] = [];

const hashOf = (document: object) => (document as { __meta__?: { hash?: string } }).__meta__?.hash;

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `Chromium is needed at ${CHROMIUM}: apt-get install -y chromium (.ci/run does it)`).toBe(true);
  // server.ts serves dist/dashboard: build it as npm start does (a no-op when it is up to date).
  await promisify(execFile)('npx', ['tsx', 'scripts/build-dashboard.ts']);
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
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/*', (route) => {
    const { hostname, pathname } = new URL(route.request().url());
    if (!LOCAL.has(hostname)) {
      outside.push(route.request().url());
      return route.abort();
    }
    if (pathname === '/graphql' && route.request().method() === 'POST') sent.push(route.request().postDataJSON() as Record<string, unknown>);
    return route.continue();
  });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('the example dashboard, offline', () => {
  let expected: NonNullable<ProvinceDashboardQuery['province']>;

  it('opens on the province in the address, then shows Cao Bằng when it is picked with the keyboard', async () => {
    await page.goto(api.url.replace(/graphql$/, 'dashboard#20'));
    await page.waitForSelector('[data-province="20"]');
    // The picker is the first thing Tab reaches; the arrow keys move through the provinces.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.id')).toBe('province');
    await page.keyboard.press('ArrowUp');
    await page.waitForSelector('[data-province="04"]');
    expect(new URL(page.url()).hash).toBe('#04');
    expect(await page.locator('#status').innerText()).toMatch(/^Cao Bằng: \d+ targets/);
    expected = (await request(ProvinceDashboardDocument, { code: '04' }, { url: api.url })).province!;
  });

  it("shows each of Cao Bằng's targets with the status the API gives it", async () => {
    const shown = await page
      .locator('li[data-target]')
      .evaluateAll((cards) =>
        cards.map((card) => [card.getAttribute('data-target'), card.getAttribute('data-status'), card.querySelector('.badge')?.textContent]),
      );
    expect(expected.targets.nodes.length).toBeGreaterThan(0);
    expect(shown).toEqual(expected.targets.nodes.map((t) => [t.id, t.progress.status, STATUS_LABELS[t.progress.status]]));
  });

  it('draws a progress bar per target, filled to its ratio', async () => {
    const bars = page.locator('li[data-target] [role="progressbar"]');
    expect(await bars.count()).toBe(expected.targets.nodes.length);
    const rated = expected.targets.nodes.find((t) => t.progress.ratio != null);
    expect(rated, 'some target of Cao Bằng has a ratio').toBeDefined();
    const bar = page.locator(`li[data-target="${rated!.id}"] [role="progressbar"]`);
    expect(await bar.getAttribute('aria-valuenow')).toBe(String(Math.round(Math.min(Math.max(rated!.progress.ratio!, 0), 1) * 100)));
    expect(await bar.getAttribute('aria-valuetext')).toMatch(/% of the required (rate|pace)/);
  });

  it('shows the citation of a target: its quote, source and locator', async () => {
    const target = expected.targets.nodes.find((t) => t.citations[0]?.quote)!;
    const { quote, locator, source } = target.citations[0]!;
    const citation = page.locator(`li[data-target="${target.id}"] figure.citation`).first();
    expect(await citation.locator('blockquote').innerText()).toBe(`“${quote}”`);
    const caption = await citation.locator('figcaption').innerText();
    expect(caption).toContain(source.title);
    if (locator) expect(caption).toContain(locator);
  });

  it("shows each gate's type timeline and the office holders", async () => {
    const gate = expected.gates.nodes.find((g) => g.slug === 'tra-linh')!;
    const steps = page.locator('li[data-gate="tra-linh"] .timeline > li');
    expect(await steps.evaluateAll((items) => items.map((item) => item.hasAttribute('data-planned')))).toEqual(gate.typeHistory.map((s) => s.planned));
    expect(await steps.last().innerText()).toContain(`since ${gate.typeHistory.at(-1)!.since}`);
    const names = await page.locator('table.offices tbody tr td:first-of-type').allInnerTexts();
    expect(names).toEqual(expected.officeHolders.map((term) => term.person.name));

    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('asked the API only by the SDK documents’ persisted hashes, nothing of any other host, and threw no page errors', () => {
    const hashes = [hashOf(DashboardProvincesDocument), hashOf(ProvinceDashboardDocument)];
    expect(sent.length).toBeGreaterThanOrEqual(3);
    for (const body of sent) {
      expect(body).not.toHaveProperty('query');
      expect(hashes).toContain((body.extensions as { persistedQuery?: { sha256Hash?: string } })?.persistedQuery?.sha256Hash);
    }
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
