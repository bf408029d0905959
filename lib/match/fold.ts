/**
 * Text folding shared by the term matcher and the myth candidate finder: a copy of the text of the
 * same length (offsets stay valid) in lower case, with look-alike characters made one.
 */

// Characters inside a word that do not split it: soft hyphen, zero-width space/joiners, word joiner.
export const INVISIBLE = '\u00AD\u200B\u200C\u200D\u2060';
const INVISIBLE_RE = /[\u00AD\u200B\u200C\u200D\u2060]/g;

/** Removes soft hyphens and zero-width characters from a token. */
export function stripInvisible(token: string): string {
  return token.includes('\u00AD') || /[\u200B-\u200D\u2060]/.test(token) ? token.replace(INVISIBLE_RE, '') : token;
}

/**
 * Lower-cases `text` without changing its length; the micro sign becomes Greek mu.
 * (U+0130 is the one character whose lower case is longer; it folds to a plain i.)
 */
export function foldText(text: string): string {
  let folded = text.includes('\u0130') ? text.replace(/\u0130/g, 'I').toLowerCase() : text.toLowerCase();
  if (folded.includes('\u00B5')) folded = folded.replace(/\u00B5/g, '\u03BC');
  return folded;
}

/** A word token: letters, digits and combining marks, with invisible characters inside. */
export const WORD = /[\p{L}\p{N}\p{M}\u00AD\u200B\u200C\u200D\u2060]+/gu;

/** What may stand between two words of one form: spaces of every kind, hyphens, apostrophes. */
export const GAP = /^[\s\u00A0\u202F\-\u2010\u2011\u2012\u2013'\u2019\u02BC\[\]/]{1,3}$/;

/** Splits a form into folded tokens (used when building the index). */
export function tokenize(text: string): string[] {
  return [...foldText(text).matchAll(WORD)].map((m) => stripInvisible(m[0]));
}
