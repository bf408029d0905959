/**
 * Cheap first pass of the myth detector: sentences that hold a trigger word of some myth. No
 * natural-language parsing here, so it can run in the content script on whole pages.
 */
import { foldText } from './fold';
import { sentenceAt, type Span } from './sentences';

/** A sentence worth judging, with the myths whose trigger words it holds. */
export interface Candidate extends Span {
  myths: string[];
}

export interface CandidateFinder {
  pattern: RegExp;
  triggers: { word: string; myths: string[] }[];
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Prepares the trigger search. A trigger matches words that begin with it ("endorphin" finds "endorphins"). */
export function buildCandidateFinder(myths: readonly { id: string; detect: { triggers: readonly string[] } }[]): CandidateFinder {
  const byWord = new Map<string, string[]>();
  for (const myth of myths) {
    for (const trigger of myth.detect.triggers) {
      const word = foldText(trigger.trim());
      byWord.set(word, [...(byWord.get(word) ?? []), myth.id]);
    }
  }
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length);
  const source = words.length ? `(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})` : '(?!)';
  return {
    pattern: new RegExp(source, 'gu'),
    triggers: words.map((word) => ({ word, myths: byWord.get(word)! })),
  };
}

/** Every sentence of `text` that holds a trigger, once, in text order. */
export function findCandidates(text: string, finder: CandidateFinder): Candidate[] {
  const folded = foldText(text);
  const re = new RegExp(finder.pattern.source, 'gu');
  const out: Candidate[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded))) {
    const at = m.index;
    const last = out[out.length - 1];
    let sentence: Candidate;
    if (last && at >= last.start && at < last.end) sentence = last;
    else {
      sentence = { ...sentenceAt(text, at), myths: [] };
      out.push(sentence);
    }
    for (const t of finder.triggers) {
      if (folded.startsWith(t.word, at)) {
        for (const id of t.myths) if (!sentence.myths.includes(id)) sentence.myths.push(id);
      }
    }
  }
  return out;
}
