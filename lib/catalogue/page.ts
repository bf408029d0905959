/**
 * The catalogue as the content script needs it, on every page load: the matcher's forms and
 * triggers, and for the tooltips each entry's short text and sources. Explanations, examples,
 * patterns and the lexicon stay in the background and the popup. Pure.
 */
import type { CompiledCatalogue, Source } from './types.ts';

/** A copy of `catalogue` with only what a page needs; entries keep their shape (long fields empty). */
export function toPageCatalogue(catalogue: CompiledCatalogue): CompiledCatalogue {
  const terms = catalogue.terms.map((t) => ({
    ...t,
    aliases: [],
    explanation: '',
    related: [],
    sources: t.sources.slice(0, 1).map((s) => ({ id: s.id, supports: '' })),
  }));
  const myths = catalogue.myths.map((m) => ({
    ...m,
    explanation: '',
    examples: { flag: [], pass: [] },
    detect: { triggers: m.detect.triggers, patterns: [] },
    sources: m.sources.map((s) => ({ id: s.id, supports: '' })),
  }));
  const cited = new Set([...terms, ...myths].flatMap((e) => e.sources.map((s) => s.id)));
  const sources: Record<string, Source> = {};
  for (const id of cited) {
    const s = catalogue.sources[id];
    if (s) sources[id] = { id, type: s.type, authors: s.authors, title: s.title, year: s.year, doi: s.doi, pmid: s.pmid, url: s.url };
  }
  return { version: 1, terms, myths, sources, forms: catalogue.forms, lexicon: { tags: {}, groups: {} }, patterns: {} };
}
