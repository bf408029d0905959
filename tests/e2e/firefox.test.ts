import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CENTRE_OF, DEBUNK, HOSTILE, READ_HIGHLIGHTS, WELLNESS, servePages } from './server';

const EXTENSION = join(__dirname, '../../.output/firefox-mv3');
let browser: Browser;
let server: Awaited<ReturnType<typeof servePages>>;

beforeAll(async () => {
  server = await servePages();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
  });
  await browser.installExtension(EXTENSION);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function highlightsOf(page: string) {
  const tab = await browser.newPage();
  await tab.goto(server.url(page));
  await tab.waitForFunction(`${READ_HIGHLIGHTS}.myths !== null`, { timeout: 15_000 });
  return { tab, found: (await tab.evaluate(READ_HIGHLIGHTS)) as { terms: string[]; myths: string[] } };
}

describe('EndoLens in Firefox ESR', () => {
  it('paints terms and myths on a wellness page', async () => {
    const { tab, found } = await highlightsOf(WELLNESS);
    expect(found.terms).toEqual(expect.arrayContaining(['β-endorphin', 'POMC', 'μ-opioid receptor', 'naloxone']));
    expect(found.myths).toEqual(expect.arrayContaining(['Dark chocolate boosts your endorphins within minutes.']));
    await tab.close();
  });

  it('paints no myth on a page that only debunks them', async () => {
    const { tab, found } = await highlightsOf(DEBUNK);
    expect(found.myths).toEqual([]);
    expect(found.terms.length).toBeGreaterThan(3);
    await tab.close();
  });

  /** The size of our tooltip's host as the page sees it (its inside is a closed shadow root). */
  const TOOLTIP_BOX = `(() => {
    const el = document.querySelector('[data-endolens-ui]');
    if (!el) return { width: 0, height: 0 };
    const r = el.getBoundingClientRect();
    return { width: r.width, height: r.height };
  })()`;

  it('opens a tooltip when the pointer rests on a term', async () => {
    const { tab } = await highlightsOf(WELLNESS);
    const at = (await tab.evaluate(`(${CENTRE_OF})('β-endorphin')`)) as { x: number; y: number };
    await tab.mouse.move(at.x, at.y);
    await tab.waitForFunction(`${TOOLTIP_BOX}.height > 60`, { timeout: 5000 });
    await tab.keyboard.press('Escape');
    await tab.waitForFunction(`${TOOLTIP_BOX}.height < 5`, { timeout: 5000 });
    await tab.close();
  });

  it('finds text a script adds later, on a page that fights the extension', async () => {
    const tab = await browser.newPage();
    await tab.goto(server.url(HOSTILE));
    await tab.waitForSelector('#late');
    await new Promise((r) => setTimeout(r, 1500));
    const at = (await tab.evaluate(`(${CENTRE_OF})('happy hormone')`)) as { x: number; y: number };
    await tab.mouse.move(at.x, at.y);
    await tab.waitForFunction(`${TOOLTIP_BOX}.height > 60`, { timeout: 5000 });
    expect(await tab.title()).not.toBe('hijacked');
    await tab.close();
  });
});
