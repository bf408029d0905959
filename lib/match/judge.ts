/**
 * The second pass of the myth detector: compromise reads a candidate sentence, the myth's patterns
 * match every inflection of their words ("boost" finds boosts, boosted, boosting) and the lexicon's
 * tags (#Food), and
 * the assertion rules drop sentences that debunk, negate, hedge, ask or attribute the claim.
 * Pure, but heavy (compromise): the extension runs it in the background, never in the page.
 */
import nlp from 'compromise';
import type { Lexicon, Myth, Verdict } from '../catalogue/types';
import { isNegated, patternHasNegation, whyNotAsserted, type NotAsserted } from './assertion';

interface CompiledPattern {
  match: string;
  negationInside: boolean;
}

export interface Judge {
  myths: Map<string, { verdict: Verdict; patterns: CompiledPattern[] }>;
}

/** A judgement: the myths a sentence asserts, or why it asserts none of those it matched. */
export interface Judgement {
  myths: { id: string; verdict: Verdict }[];
  rejected?: NotAsserted;
}

type Doc = ReturnType<typeof nlp>;

let installedLexicon: Lexicon | undefined;

/** Replaces `@group` with `(word|word|…)` from the lexicon's groups. @throws Error on an unknown group */
export function expandGroups(pattern: string, groups: Record<string, string[]>): string {
  return pattern.replace(/@([a-z]+)/g, (_, name: string) => {
    const words = groups[name];
    if (!words) throw new Error(`unknown word group @${name} in pattern "${pattern}"`);
    return `(${words.join('|')})`;
  });
}

const BE = ['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re"];
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'not', 'no', 'your', 'you', 'my', 'our', 'their', 'its', 'with', 'by', 'as', 'at', 'from', 'that', 'this', 'all', 'any', 'can', 'just', 'only']);
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
    throw new Error(`a ( | ) choice holds single words only, in pattern "${pattern}"`);
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

/** Prepares the detector: installs the lexicon's tags into compromise (once) and expands the patterns. */
export function createJudge(myths: readonly Myth[], lexicon: Lexicon): Judge {
  if (installedLexicon !== lexicon) {
    const words: Record<string, string> = {};
    for (const [tag, list] of Object.entries(lexicon.tags)) for (const w of list) words[w.toLowerCase()] = tag;
    nlp.addWords(words);
    installedLexicon = lexicon;
  }
  const table = new Map<string, { verdict: Verdict; patterns: CompiledPattern[] }>();
  for (const myth of myths) {
    table.set(myth.id, {
      verdict: myth.verdict,
      patterns: myth.detect.patterns.map((p) => {
        const match = compilePattern(p, lexicon.groups);
        return { match, negationInside: patternHasNegation(p) };
      }),
    });
  }
  return { myths: table };
}

/**
 * The sentence as compromise reads it best. Headlines in Title Case or CAPITALS are lower-cased:
 * compromise takes capitalised words for names and gives them no lemma.
 */
export function readable(sentence: string): string {
  const words = sentence.match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return sentence;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.6 ? sentence.toLowerCase() : sentence;
}

/** Judges one sentence against the given myths (all myths when `ids` is omitted). */
export function judgeSentence(judge: Judge, sentence: string, ids?: readonly string[]): Judgement {
  const doc = nlp(readable(sentence));
  const text = doc.text();
  const myths: Judgement['myths'] = [];
  let matchedAny = false;
  let negated = false;
  for (const id of ids ?? [...judge.myths.keys()]) {
    const entry = judge.myths.get(id);
    if (!entry) continue;
    for (const pattern of entry.patterns) {
      const found = doc.match(pattern.match);
      if (!found.found) continue;
      matchedAny = true;
      const matched = found.text();
      const at = text.indexOf(matched);
      if (!pattern.negationInside && isNegated(matched, at > 0 ? text.slice(0, at) : '')) {
        negated = true;
        continue;
      }
      myths.push({ id, verdict: entry.verdict });
      break;
    }
  }
  if (!matchedAny) return { myths: [] };
  const why = whyNotAsserted(sentence);
  if (why) return { myths: [], rejected: why };
  if (!myths.length && negated) return { myths: [], rejected: 'negated' };
  return { myths };
}
