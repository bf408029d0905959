/**
 * A static page of the tooltip cards and full entries, rendered from the real components with the
 * real styles, for screenshots and the accessibility check (scripts/screenshots.ts). Node only:
 * Preact renders into a happy-dom document and the markup is kept.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { h, render, type ComponentChild } from 'preact';
import type { CompiledCatalogue, Myth, Term } from '../lib/catalogue/types.ts';
import { htmlToText } from '../lib/cli/html-text.ts';
import { countTerms, type PageSummary } from '../lib/extension/messages.ts';
import { createEngine, scanText } from '../lib/match/engine.ts';
import { EntryView } from '../lib/ui/EntryView.tsx';
import { MythCard } from '../lib/ui/MythCard.tsx';
import { PopupApp } from '../lib/ui/popup/PopupApp.tsx';
import { TermCard } from '../lib/ui/TermCard.tsx';

const STYLES = ['base.css', 'cards.css', 'popup.css']
  .map((f) => readFileSync(new URL(`../lib/ui/styles/${f}`, import.meta.url), 'utf8'))
  .join('\n');

// The frame a tooltip will have on a page; the tooltip itself is built elsewhere.
const HARNESS = `
  body { margin: 0; padding: 24px; background: #e9ecf0; }
  @media (prefers-color-scheme: dark) { body { background: #0c0d10; } }
  .grid { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
  .shot { padding: 4px; }
  .frame { width: 380px; border: 1px solid var(--el-border); border-radius: 10px; box-shadow: 0 6px 24px rgb(0 0 0 / 0.18); overflow: hidden; }
  .frame--entry { width: 360px; padding: 12px 14px; }
  .frame--popup { width: 362px; }
  .frame--popup .el-popup { max-height: none; }
  .caption { margin: 0 0 6px; font: 12px system-ui, sans-serif; color: #4a5360; }
  @media (prefers-color-scheme: dark) { .caption { color: #b4bcc8; } }
`;

/** The markup Preact renders for `vnode`, rendered in a throwaway happy-dom document. */
export function renderStatic(vnode: ComponentChild): string {
  const window = new Window();
  const g = globalThis as { document?: unknown };
  const saved = g.document;
  g.document = window.document;
  try {
    const root = window.document.createElement('div');
    render(vnode, root as unknown as Element);
    return root.innerHTML;
  } finally {
    g.document = saved;
    void window.happyDOM.close();
  }
}

function find<T extends Term | Myth>(list: T[], id: string): T {
  const entry = list.find((e) => e.id === id) ?? list[0];
  if (!entry) throw new Error(`The catalogue has no entry ${id}`);
  return entry;
}

/** The popup's summary of an HTML page, from the same engine the extension runs (both halves at once). */
export function summaryOf(catalogue: CompiledCatalogue, html: string, host: string): PageSummary {
  const found = scanText(createEngine(catalogue), htmlToText(html));
  const terms = countTerms(found.terms);
  return {
    terms,
    termTotal: found.terms.length,
    myths: found.myths.map((m) => ({ id: m.id, verdict: m.verdict, sentence: m.sentence })),
    host,
  };
}

/** Names of the blocks of the preview page (`[data-shot=NAME]`), for element screenshots. */
export const SHOTS = ['popup-terms', 'card-term', 'card-myth', 'card-term-2', 'card-myth-reported', 'entry-term', 'entry-myth'] as const;

/**
 * A full HTML page with the popup's page view (with terms, which the content script's first
 * version does not send yet), two term cards, two myth cards and two full entries.
 */
export function previewPage(catalogue: CompiledCatalogue, page: { html: string; host: string }): string {
  const none = () => undefined;
  const term = find(catalogue.terms, 'beta-endorphin');
  const term2 = find(catalogue.terms, 'naloxone');
  const myth = find(catalogue.myths, 'happiness-chemical');
  const myth2 = find(catalogue.myths, 'endorphin-foods');
  const block = (shot: (typeof SHOTS)[number], caption: string, cls: string, child: ComponentChild) =>
    h('section', { class: 'shot', 'data-shot': shot }, h('p', { class: 'caption' }, caption), h('div', { class: `el-theme frame ${cls}` }, child));
  const popup = h(PopupApp, {
    catalogue, summary: summaryOf(catalogue, page.html, page.host), host: page.host, siteOn: true,
    onToggleSite: none, onReveal: none, optionsHref: '#', onOpenOptions: none,
  });
  // One render for all blocks, so that ids from useId stay unique on the page.
  const body = renderStatic(
    h('div', { class: 'grid' }, [
      h('h1', { class: 'el-visually-hidden' }, 'EndoLens cards'),
      block('popup-terms', 'PopupApp: page view with terms', 'frame--popup', popup),
      block('card-term', `TermCard: ${term.id}`, '', h(TermCard, { term, catalogue, onFullEntry: none })),
      block('card-myth', `MythCard: ${myth.id}`, '', h(MythCard, { myth, catalogue, onFullEntry: none, onNotAMyth: none })),
      block('card-term-2', `TermCard: ${term2.id}`, '', h(TermCard, { term: term2, catalogue, onFullEntry: none })),
      block('card-myth-reported', `MythCard: ${myth2.id}, reported`, '', h(MythCard, { myth: myth2, catalogue, onFullEntry: none, onNotAMyth: none, reported: true })),
      block('entry-term', `EntryView: ${term.id}`, 'frame--entry', h(EntryView, { entry: term, catalogue, onOpen: none })),
      block('entry-myth', `EntryView: ${myth.id}`, 'frame--entry', h(EntryView, { entry: myth, catalogue, onOpen: none })),
    ]),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>EndoLens cards</title>
<style>${STYLES}\n${HARNESS}</style></head><body>${body}</body></html>`;
}
