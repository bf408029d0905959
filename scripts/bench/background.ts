/**
 * The myth judgement in the background, as the content script asks for it: a judge request sent
 * with chrome.runtime.sendMessage from the content script's own world, timed there from send to
 * answer. Cold: the service worker stopped first (CDP ServiceWorker.stopAllWorkers), so the request
 * starts it. Warm: the same request again while it lives.
 */
import type { CDPSession } from 'playwright-core';
import type { CompiledCatalogue } from '../../lib/catalogue/types';
import { htmlToText } from '../../lib/cli/html-text';
import { countTerms, type JudgeRequest } from '../../lib/extension/messages';
import { buildCandidateFinder, findCandidates } from '../../lib/match/candidates';
import { buildTermIndex, findTerms } from '../../lib/match/terms';
import { evaluate, openTab, sleep, type Browser } from './browser';
import { median } from './extension';
import { waitForPainted } from './in-page';
import type { BenchPage } from './pages';
import type { PageServer } from './server';

export interface BackgroundResult {
  candidates: number;
  /** Medians, ms, send to answer. */
  coldOne: number;
  coldAll: number;
  /** A tooltip card asked of a stopped worker: starting it and evaluating its script, with no judgement. */
  coldCard: number;
  warmOne: number;
  warmAll: number;
  warmPerSentence: number;
  asserted: number;
}

/** The judge request the content script sends for `page`: every candidate sentence, with the term counts. */
export function judgeRequestFor(page: BenchPage, catalogue: CompiledCatalogue): JudgeRequest {
  const text = htmlToText(page.html);
  const sentences = findCandidates(text, buildCandidateFinder(catalogue.myths)).map((c) => ({ text: text.slice(c.start, c.end), myths: c.myths }));
  return { type: 'endolens:judge', terms: countTerms(findTerms(text, buildTermIndex(catalogue.forms))), sentences, more: false };
}

const send = (request: JudgeRequest | { type: 'endolens:card'; id: string }) => `(async () => {
  const request = ${JSON.stringify(request)};
  const t0 = performance.now();
  const answer = await chrome.runtime.sendMessage(request);
  return { ms: performance.now() - t0, asserted: answer && answer.asserted ? answer.asserted.length : -1 };
})()`;

/** Stops the extension's service worker and waits until Chromium reports it stopped. */
async function stopWorker(cdp: CDPSession): Promise<void> {
  const stopped = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the service worker did not stop')), 10_000);
    const listen = ({ versions }: { versions: { runningStatus: string }[] }) => {
      if (!versions.some((v) => v.runningStatus === 'stopped')) return;
      clearTimeout(timer);
      cdp.off('ServiceWorker.workerVersionUpdated', listen);
      resolve();
    };
    cdp.on('ServiceWorker.workerVersionUpdated', listen);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await sleep(100);
}

/** The id of the content script's execution context in the tab (its isolated world, named after the extension). */
async function contentScriptWorld(cdp: CDPSession, extensionId: string): Promise<number> {
  const found = new Promise<number>((resolve) =>
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin === `chrome-extension://${extensionId}`) resolve(context.id);
    }),
  );
  await cdp.send('Runtime.enable');
  return found;
}

/** Times judge requests for `page`'s candidates: cold and warm, `runs` of each (all candidates cold: once). */
export async function measureBackground(browser: Browser, server: PageServer, page: BenchPage, catalogue: CompiledCatalogue, runs: number): Promise<BackgroundResult> {
  const { page: tab, cdp } = await openTab(browser.context);
  try {
    await tab.goto(server.url(page), { waitUntil: 'load', timeout: 60_000 });
    const world = await contentScriptWorld(cdp, browser.extensionId!);
    await evaluate(cdp, world, waitForPainted(120_000));
    const all = judgeRequestFor(page, catalogue);
    const one: JudgeRequest = { ...all, sentences: all.sentences.slice(0, 1) };
    const time = async (request: JudgeRequest | { type: 'endolens:card'; id: string }, cold: boolean) => {
      if (cold) await stopWorker(cdp);
      return evaluate<{ ms: number; asserted: number }>(cdp, world, send(request));
    };
    const coldCard: number[] = [];
    for (let i = 0; i < runs; i++) coldCard.push((await time({ type: 'endolens:card', id: 'endorphin' }, true)).ms);
    const coldOne: number[] = [];
    const coldAll: number[] = [];
    for (let i = 0; i < runs; i++) coldOne.push((await time(one, true)).ms);
    coldAll.push((await time(all, true)).ms); // seconds each on a big page: once
    const warmOne: number[] = [];
    const warmAll: number[] = [];
    let asserted = 0;
    for (let i = 0; i < runs; i++) warmOne.push((await time(one, false)).ms);
    for (let i = 0; i < runs; i++) {
      const r = await time(all, false);
      warmAll.push(r.ms);
      asserted = r.asserted;
    }
    const n = all.sentences.length;
    return { candidates: n, coldOne: median(coldOne), coldAll: median(coldAll), coldCard: median(coldCard), warmOne: median(warmOne), warmAll: median(warmAll), warmPerSentence: median(warmAll) / n, asserted };
  } finally {
    await tab.close();
  }
}
