/**
 * Sentence bounds around an offset, for the myth detector. A line break (the text map's block
 * separator) always ends a sentence; so does . ! ? or … before white space, unless it closes a
 * known abbreviation (e.g., et al.) or an initial. Pure and local: it never scans more than MAX_SENTENCE
 * characters either side, so it stays cheap on a 50 MB text with no line breaks.
 */

/** A span of text: UTF-16 offsets, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

export const MAX_SENTENCE = 1000;

const ABBREVIATIONS = new Set([
  'al', 'approx', 'ca', 'cf', 'dr', 'e.g', 'eg', 'etc', 'fig', 'i.e', 'ie', 'inc', 'jr', 'ltd',
  'mr', 'mrs', 'ms', 'no', 'prof', 'sr', 'st', 'vs', 'vol', 'u.s', 'mg', 'approx',
]);

const END = /[.!?…]+['"”’)\]]*(?=\s)|\n/g;

function isBoundary(text: string, at: number, length: number): boolean {
  if (text[at] === '\n') return true;
  if (text[at] !== '.') return true;
  const before = text.slice(Math.max(0, at - 8), at);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Hughes"
  if (/^\d+$/.test(word) || /\.\p{L}$/u.test(word)) {
    // "2.5" never gets here (no space); "p. 12" or "U.S. law" continue when a lower-case word follows
    const next = /\S/.exec(text.slice(at + length, at + length + 4))?.[0] ?? '';
    return !/\p{Ll}/u.test(next);
  }
  return true; // forums start sentences in lower case too: "for sure. mine came back low"
}

/** Offsets just after each sentence end in [from, to). */
function* boundaries(text: string, from: number, to: number): Generator<number> {
  const re = new RegExp(END.source, 'g');
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    if (isBoundary(text, m.index, m[0].length)) yield m.index + m[0].length;
  }
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The sentence that holds `offset`, trimmed of white space. */
export function sentenceAt(text: string, offset: number): Span {
  const from = Math.max(0, offset - MAX_SENTENCE);
  let start = from;
  for (const b of boundaries(text, from, offset)) if (b <= offset) start = b;
  if (start === from && from > 0) {
    const line = text.lastIndexOf('\n', offset - 1);
    if (line >= from) start = line + 1;
  }
  let end = Math.min(text.length, offset + MAX_SENTENCE);
  for (const b of boundaries(text, offset, end)) {
    end = text[b - 1] === '\n' ? b - 1 : b;
    break;
  }
  return trim(text, { start, end });
}
