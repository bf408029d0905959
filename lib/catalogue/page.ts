/**
 * What the page side needs of the catalogue, kept small because the content script loads on every
 * page: to read a page, only the matcher's surface forms and each myth's trigger words (carried in
 * the content script); to show a tooltip, one entry's card, which the background hands out on
 * demand. Explanations, examples, patterns and the lexicon never reach the page. Pure.
 */
import type { CompiledCatalogue, Entry, Myth, Source, SurfaceForm, Term } from './types.ts';

/** What the content script carries: the forms it matches and the trigger words of each myth. */
export interface ScanCatalogue {
  forms: SurfaceForm[];
  myths: { id: string; detect: { triggers: string[] } }[];
}

/** The scan catalogue of `catalogue`. */
export function toScanCatalogue(catalogue: CompiledCatalogue): ScanCatalogue {
  return { forms: catalogue.forms, myths: catalogue.myths.map((m) => ({ id: m.id, detect: { triggers: m.detect.triggers } })) };
}

/**
 * What a tooltip shows for one entry: the entry with its short texts (long fields empty), the
 * myths about a term, and the sources they cite (short form: no notes). `view` has the shape the
 * UI's lookups read (lib/ui/lookup.ts).
 */
export interface Card {
  entry: Entry;
  view: { terms: Term[]; myths: Myth[]; sources: Record<string, Source> };
}

function slimTerm(t: Term): Term {
  return { ...t, aliases: [], explanation: '', related: [], sources: t.sources.slice(0, 1).map((s) => ({ id: s.id, supports: '' })) };
}

function slimMyth(m: Myth): Myth {
  return {
    ...m,
    explanation: '',
    examples: { flag: [], pass: [] },
    detect: { triggers: [], patterns: [] },
    sources: m.sources.map((s) => ({ id: s.id, supports: '' })),
  };
}

/** The card of the term or myth `id`, or undefined for an unknown id. */
export function cardOf(catalogue: CompiledCatalogue, id: string): Card | undefined {
  const term = catalogue.terms.find((t) => t.id === id);
  const myth = term ? undefined : catalogue.myths.find((m) => m.id === id);
  if (!term && !myth) return undefined;
  const entry = term ? slimTerm(term) : slimMyth(myth!);
  const myths = term ? catalogue.myths.filter((m) => m.related.includes(id)).map(slimMyth) : [entry as Myth];
  const sources: Record<string, Source> = {};
  for (const { id: sourceId } of entry.sources) {
    const s = catalogue.sources[sourceId];
    if (s) sources[sourceId] = { id: sourceId, type: s.type, authors: s.authors, title: s.title, year: s.year, doi: s.doi, pmid: s.pmid, url: s.url };
  }
  return { entry, view: { terms: term ? [entry as Term] : [], myths, sources } };
}
