import catalogue from 'virtual:endolens-catalogue';
import { createJudge, judgeSentence } from '@/lib/match/judge';
import { isJudgeRequest, isSummaryRequest, type JudgeResponse, type PageSummary } from '@/lib/extension/messages';

// First version of the background: judges the candidate sentences a tab sends (compromise lives
// here, never in the page), keeps a summary per tab and shows the number of myths on the badge.
export default defineBackground(() => {
  const summaries = new Map<number, PageSummary>();
  let judge: ReturnType<typeof createJudge> | undefined;

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isSummaryRequest(message)) return Promise.resolve(summaries.get(message.tabId) ?? null);
    const tabId = sender.tab?.id;
    if (!isJudgeRequest(message) || tabId === undefined) return undefined;
    judge ??= createJudge(catalogue.myths, catalogue.lexicon);
    const asserted: number[] = [];
    const myths: PageSummary['myths'] = [];
    message.sentences.forEach((s, i) => {
      const found = judgeSentence(judge!, s.text, s.myths).myths;
      if (found.length) asserted.push(i);
      for (const m of found) myths.push({ id: m.id, sentence: s.text });
    });
    summaries.set(tabId, { terms: message.terms, myths });
    void browser.action.setBadgeText({ tabId, text: myths.length ? String(myths.length) : '' });
    return Promise.resolve({ asserted } satisfies JudgeResponse);
  });
  browser.tabs.onRemoved.addListener((tabId) => summaries.delete(tabId));
});
