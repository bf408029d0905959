/**
 * Screenshots of the popup, the options page and the tooltip cards in light and dark, from the
 * built extension in headless Chromium, and an axe-core check of each. Writes PNGs to
 * docs/screenshots/ and prints one line per axe check; exits 1 if axe finds a violation.
 *
 *   npm run build && npx tsx scripts/screenshots.ts
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { loadCatalogue } from '../lib/catalogue/load-node.ts';
import { SHOTS, previewPage } from './ui-preview.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const OUT = join(ROOT, 'docs/screenshots');
const FIXTURE = join(ROOT, 'tests/fixtures/pages/2026-11-23-wellness-endorphin-boost.html');
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare const axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

// What "Not a myth here" reports and a couple of sites look like, so the options page is not empty.
const SEED = {
  settings: { siteMode: 'all-except', disabledSites: ['forum.example.com', 'shop.example.net'], density: 'first-per-section', hoverDelayMs: 400 },
  reports: [
    { mythId: 'happiness-chemical', sentence: 'Calling endorphins “the happiness chemical” is an oversimplification, researchers say.', url: 'https://news.example.org/health/endorphins', at: Date.UTC(2026, 10, 20, 9, 30) },
    { mythId: 'endorphin-foods', sentence: 'Does dark chocolate really boost endorphins? We looked at the studies.', url: 'https://blog.example.com/chocolate', at: Date.UTC(2026, 10, 22, 15, 5) },
  ],
};

async function serveFixture() {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(readFileSync(FIXTURE));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/wellness.html`, close: () => server.close() };
}

async function launch(profile: string) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, id: new URL(worker.url()).host };
}

const failures: string[] = [];

/**
 * Runs axe-core in the page (through the debugging protocol, so the extension's CSP does not
 * apply). `fragments`: the page is a board of components, not a page of ours, so the rule that
 * all content sits in landmarks does not apply to it (the popup and options pages keep it).
 */
async function checkAxe(page: Page, name: string, fragments = false) {
  await page.evaluate(AXE);
  const options = { resultTypes: ['violations'], rules: fragments ? { region: { enabled: false } } : {} };
  const { violations } = await page.evaluate((o) => axe.run(document, o), options);
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  console.log(`axe ${name}: ${violations.length ? summary.join('\n  ') : 'no violations'}`);
  if (violations.length) failures.push(name);
}

async function shoot(page: Page, name: string, scheme: Scheme, fullPage = false) {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.screenshot({ path: join(OUT, `${name}-${scheme}.png`), fullPage });
  await checkAxe(page, `${name}-${scheme}`);
}

async function popupStates(context: BrowserContext, id: string, tabId: number) {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid=summary]');
  for (const scheme of SCHEMES) await shoot(popup, 'popup-page', scheme);
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Tab');
  await shoot(popup, 'popup-focus', 'light');
  await popup.fill('input[type=search]', 'endorphin');
  for (const scheme of SCHEMES) await shoot(popup, 'popup-search', scheme);
  await popup.getByRole('button', { name: /^Beta-endorphin/ }).click();
  for (const scheme of SCHEMES) await shoot(popup, 'popup-entry-term', scheme);
  await popup.getByRole('button', { name: /Back/ }).click();
  await popup.fill('input[type=search]', 'happy hormone');
  await popup.locator('.el-results button').first().click();
  for (const scheme of SCHEMES) await shoot(popup, 'popup-entry-myth', scheme);
  await popup.close();
}

/** The tooltip over the page itself, as a reader meets it: a term, then a flagged myth. */
async function tooltipOnPage(tab: Page) {
  await tab.setViewportSize({ width: 900, height: 640 });
  for (const scheme of SCHEMES) {
    await tab.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    for (const [name, phrase] of [['tooltip-term', 'POMC'], ['tooltip-myth', 'boosts your endorphins']] as const) {
      await tab.mouse.move(5, 5);
      await tab.waitForTimeout(500);
      const at = await tab.evaluate((p) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const i = n.data.indexOf(p);
          if (i < 0) continue;
          n.parentElement!.scrollIntoView({ block: 'center' });
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + p.length);
          const box = r.getClientRects()[0]!;
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
        return null;
      }, phrase);
      if (!at) continue;
      await tab.mouse.move(at.x, at.y);
      await tab.waitForTimeout(900);
      await shoot(tab, name, scheme);
    }
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'endolens-shots-'));
  const fixture = await serveFixture();
  const { context, worker, id } = await launch(profile);
  try {
    await worker.evaluate((seed) => chrome.storage.local.set(seed), SEED);
    const tab = await context.newPage();
    await tab.goto(fixture.url);
    await tab.waitForFunction(() => CSS.highlights.has('endolens-myth'), undefined, { timeout: 15_000 });
    await tab.bringToFront();
    const tabId = (await worker.evaluate(() =>
      chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs: { id?: number }[]) => tabs[0]?.id),
    )) as number;
    await popupStates(context, id, tabId);
    await tooltipOnPage(tab);

    const options = await context.newPage();
    await options.setViewportSize({ width: 1100, height: 900 });
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.waitForSelector('.el-sites');
    for (const scheme of SCHEMES) await shoot(options, 'options', scheme, true);

    const cards = await context.newPage();
    await cards.setViewportSize({ width: 860, height: 900 });
    await cards.setContent(previewPage(loadCatalogue(), { html: readFileSync(FIXTURE, 'utf8'), host: 'wellness.example' }));
    for (const scheme of SCHEMES) {
      await cards.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      for (const shot of SHOTS) await cards.locator(`[data-shot=${shot}]`).screenshot({ path: join(OUT, `${shot}-${scheme}.png`) });
      await checkAxe(cards, `cards-${scheme}`, true);
    }
  } finally {
    await context.close();
    fixture.close();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(failures.length ? `axe: violations in ${failures.join(', ')}` : 'axe: no violations anywhere');
  process.exitCode = failures.length ? 1 : 0;
}

await main();
