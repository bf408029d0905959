/**
 * Myth patterns, compiled at build time: `@group` expands from the lexicon, and every plain word,
 * alone or in a `( | )` choice, becomes a choice of all its inflections, so the detector matches
 * "boosts", "boosted" and "endorphin-boosting" without relying on how compromise tags a sentence.
 */
import nlp from 'compromise';

type Doc = ReturnType<typeof nlp>;

/** Replaces `@group` with `(word|word|…)` from the lexicon's groups. @throws Error on an unknown group */
export function expandGroups(pattern: string, groups: Record<string, string[]>): string {
  return pattern.replace(/@([a-z]+)/g, (_, name: string) => {
    const words = groups[name];
    if (!words) throw new Error(`unknown word group @${name}`);
    return `(${words.join('|')})`;
  });
}

const BE = ['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re"];
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'not', 'no', 'cannot', 'never', 'nothing', 'none', 'nor', 'your', 'you', 'my', 'our', 'their', 'its', 'with', 'by', 'as', 'at', 'from', 'that', 'this', 'all', 'any', 'can', 'just', 'only']);
const inflectionCache = new Map<string, string[]>();

/**
 * Every form of a pattern word: verb forms (boost, boosts, boosted, boosting) and the noun plural.
 * Spelled out at compile time, so matching does not depend on how compromise tags a word in a
 * given sentence ("endorphin-boosting" is tagged a noun and has no lemma).
 */
export function inflections(word: string): string[] {
  const lower = word.toLowerCase();
  if (BE.includes(lower)) return BE;
  if (FUNCTION_WORDS.has(lower) || !/^[a-z]+$/.test(lower)) return [lower];
  let forms = inflectionCache.get(lower);
  if (!forms) {
    const verb = (nlp(lower).tag('Verb') as Doc).verbs().conjugate()[0] as Record<string, string> | undefined;
    const plural = (nlp(lower).tag('Noun') as Doc).nouns().toPlural().text().toLowerCase();
    const all = [lower, plural, ...Object.values(verb ?? {})].filter((f) => /^[a-z]+$/.test(f));
    forms = [...new Set(all)];
    inflectionCache.set(lower, forms);
  }
  return forms;
}

/**
 * A data pattern as compromise runs it: `@group` expands, and every plain word, alone or in a
 * `( | )` choice, becomes a choice of all its inflections.
 * @throws Error on an unknown group or a choice that holds more than single words
 */
export function compilePattern(pattern: string, groups: Record<string, string[]>): string {
  if (/\([^)]*\s[^)]*\)/.test(pattern)) {
    throw new Error('a ( | ) choice holds single words only');
  }
  const choice = (words: string[]) =>
    `(${[...new Set(words.flatMap((w) => (/^[\p{L}'’]+$/u.test(w) ? inflections(w) : [w])))].join('|')})`;
  return expandGroups(pattern, groups)
    .split(/\s+/)
    .map((token) => {
      const word = /^([\p{L}][\p{L}'’]*)([?*+]?)$/u.exec(token);
      if (word) return choice([word[1]!]) + word[2];
      const group = /^\(([^()]+)\)([?*+]?)$/.exec(token);
      if (group) return choice(group[1]!.split('|')) + group[2];
      return token;
    })
    .join(' ');
}

