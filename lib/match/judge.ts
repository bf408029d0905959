/**
 * The second pass of the myth detector: compromise reads a candidate sentence, the myth's patterns
 * (compiled at build time, see lib/catalogue/patterns.ts) match the words and the lexicon's tags
 * (#Food), and the assertion rules drop sentences that debunk, negate, hedge, ask or attribute the claim.
 * Pure, but heavy (compromise): the extension runs it in the background, never in the page.
 * compromise's tokenizer build (`compromise/one`) is enough: the patterns name words and the
 * lexicon's tags, never parts of speech, and the inflections are spelled out at build time. It
 * judges every example and every labelled page exactly as the full build does, and loads in about
 * 15 ms instead of 260 (what a cold background pays before its first judgement).
 */
import nlp from 'compromise/one';
import type { Lexicon, Myth, Verdict } from '../catalogue/types';
import { isNegated, patternHasNegation, whyNotAsserted, type NotAsserted } from './assertion';

type Net = ReturnType<typeof nlp.buildNet>;

interface CompiledPattern {
  match: string;
  negationInside: boolean;
}

export interface Judge {
  /**
   * Each myth's patterns, and the same patterns as a compromise match-net: the net parses every
   * pattern once and indexes it by the words it needs, so a sentence is tried only against the
   * patterns whose words it holds (about ten times faster than `doc.match` pattern by pattern).
   * A myth's net is built the first time a sentence is judged against it (a cold background
   * judging one sentence builds one net, not twelve).
   */
  myths: Map<string, { verdict: Verdict; patterns: CompiledPattern[]; net: () => Net }>;
}

/** A judgement: the myths a sentence asserts, or why it asserts none of those it matched. */
export interface Judgement {
  myths: { id: string; verdict: Verdict }[];
  rejected?: NotAsserted;
}

let installedLexicon: Lexicon | undefined;

/** Replaces `@group` with `(word|word|…)` from the lexicon's groups. @throws Error on an unknown group */
export function expandGroups(pattern: string, groups: Record<string, string[]>): string {
  return pattern.replace(/@([a-z]+)/g, (_, name: string) => {
    const words = groups[name];
    if (!words) throw new Error(`unknown word group @${name} in pattern "${pattern}"`);
    return `(${words.join('|')})`;
  });
}

/**
 * Prepares the detector: installs the lexicon's tags into compromise (once). `patterns` are the
 * compiled patterns of each myth (the catalogue compiler spells out their inflections at build time).
 */
export function createJudge(myths: readonly Myth[], lexicon: Lexicon, patterns: Record<string, string[]>): Judge {
  if (installedLexicon !== lexicon) {
    const words: Record<string, string> = {};
    for (const [tag, list] of Object.entries(lexicon.tags)) for (const w of list) words[w.toLowerCase()] = tag;
    nlp.addWords(words);
    installedLexicon = lexicon;
  }
  const table: Judge['myths'] = new Map();
  for (const myth of myths) {
    const compiled = (patterns[myth.id] ?? []).map((match, i) => ({
      match,
      negationInside: patternHasNegation(myth.detect.patterns[i] ?? match),
    }));
    let net: Net | undefined;
    table.set(myth.id, {
      verdict: myth.verdict,
      patterns: compiled,
      net: () => (net ??= nlp.buildNet(compiled.map(({ match }, index) => ({ match, index })))),
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
  let why: NotAsserted | undefined;
  for (const id of ids ?? [...judge.myths.keys()]) {
    const entry = judge.myths.get(id);
    if (!entry) continue;
    // The first match of each pattern that matched, tried in the order of the patterns.
    const firstByPattern = new Map<number, string>();
    for (const hit of doc.sweep(entry.net(), { tagger: false }).found as { index: number; view: { text(): string } }[]) {
      if (!firstByPattern.has(hit.index)) firstByPattern.set(hit.index, hit.view.text());
    }
    for (const index of [...firstByPattern.keys()].sort((a, b) => a - b)) {
      matchedAny = true;
      const matched = firstByPattern.get(index)!;
      const at = Math.max(0, text.indexOf(matched));
      const before = text.slice(0, at);
      if (!entry.patterns[index]!.negationInside && isNegated(matched, before)) {
        negated = true;
        continue;
      }
      // Sentence-wide reasons hold for every match; a hedge counts only in the clause of the match.
      const reason = whyNotAsserted(sentence, { before, matched, after: text.slice(at + matched.length) });
      if (reason) {
        why ??= reason;
        if (reason !== 'hedge' && reason !== 'negated') return { myths: [], rejected: reason };
        continue;
      }
      myths.push({ id, verdict: entry.verdict });
      break;
    }
  }
  if (!matchedAny || myths.length) return { myths };
  if (why) return { myths: [], rejected: why };
  return negated ? { myths: [], rejected: 'negated' } : { myths: [] };
}
