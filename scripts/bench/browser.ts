/**
 * Headless Chromium (Debian's /usr/bin/chromium) with or without the built extension, and the CDP
 * calls the benchmark makes: isolated worlds (where a content script's code runs), evaluation,
 * garbage collection and heap use, tracing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

export const EXTENSION_DIR = join(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  /** The extension's id, when it is loaded. */
  extensionId?: string;
  close: () => Promise<void>;
}

/** Launches Chromium, with the extension of `.output/chrome-mv3` when `withExtension`. */
export async function launch(withExtension: boolean): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'endolens-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run',
      // Nothing but the bench server resolves: a frozen page's external style sheet fails at once.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ...(withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
    ],
  });
  let extensionId: string | undefined;
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface Tab {
  page: Page;
  cdp: CDPSession;
}

/** A new tab with a CDP session of its own. */
export async function openTab(context: BrowserContext): Promise<Tab> {
  const page = await context.newPage();
  return { page, cdp: await context.newCDPSession(page) };
}

/** Creates an isolated world in the tab's main frame (as a content script gets) and returns its context id. */
export async function isolatedWorld(cdp: CDPSession, name: string): Promise<number> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: name });
  return executionContextId;
}

/** Evaluates `expression` (awaiting a promise) in an execution context. @throws on an exception in the page */
export async function evaluate<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`in page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as T;
}

/** Used JS heap of the tab's renderer, in bytes, after a full garbage collection. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** The main-thread categories the trace needs: tasks, script evaluation, user timing marks. */
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing'];

export type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; cat?: string; args?: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Starts tracing; the returned function ends it and resolves to the events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' } });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
