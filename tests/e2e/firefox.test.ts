import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEBUNK, READ_HIGHLIGHTS, WELLNESS, servePages } from './server';

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
});
