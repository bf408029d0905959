/** The popup's browser side: which tab it is about, its summary, and asking it to scroll. */
import { browser } from 'wxt/browser';
import type { PageSummary, RevealRequest, SummaryRequest } from '../../extension/messages.ts';
import { hostOf } from '../../settings/sites.ts';

export interface PopupTab {
  id: number;
  /** The page's hostname; `null` for pages that are not http(s) (browser pages, files) or whose address is hidden. */
  host: string | null;
}

/**
 * The tab the popup is about: the one named by `?tab=ID` in the popup's address (tests, and a
 * popup opened as a page of its own), else the active tab of the current window. `null` if none.
 */
export async function findTab(search: string): Promise<PopupTab | null> {
  const param = Number(new URLSearchParams(search).get('tab'));
  const tab = Number.isInteger(param) && param > 0
    ? await browser.tabs.get(param).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, host: hostOf(tab.url) };
}

/** The background's summary of the tab, or `null` when it has none or does not answer. */
export async function loadSummary(tabId: number): Promise<PageSummary | null> {
  const request: SummaryRequest = { type: 'endolens:summary', tabId };
  try {
    return ((await browser.runtime.sendMessage(request)) as PageSummary | null | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Asks the tab's content script to scroll to a finding; does nothing if the tab does not answer. */
export async function revealInTab(tabId: number, kind: RevealRequest['kind'], index: number): Promise<void> {
  const request: RevealRequest = { type: 'endolens:reveal', kind, index };
  try {
    await browser.tabs.sendMessage(tabId, request);
  } catch {
    // No content script in the tab (a browser page, or one loaded before EndoLens): nothing to scroll.
  }
}
