import './style.css';
import catalogue from 'virtual:endolens-catalogue/page';
import type { Card } from '@/lib/catalogue/page';
import {
  countTerms,
  isRevealRequest,
  isStepRequest,
  type CardRequest,
  type CardResponse,
  type JudgeRequest,
  type JudgeResponse,
  type OpenEntryRequest,
} from '@/lib/extension/messages';
import type { Finding } from '@/lib/highlight/findings';
import { observeAdditions } from '@/lib/scan/observe';
import { PageLens } from '@/lib/scan/page-lens';
import { addReport, isActiveOn, loadSettings, watchSettings, type Settings } from '@/lib/settings';
import { watchHover } from '@/lib/ui/tooltip/hover';
import { TooltipHost } from '@/lib/ui/tooltip/host';
import { showFinding, stepFrom } from '@/lib/ui/tooltip/navigate';

// Wires the page to the engine: settings decide whether EndoLens runs here; PageLens reads and
// paints; the tooltip opens on hover, from the popup and from the keyboard command, with the card
// the background hands out (fetched when the pointer arrives, during the dwell, then kept).
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    let settings: Settings = await loadSettings();
    let lens: PageLens | undefined;
    let running: AbortController | undefined;
    const reported = new WeakSet<Range>();

    const cards = new Map<string, Promise<Card | undefined>>();
    const cardOf = (id: string): Promise<Card | undefined> => {
      let card = cards.get(id);
      if (!card) {
        const request: CardRequest = { type: 'endolens:card', id };
        card = browser.runtime.sendMessage(request).then(
          (response) => (response as CardResponse | undefined) ?? undefined,
          () => undefined,
        );
        cards.set(id, card);
        // Not kept when it failed (the background was restarting): the next hover asks again.
        void card.then((c) => c || cards.delete(id));
      }
      return card;
    };
    const tooltip = new TooltipHost(document, {
      onFullEntry: (entry) => void browser.runtime.sendMessage({ type: 'endolens:open-entry', id: entry.id } satisfies OpenEntryRequest),
      onNotAMyth: (myth, range) => {
        reported.add(range);
        void addReport({ mythId: myth.id, sentence: range.toString().slice(0, 1000), url: location.href.slice(0, 2000), at: Date.now() });
      },
      isReported: (range) => reported.has(range),
    });
    // Only the latest request opens: a card that arrives after the pointer went elsewhere does not.
    let opening = 0;
    const open = async (f: Finding, focus = false): Promise<Card | undefined> => {
      const ticket = ++opening;
      const card = await cardOf(f.id);
      if (!card || ticket !== opening || !lens) return undefined;
      tooltip.open(card, f.range, focus);
      return card;
    };
    const judge = async (sentences: JudgeRequest['sentences'], mentions: readonly { id: string }[], more: boolean) => {
      const request: JudgeRequest = { type: 'endolens:judge', terms: countTerms(mentions), sentences, more };
      const response = (await browser.runtime.sendMessage(request)) as JudgeResponse | undefined;
      if (!response) return undefined;
      const ids: string[][] = sentences.map(() => []);
      response.asserted.forEach((i, k) => (ids[i] = response.ids[k] ?? []));
      return ids;
    };

    const stop = () => {
      opening++;
      running?.abort();
      lens?.stop();
      lens = undefined;
      tooltip.close();
    };
    const start = () => {
      stop();
      if (!isActiveOn(settings, location.hostname) || !document.body) return;
      const current = new PageLens(catalogue, settings, { judge });
      const controller = new AbortController();
      lens = current;
      running = controller;
      watchHover({
        doc: document,
        index: current.findings,
        tooltip,
        delayMs: () => settings.hoverDelayMs,
        open: (f) => void open(f),
        arrive: (f) => void cardOf(f.id),
        leave: () => opening++,
        signal: controller.signal,
      });
      void current.scan(document.body).then(() => {
        if (controller.signal.aborted) return;
        observeAdditions(document.body, (nodes) => nodes.forEach((n) => void current.scan(n, true)), controller.signal);
      });
    };

    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id || !lens) return undefined;
      let target: Finding | undefined;
      if (isRevealRequest(message)) {
        target =
          message.kind === 'myth'
            ? lens.myths[message.index]?.finding
            : lens.findings.terms.find((f) => f.id === countTerms(lens!.mentions)[message.index]?.id);
      } else if (isStepRequest(message)) {
        const selection = window.getSelection();
        const from = tooltip.current ?? (selection?.rangeCount ? selection.getRangeAt(0) : undefined);
        target = stepFrom(lens.findings.all(), from, message.direction);
      } else return undefined;
      if (!target) return Promise.resolve(false);
      const found = target;
      const list = lens.findings.all();
      showFinding(found, window);
      return open(found, true).then((card) => {
        if (!card) return false;
        const { entry } = card;
        tooltip.announce(`${list.indexOf(found) + 1} of ${list.length}: ${entry.kind === 'term' ? entry.name : `myth, ${entry.claim}`}`);
        return true;
      });
    });

    const unwatch = watchSettings((next) => {
      settings = next;
      start();
    });
    ctx.onInvalidated(() => {
      unwatch();
      stop();
    });
    start();
  },
});
