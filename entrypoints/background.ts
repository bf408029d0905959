import catalogue from 'virtual:endolens-catalogue';
import { createJudge, judgeSentence } from '@/lib/match/judge';
import { cardOf } from '@/lib/catalogue/page';
import {
  isCardRequest,
  isJudgeRequest,
  isOpenEntryRequest,
  isSummaryRequest,
  summarize,
  type CardResponse,
  type JudgeResponse,
  type PageSummary,
  type StepRequest,
} from '@/lib/extension/messages';
import { hostOf } from '@/lib/settings/sites';
import { lookUpUrl } from '@/lib/extension/look-up';

// The background: judges the candidate sentences a tab sends (compromise lives here, never in the
// page), hands out the tooltip cards (the entries' texts stay out of the content script), keeps a
// summary per tab for the popup, shows the number of myths on the badge, forwards
// the keyboard commands to the tab, and opens full entries. Only our own scripts are answered.
export default defineBackground(() => {
  const summaries = new Map<number, PageSummary>();
  let judge: ReturnType<typeof createJudge> | undefined;

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isSummaryRequest(message)) return Promise.resolve(summaries.get(message.tabId) ?? null);
    if (isCardRequest(message)) return Promise.resolve<CardResponse>(cardOf(catalogue, message.id) ?? null);
    if (isOpenEntryRequest(message)) {
      const url = browser.runtime.getURL(`/popup.html?entry=${encodeURIComponent(message.id)}${sender.tab?.id ? `&tab=${sender.tab.id}` : ''}`);
      return browser.tabs.create({ url, index: (sender.tab?.index ?? 0) + 1 }).then(() => true);
    }
    const tabId = sender.tab?.id;
    if (!isJudgeRequest(message) || tabId === undefined) return undefined;
    judge ??= createJudge(catalogue.myths, catalogue.lexicon, catalogue.patterns);
    const response: JudgeResponse = { asserted: [], ids: [] };
    const myths: PageSummary['myths'] = [];
    message.sentences.forEach((s, i) => {
      const found = judgeSentence(judge!, s.text, s.myths).myths;
      if (!found.length) return;
      response.asserted.push(i);
      response.ids.push(found.map((m) => m.id));
      for (const m of found) myths.push({ id: m.id, verdict: m.verdict, sentence: s.text });
    });
    const earlier = message.more ? (summaries.get(tabId)?.myths ?? []) : [];
    const summary = summarize(message.terms, [...earlier, ...myths], hostOf(sender.url ?? sender.tab?.url));
    summaries.set(tabId, summary);
    const count = summary.myths.length;
    void browser.action.setBadgeText({ tabId, text: count ? String(count) : '' });
    void browser.action.setBadgeBackgroundColor?.({ tabId, color: '#9a3412' });
    return Promise.resolve(response);
  });

  // First run: where the browser has not granted access to websites (Firefox, MV3), explain and ask.
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    browser.contextMenus.create({ id: 'endolens-look-up', title: 'Look up “%s” in EndoLens', contexts: ['selection'] });
    if (reason !== 'install') return;
    const granted = await browser.permissions.contains({ origins: ['<all_urls>'] }).catch(() => true);
    if (!granted) await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== 'endolens-look-up' || !info.selectionText) return;
    const path = lookUpUrl(catalogue, info.selectionText, tab?.id);
    void browser.tabs.create({ url: browser.runtime.getURL(path), index: (tab?.index ?? 0) + 1 });
  });

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'next-finding' && command !== 'previous-finding') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const step: StepRequest = { type: 'endolens:step', direction: command === 'next-finding' ? 1 : -1 };
    await browser.tabs.sendMessage(tab.id, step).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => summaries.delete(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') summaries.delete(tabId);
  });
});
