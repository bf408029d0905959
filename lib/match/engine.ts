/**
 * The whole engine over one text: terms, myth candidates, judgements. What the CLI runs, and what
 * the extension runs split in two (terms and candidates in the page, judgements in the background).
 */
import type { CompiledCatalogue, Verdict } from '../catalogue/types';
import { buildCandidateFinder, findCandidates, type Candidate, type CandidateFinder } from './candidates';
import { createJudge, judgeSentence, type Judge } from './judge';
import { buildTermIndex, findTerms, type TermIndex, type TermMatch } from './terms';

/** A sentence that asserts a myth: offsets of the sentence in the scanned text. */
export interface MythMatch {
  id: string;
  verdict: Verdict;
  start: number;
  end: number;
  sentence: string;
}

export interface ScanResult {
  terms: TermMatch[];
  myths: MythMatch[];
}

export interface Engine {
  catalogue: CompiledCatalogue;
  terms: TermIndex;
  candidates: CandidateFinder;
  judge: () => Judge;
}

/** Prepares the engine for a catalogue; compromise is set up on the first judgement only. */
export function createEngine(catalogue: CompiledCatalogue): Engine {
  let judge: Judge | undefined;
  return {
    catalogue,
    terms: buildTermIndex(catalogue.forms),
    candidates: buildCandidateFinder(catalogue.myths),
    judge: () => (judge ??= createJudge(catalogue.myths, catalogue.lexicon, catalogue.patterns)),
  };
}

/** Judges candidate sentences of `text`; one match per asserted myth per sentence. */
export function judgeCandidates(engine: Engine, text: string, candidates: readonly Candidate[]): MythMatch[] {
  const judge = engine.judge();
  const out: MythMatch[] = [];
  for (const c of candidates) {
    const sentence = text.slice(c.start, c.end);
    for (const myth of judgeSentence(judge, sentence, c.myths).myths) {
      out.push({ id: myth.id, verdict: myth.verdict, start: c.start, end: c.end, sentence });
    }
  }
  return out;
}

/** Terms and asserted myths in `text`, offsets into `text`. */
export function scanText(engine: Engine, text: string): ScanResult {
  return {
    terms: findTerms(text, engine.terms),
    myths: judgeCandidates(engine, text, findCandidates(text, engine.candidates)),
  };
}
