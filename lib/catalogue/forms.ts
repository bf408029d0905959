/**
 * Surface-form generation, run at build time: from the aliases editors wrote to every form the
 * matcher looks for (plurals, Greek letters and their names, possessives without the apostrophe).
 */
import nlp from 'compromise';
import type { Alias, SurfaceForm } from './types.ts';

const GREEK: [RegExp, string][] = [
  [/\bbeta\b/gi, 'β'],
  [/\bmu\b/gi, 'μ'],
  [/\bdelta\b/gi, 'δ'],
  [/\bkappa\b/gi, 'κ'],
  [/β/g, 'beta'],
  [/[μµ]/g, 'mu'],
  [/δ/g, 'delta'],
  [/κ/g, 'kappa'],
];

/** The regular English plural, for words compromise leaves alone. */
function englishPlural(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:x|z|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

/** The plural of a form's last word: compromise for words, a plain `s` for abbreviations. */
export function pluralOf(form: string): string | undefined {
  const match = /^(.*?)([\p{L}\p{N}]+)$/u.exec(form);
  if (!match) return undefined;
  const [, head = '', last = ''] = match;
  if (/^[A-Z0-9]+$/.test(last) || /\d$/.test(last)) return `${head}${last}s`;
  if (/s$/i.test(last) && !/ss$/i.test(last)) return undefined; // already plural, or -is/-us words
  let plural = (nlp(last).tag('Noun') as ReturnType<typeof nlp>).nouns().toPlural().text();
  if (!plural || plural.toLowerCase() === last.toLowerCase() || /\s/.test(plural)) plural = englishPlural(last);
  return head + plural;
}

/** Every spelling of one alias: itself, its plural, Greek swaps and `'s` without the apostrophe. */
export function expandAlias(alias: Alias): string[] {
  const out = new Set<string>([alias.text]);
  if (alias.plural) {
    const plural = pluralOf(alias.text);
    if (plural) out.add(plural);
  }
  for (const form of [...out]) {
    for (const [pattern, replacement] of GREEK) {
      if (pattern.test(form)) out.add(form.replace(pattern, replacement));
      pattern.lastIndex = 0;
    }
  }
  for (const form of [...out]) {
    if (/['’]s\b/.test(form)) out.add(form.replace(/['’]s\b/g, 's'));
  }
  return [...out];
}

/** The matcher's forms for one term. */
export function surfaceForms(id: string, aliases: Alias[]): SurfaceForm[] {
  return aliases.flatMap((alias) =>
    expandAlias(alias).map((text) => ({
      id,
      text,
      ...(alias.case === 'sensitive' ? { exact: true as const } : {}),
      ...(alias.context ? { context: alias.context === 'sentence' ? ('sentence' as const) : ('window' as const) } : {}),
      ...(alias.unless.length ? { unless: alias.unless } : {}),
    })),
  );
}
