/**
 * Search over the whole catalogue as a person types: term names, their aliases and myth claims.
 * Pure: no browser or DOM API.
 */
import type { CompiledCatalogue } from './types.ts';

/** One result: which entry, the text shown for it, and the alias that matched when it was not the name. */
export interface SearchHit {
  kind: 'term' | 'myth';
  id: string;
  /** The term's name or the myth's claim. */
  title: string;
  /** The alias that matched, when the match was not on the title. */
  via?: string;
  /** Lower is better: 0 exact name … 6 substring. */
  rank: number;
}

// Greek letters as people type them in Latin, so "beta" finds "β-EP" and "μ" finds "mu-opioid".
const GREEK: Record<string, string> = { α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', κ: 'kappa', μ: 'mu', µ: 'mu' };

/**
 * Folds text for comparison: lower case, no diacritics, Greek letters spelled out, and every
 * hyphen, dash, apostrophe or other punctuation made one space.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[αβγδκμµ]/g, (c) => ` ${GREEK[c]} `)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Field {
  text: string;
  /** Name or claim (true) versus alias (false). */
  title: boolean;
}

/** How well `field` matches the folded query: 0 exact, 1 prefix, 2 every word a word start, 3 substring. */
function matchClass(field: string, query: string): number | undefined {
  if (field === query) return 0;
  if (field.startsWith(query)) return 1;
  const words = field.split(' ');
  if (query.split(' ').every((q) => words.some((w) => w.startsWith(q)))) return 2;
  // Hyphen-insensitive also means "betaendorphin" finds "beta-endorphin".
  if (field.includes(query) || field.replaceAll(' ', '').includes(query.replaceAll(' ', ''))) return 3;
  return undefined;
}

/** Rank of an entry: its best field. Titles beat aliases within each class; substrings come last. */
function bestMatch(fields: Field[], query: string): { rank: number; field: Field } | undefined {
  let best: { rank: number; field: Field } | undefined;
  for (const field of fields) {
    const cls = matchClass(foldForSearch(field.text), query);
    if (cls === undefined) continue;
    const rank = cls === 3 ? 6 : cls * 2 + (field.title ? 0 : 1);
    if (!best || rank < best.rank) best = { rank, field };
  }
  return best;
}

/**
 * Entries whose name, alias or claim matches `query`, best first, at most `limit`. Case, diacritics,
 * hyphens and punctuation are ignored. Order: exact name, exact alias, name prefix, alias prefix,
 * word starts in a name or claim, word starts in an alias, substrings; ties go to terms, then to the
 * shorter title. An empty query gives no results.
 */
export function searchCatalogue(
  catalogue: Pick<CompiledCatalogue, 'terms' | 'myths'>,
  query: string,
  limit = 20,
): SearchHit[] {
  const q = foldForSearch(query);
  if (!q || limit <= 0) return [];
  const hits: SearchHit[] = [];
  for (const term of catalogue.terms) {
    const fields = [{ text: term.name, title: true }, ...term.aliases.map((a) => ({ text: a.text, title: false }))];
    const best = bestMatch(fields, q);
    if (best) hits.push({ kind: 'term', id: term.id, title: term.name, rank: best.rank, ...(best.field.title ? {} : { via: best.field.text }) });
  }
  for (const myth of catalogue.myths) {
    const best = bestMatch([{ text: myth.claim, title: true }], q);
    if (best) hits.push({ kind: 'myth', id: myth.id, title: myth.claim, rank: best.rank });
  }
  return hits
    .sort((a, b) => a.rank - b.rank || (a.kind === b.kind ? 0 : a.kind === 'term' ? -1 : 1) || a.title.length - b.title.length || a.title.localeCompare(b.title))
    .slice(0, limit);
}
