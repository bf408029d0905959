import './style.css';
import catalogue from 'virtual:endolens-catalogue/page';
import {
  countTerms,
  isRevealRequest,
  isStepRequest,
  type JudgeRequest,
  type JudgeResponse,
  type OpenEntryRequest,
} from '@/lib/extension/messages';
import type { Finding } from '@/lib/highlight/findings';
import { observeAdditions } from '@/lib/scan/observe';
import { PageLens } from '@/lib/scan/page-lens';
import { addReport, isActiveOn, loadSettings, watchSettings, type Settings } from '@/lib/settings';
import { entryById } from '@/lib/ui/lookup';
import { watchHover } from '@/lib/ui/tooltip/hover';
import { TooltipHost } from '@/lib/ui/tooltip/host';
import { showFinding, stepFrom } from '@/lib/ui/tooltip/navigate';

// Wires the page to the engine: settings decide whether EndoLens runs here; PageLens reads and
// paints; the tooltip opens on hover, from the popup and from the keyboard command.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    let settings: Settings = await loadSettings();
    let lens: PageLens | undefined;
    let running: AbortController | undefined;
    const reported = new WeakSet<Range>();

    const entryOf = (f: Finding) => entryById(catalogue, f.id);
    const tooltip = new TooltipHost(document, catalogue, {
      onFullEntry: (entry) => void browser.runtime.sendMessage({ type: 'endolens:open-entry', id: entry.id } satisfies OpenEntryRequest),
      onNotAMyth: (myth, range) => {
        reported.add(range);
        void addReport({ mythId: myth.id, sentence: range.toString().slice(0, 1000), url: location.href.slice(0, 2000), at: Date.now() });
      },
      isReported: (range) => reported.has(range),
    });
    const open = (f: Finding, focus = false) => {
      const entry = entryOf(f);
      if (entry) tooltip.open(entry, f.range, focus);
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
      watchHover({ doc: document, index: current.findings, tooltip, delayMs: () => settings.hoverDelayMs, open, signal: controller.signal });
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
      showFinding(target, window);
      open(target, true);
      const entry = entryOf(target);
      const list = lens.findings.all();
      tooltip.announce(`${list.indexOf(target) + 1} of ${list.length}: ${entry?.kind === 'term' ? entry.name : `myth, ${entry?.claim ?? ''}`}`);
      return Promise.resolve(true);
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
