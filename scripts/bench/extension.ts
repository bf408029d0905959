/**
 * One load of a page in Chromium with the extension: its scan timed by its own User Timing marks,
 * its main-thread tasks from a trace, the heap and the DOM after it, then the floor on the same
 * page; and the same page without the extension, for the heap and DOM baseline.
 */
import { evaluate, heapAfterGc, isolatedWorld, openTab, sleep, startTrace, type Browser, type Tab } from './browser';
import { COUNT_NODES, RECORD_NODES_AT_LOAD, floorPasses, waitForPainted } from './in-page';
import type { BenchPage } from './pages';
import type { PageServer } from './server';
import { mainThreadCost, type MainThreadCost } from './trace';

export interface ExtensionRun {
  /** ms from the `endolens:scan-start` mark to `endolens:read` (page read, terms painted) and to `endolens:painted`. */
  scanToRead: number;
  scanToPainted: number;
  /** Highlight ranges registered at the end. */
  terms: number;
  myths: number;
  main?: MainThreadCost;
  heapBytes: number;
  nodes: { atParse: number; after: number };
  /** Median of the floor's passes on the same page, ms. */
  floorMs: number;
  floorChars: number;
}

const FLOOR_PASSES = 3;

export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Loads `page` once with the extension and measures it all; `trace` records the main thread too. */
export async function runWithExtension(browser: Browser, server: PageServer, page: BenchPage, trace: boolean): Promise<ExtensionRun> {
  const { page: tab, cdp } = await openTab(browser.context);
  try {
    await cdp.send('Page.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: RECORD_NODES_AT_LOAD, worldName: 'endolens-bench' });
    const stopTrace = trace ? await startTrace(cdp) : undefined;
    await tab.goto(server.url(page), { waitUntil: 'commit', timeout: 60_000 });
    const bench = await isolatedWorld(cdp, 'endolens-bench');
    const marks = await evaluate<{ scanStart: number; read: number; painted: number; terms: number; myths: number }>(cdp, bench, waitForPainted(120_000));
    await sleep(150); // quiet: the frame that draws the last highlights lands in the trace
    const events = stopTrace ? await stopTrace() : undefined;
    const nodes = await evaluate<{ nodes: number; atParse: number }>(cdp, bench, COUNT_NODES);
    const heapBytes = await heapAfterGc(cdp);
    const floor = await evaluate<{ times: number[]; chars: number }>(cdp, await isolatedWorld(cdp, 'endolens-floor'), floorPasses(FLOOR_PASSES));
    return {
      scanToRead: marks.read - marks.scanStart,
      scanToPainted: marks.painted - marks.scanStart,
      terms: marks.terms,
      myths: marks.myths,
      main: events && browser.extensionId ? mainThreadCost(events, browser.extensionId) : undefined,
      heapBytes,
      nodes: { atParse: nodes.atParse, after: nodes.nodes },
      floorMs: median(floor.times),
      floorChars: floor.chars,
    };
  } finally {
    await tab.close();
  }
}

export interface BaselineRun {
  heapBytes: number;
  nodes: { atParse: number; after: number };
}

/**
 * Loads `page` in a browser without the extension: heap after GC and node counts, for the
 * differences; then, on the same load, `after` (mark.js, which rewrites the DOM) when given.
 */
export async function runBaseline<T>(browser: Browser, server: PageServer, page: BenchPage, settleMs: number, after?: (tab: Tab) => Promise<T>): Promise<BaselineRun & { after?: T }> {
  const tab = await openTab(browser.context);
  const { cdp } = tab;
  try {
    await cdp.send('Page.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: RECORD_NODES_AT_LOAD, worldName: 'endolens-bench' });
    await tab.page.goto(server.url(page), { waitUntil: 'load', timeout: 60_000 });
    await sleep(settleMs);
    const nodes = await evaluate<{ nodes: number; atParse: number }>(cdp, await isolatedWorld(cdp, 'endolens-bench'), COUNT_NODES);
    const heapBytes = await heapAfterGc(cdp);
    return { heapBytes, nodes: { atParse: nodes.atParse, after: nodes.nodes }, after: after ? await after(tab) : undefined };
  } finally {
    await tab.page.close();
  }
}
