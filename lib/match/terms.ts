/**
 * The term matcher: finds every surface form of the catalogue in a text, by words, longest form
 * first, and returns character offsets into that text. Pure; runs in Node and in the browser.
 */
import type { SurfaceForm } from '../catalogue/types';
import { GAP, WORD, foldText, stripInvisible, tokenize } from './fold';
import { sentenceAt } from './sentences';

/** One term found in a text: `start` and `end` are UTF-16 offsets, `end` exclusive. */
export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

interface IndexedForm {
  id: string;
  tokens: string[];
  exact?: string[];
  context?: 'window' | 'sentence';
  /** Words before and after the form in each phrase where it does not count. */
  unless?: { before: string[]; after: string[] }[];
}

/** Forms keyed by their first folded word, longest first. */
export interface TermIndex {
  byFirst: Map<string, IndexedForm[]>;
}

const INVISIBLE_ANY = /[\u00AD\u200B\u200C\u200D\u2060]/;

/** How far (characters, either side) an ambiguous form looks for an unambiguous term. */
export const CONTEXT_WINDOW = 1500;

/** How far a `sentence` form looks, at most, within its own sentence. */
const SENTENCE_REACH = 300;

/** Builds the matcher's index from the compiled forms. */
export function buildTermIndex(forms: readonly SurfaceForm[]): TermIndex {
  const byFirst = new Map<string, IndexedForm[]>();
  for (const form of forms) {
    const tokens = tokenize(form.text);
    const first = tokens[0];
    if (!first) continue;
    const exact = form.exact ? [...form.text.matchAll(WORD)].map((m) => stripInvisible(m[0])) : undefined;
    const list = byFirst.get(first) ?? [];
    const unless = form.unless?.flatMap((phrase) => splitPhrase(tokenize(phrase), tokens));
    list.push({ id: form.id, tokens, exact, context: form.context, ...(unless?.length ? { unless } : {}) });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirst };
}

/** A phrase's words around the form's words, or nothing when the phrase does not hold the form. */
function splitPhrase(phrase: string[], form: string[]): { before: string[]; after: string[] }[] {
  for (let i = 0; i + form.length <= phrase.length; i++) {
    if (form.every((t, k) => phrase[i + k] === t)) return [{ before: phrase.slice(0, i), after: phrase.slice(i + form.length) }];
  }
  return [];
}

/** Whether the words around [start, end) of `folded` make one of the form's `unless` phrases. */
function isExcepted(folded: string, start: number, end: number, form: IndexedForm): boolean {
  if (!form.unless) return false;
  const before = [...folded.slice(Math.max(0, start - 80), start).matchAll(WORD)].map((m) => stripInvisible(m[0]));
  const after = [...folded.slice(end, end + 80).matchAll(WORD)].map((m) => stripInvisible(m[0]));
  return form.unless.some(
    (u) =>
      u.before.every((t, k) => before[before.length - u.before.length + k] === t) &&
      u.after.every((t, k) => after[k] === t),
  );
}

/** The end offset of `form` when it starts at the word [start, firstEnd) of `folded`, or -1. */
function matchForm(text: string, folded: string, form: IndexedForm, start: number, firstEnd: number): number {
  const next = new RegExp(WORD.source, 'gu');
  let end = firstEnd;
  for (let k = 1; k < form.tokens.length; k++) {
    next.lastIndex = end;
    const m = next.exec(folded);
    if (!m || !GAP.test(folded.slice(end, m.index))) return -1;
    if (stripInvisible(m[0]) !== form.tokens[k]) return -1;
    end = m.index + m[0].length;
  }
  if (form.exact) {
    const original = [...text.slice(start, end).matchAll(WORD)].map((m) => stripInvisible(m[0]));
    if (original.join(' ') !== form.exact.join(' ')) return -1;
  }
  return end;
}

function hasContext(sorted: readonly number[], position: number, window: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < position - window) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! <= position + window;
}

/**
 * Finds every term in `text`. Word boundaries hold, the longest form wins, matches do not overlap,
 * and forms marked `context` are kept only within `window` characters of an unambiguous match.
 * @returns matches in text order
 */
export function findTerms(text: string, index: TermIndex, window = CONTEXT_WINDOW): TermMatch[] {
  const folded = foldText(text);
  const words = new RegExp(WORD.source, 'gu');
  const found: (TermMatch & { context?: 'window' | 'sentence' })[] = [];
  // Most texts hold no soft hyphen or zero-width character: then no word needs stripping.
  const invisible = INVISIBLE_ANY.test(folded);
  let m: RegExpExecArray | null;
  while ((m = words.exec(folded))) {
    const candidates = index.byFirst.get(invisible ? stripInvisible(m[0]) : m[0]);
    if (!candidates) continue;
    const start = m.index;
    const firstEnd = start + m[0].length;
    for (const form of candidates) {
      const end = form.tokens.length === 1 && !form.exact ? firstEnd : matchForm(text, folded, form, start, firstEnd);
      if (end < 0) continue;
      if (isExcepted(folded, start, end, form)) break;
      found.push({ id: form.id, start, end, context: form.context });
      words.lastIndex = end;
      break;
    }
  }
  if (!found.some((f) => f.context)) return found.map(({ id, start, end }) => ({ id, start, end }));
  const anchors = found.filter((f) => !f.context).map((f) => f.start);
  const inSentence = (f: TermMatch) => {
    const s = sentenceAt(text, f.start);
    const from = Math.max(s.start, f.start - SENTENCE_REACH);
    const to = Math.min(s.end, f.end + SENTENCE_REACH);
    return anchors.some((a) => a >= from && a < to);
  };
  return found
    .filter((f) => !f.context || (f.context === 'window' ? hasContext(anchors, f.start, window) : inSentence(f)))
    .map(({ id, start, end }) => ({ id, start, end }));
}
