import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CENTRE_OF, DEBUNK, HOSTILE, READ_HIGHLIGHTS, WELLNESS, servePages } from './server';
import { tooltipText } from './shadow';

// The service worker's own API, evaluated inside the browser.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const EXTENSION = join(__dirname, '../../.output/chrome-mv3');
let context: BrowserContext;
let server: Awaited<ReturnType<typeof servePages>>;
let extensionId: string;
/** Every request the browser made to anywhere but our local test server or the extension itself. */
const outside: string[] = [];
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
  context.on('request', (r) => {
    if (!/^(http:\/\/127\.0\.0\.1:|chrome-extension:|data:|blob:)/.test(r.url())) outside.push(r.url());
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

  it('leaves the page one set of timing marks for its scan (what npm run bench reads), names only', async () => {
    const { tab } = await highlightsOf(WELLNESS);
    await tab.waitForFunction(() => performance.getEntriesByName('endolens:painted').length > 0);
    const marks = await tab.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('endolens:'))
        .map((m) => ({ name: m.name, at: m.startTime, detail: (m as PerformanceMark).detail })),
    );
    expect(marks.map((m) => m.name)).toEqual(['endolens:scan-start', 'endolens:read', 'endolens:painted']);
    expect(marks.map((m) => m.detail)).toEqual([null, null, null]);
    expect(marks[2]!.at).toBeGreaterThanOrEqual(marks[0]!.at);
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

  it('opens the tooltip with the term’s summary when the pointer rests on a term', async () => {
    const { tab } = await highlightsOf(WELLNESS);
    const at = (await tab.evaluate(`(${CENTRE_OF})('β-endorphin')`)) as { x: number; y: number };
    await tab.mouse.move(at.x, at.y);
    await expect.poll(() => tooltipText(tab), { timeout: 5000 }).toContain('Beta-endorphin');
    expect(await tooltipText(tab)).toContain('Full entry');
    await tab.keyboard.press('Escape');
    await expect.poll(() => tooltipText(tab)).toBe('');
    await tab.close();
  });

  it('opens the myth tooltip with the verdict, the correction and what is true', async () => {
    const { tab } = await highlightsOf(WELLNESS);
    const at = (await tab.evaluate(`(${CENTRE_OF})('boosts your endorphins')`)) as { x: number; y: number };
    await tab.mouse.move(at.x, at.y);
    await expect.poll(() => tooltipText(tab), { timeout: 5000 }).toMatch(/Overstated.*What is true.*Not a myth here\?/);
    await tab.close();
  });

  it('steps to the next finding on the keyboard command: scrolls, selects and opens its tooltip', async () => {
    const { tab } = await highlightsOf(WELLNESS);
    await tab.bringToFront();
    const worker = context.serviceWorkers()[0]!;
    await worker.evaluate(async () => {
      const [t] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.tabs.sendMessage(t.id, { type: 'endolens:step', direction: 1 });
    });
    await expect.poll(() => tab.evaluate(() => window.getSelection()?.toString())).toBe('Endorphins');
    await expect.poll(() => tooltipText(tab)).toContain('Endorphin');
    await tab.close();
  });

  it('scrolls the page to a myth chosen in the popup and opens its tooltip', async () => {
    const { tab } = await highlightsOf(WELLNESS);
    await tab.bringToFront();
    const worker = context.serviceWorkers()[0]!;
    const tabId = (await worker.evaluate(() =>
      chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs: { id?: number }[]) => tabs[0]?.id),
    )) as number;
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.getByText('Dark chocolate boosts your endorphins within minutes.').click();
    await expect.poll(() => tab.evaluate(() => window.getSelection()?.toString())).toBe('Dark chocolate boosts your endorphins within minutes.');
    await expect.poll(() => tooltipText(tab)).toContain('Overstated');
    await popup.close();
    await tab.close();
  });

  it('removes every highlight when the site is switched off, without a reload', async () => {
    const { tab } = await highlightsOf(WELLNESS);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const set = (disabledSites: string[]) =>
      options.evaluate(async (sites) => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...(settings ?? {}), disabledSites: sites } });
      }, disabledSites);
    await set(['127.0.0.1']);
    await expect.poll(() => tab.evaluate(READ_HIGHLIGHTS)).toEqual({ terms: null, myths: null });
    await set([]);
    await expect.poll(() => tab.evaluate(`${READ_HIGHLIGHTS}.terms?.length ?? 0`)).toBeGreaterThan(5);
    await options.close();
    await tab.close();
  });

  it('finds text a script adds later, and a hostile page can neither hide nor hijack the tooltip', async () => {
    const tab = await context.newPage();
    await tab.goto(server.url(HOSTILE));
    // The page clears the highlight registry every 200 ms, so look at the tooltip, not the paint.
    await tab.waitForSelector('#late');
    const at = (await tab.evaluate(`(${CENTRE_OF})('happy hormone')`)) as { x: number; y: number };
    await expect
      .poll(async () => {
        await tab.mouse.move(at.x, at.y + 40);
        await tab.mouse.move(at.x, at.y);
        await tab.waitForTimeout(700);
        return tooltipText(tab);
      }, { timeout: 15_000 })
      .toContain('Oversimplified');
    const host = await tab.evaluate(() => {
      const el = document.querySelector('[data-endolens-ui]');
      const box = el?.getBoundingClientRect();
      return { tag: el?.localName, visible: getComputedStyle(el!).display !== 'none', width: box?.width ?? 0 };
    });
    expect(host).toMatchObject({ tag: 'div', visible: true });
    expect(await tab.title()).not.toBe('hijacked');
    await tab.close();
  });

  it('leaves a contenteditable editor untouched', async () => {
    const tab = await context.newPage();
    await tab.goto(server.url(HOSTILE));
    await tab.waitForTimeout(1500);
    expect(await tab.innerHTML('#editor')).toBe('<p>Endorphins are the happiness chemical, typed by a user.</p>');
    await tab.close();
  });

  it('makes no network request of its own', () => {
    expect(outside).toEqual([]);
  });
});
