import { render } from 'preact';
import { PopupApp } from '@/lib/ui/popup-app';
import type { PageSummary } from '@/lib/extension/messages';

// Thin entrypoint: asks the background for the active tab's summary and renders it.
// `?tab=ID` opens the popup for a given tab in a page of its own (tests, and browsers without popups).
async function loadSummary(): Promise<PageSummary | null> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  const tabId = Number.isInteger(param) && param > 0 ? param : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return null;
  return browser.runtime.sendMessage({ type: 'endolens:summary', tabId });
}

const root = document.getElementById('app')!;
render(<PopupApp summary={undefined} />, root);
loadSummary()
  .then((summary) => render(<PopupApp summary={summary} />, root))
  .catch(() => render(<PopupApp summary={null} />, root));
