import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEBUNK, READ_HIGHLIGHTS, WELLNESS, servePages } from './server';

// The service worker's own API, evaluated inside the browser.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const EXTENSION = join(__dirname, '../../.output/chrome-mv3');
let context: BrowserContext;
let server: Awaited<ReturnType<typeof servePages>>;
let extensionId: string;
const profile = mkdtempSync(join(tmpdir(), 'endolens-chromium-'));

beforeAll(async () => {
  server = await servePages();
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function highlightsOf(page: string) {
  const tab = await context.newPage();
  await tab.goto(server.url(page));
  await tab.waitForFunction(`${READ_HIGHLIGHTS}.myths !== null`, undefined, { timeout: 15_000 });
  return { tab, found: (await tab.evaluate(READ_HIGHLIGHTS)) as { terms: string[]; myths: string[] } };
}

describe('EndoLens in Chromium', () => {
  it('paints terms and myths on a wellness page without adding any element', async () => {
    const { tab, found } = await highlightsOf(WELLNESS);
    expect(found.terms).toEqual(expect.arrayContaining(['β-endorphin', 'POMC', 'μ-opioid receptor', 'naloxone']));
    expect(found.myths).toEqual(
      expect.arrayContaining(['Endorphins are the happiness chemical your body makes all by itself.', 'Dark chocolate boosts your endorphins within minutes.']),
    );
    const [live, source] = await tab.evaluate(async () => {
      const html = await fetch(location.href).then((r) => r.text());
      return [document.querySelectorAll('*').length, new DOMParser().parseFromString(html, 'text/html').querySelectorAll('*').length];
    });
    expect(live).toBe(source);
    await tab.close();
  });

  it('paints no myth on a page that only debunks them', async () => {
    const { tab, found } = await highlightsOf(DEBUNK);
    expect(found.myths).toEqual([]);
    expect(found.terms.length).toBeGreaterThan(3);
    await tab.close();
  });

  it('leaves form fields untouched', async () => {
    const { tab, found } = await highlightsOf(WELLNESS);
    expect(await tab.inputValue('textarea')).toBe('Endorphins are the happiness chemical');
    expect(found.myths.join('\n')).not.toContain('Hidden promo');
    await tab.close();
  });

  it('shows the number of myths on the badge and the page summary in the popup', async () => {
    const { tab } = await highlightsOf(WELLNESS);
    const worker = context.serviceWorkers()[0]!;
    await tab.bringToFront();
    // Without the "tabs" permission the worker cannot filter by address: the page is the active tab.
    const tabId = (await worker.evaluate(() =>
      chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs: { id?: number }[]) => tabs[0]?.id),
    )) as number;
    const badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(Number(badge)).toBeGreaterThanOrEqual(2);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.textContent('[data-testid=summary]')).toMatch(new RegExp(`\\d+ terms, ${badge} myths on this page`));
    await popup.close();
    await tab.close();
  });
});
