import './style.css';
import catalogue from 'virtual:endolens-catalogue';
import { buildCandidateFinder, findCandidates } from '@/lib/match/candidates';
import { buildTermIndex, findTerms } from '@/lib/match/terms';
import { collectTextMap } from '@/lib/scan/text-map';
import { rangeOf } from '@/lib/highlight/ranges';
import { HIGHLIGHTS, clearAll, paint } from '@/lib/highlight/paint';
import type { JudgeRequest, JudgeResponse } from '@/lib/extension/messages';

// First version of the content script (tooltips and the rest of the page UI are their own issue):
// reads the page once it has settled, paints terms, and asks the background to judge candidate
// sentences, then paints the myths it confirms.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const map = collectTextMap(document.body);
    const terms = findTerms(map.text, buildTermIndex(catalogue.forms));
    paint(HIGHLIGHTS.term, terms.flatMap((t) => rangeOf(map, t.start, t.end) ?? []));
    ctx.onInvalidated(clearAll);
    const candidates = findCandidates(map.text, buildCandidateFinder(catalogue.myths));
    const request: JudgeRequest = {
      type: 'endolens:judge',
      terms: terms.length,
      sentences: candidates.map((c) => ({ text: map.text.slice(c.start, c.end), myths: c.myths })),
    };
    const response = (await browser.runtime.sendMessage(request).catch(() => undefined)) as JudgeResponse | undefined;
    if (!response || ctx.isInvalid) return;
    const ranges = response.asserted.flatMap((i) => {
      const c = candidates[i];
      return (c && rangeOf(map, c.start, c.end)) ?? [];
    });
    paint(HIGHLIGHTS.myth, ranges);
  },
});
