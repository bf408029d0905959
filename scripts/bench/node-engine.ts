/**
 * The engine in Node on the benchmark's pages, in a process of its own (started by node.ts):
 * `node --import tsx node-engine.ts <pages.json> <catalogue.json> <runs>`; prints one JSON object.
 * Cold: importing the engine and compromise (from this process's start), reading the compiled
 * catalogue, and the first judgement.
 */
import { readFileSync } from 'node:fs';
import type { CompiledCatalogue } from '../../lib/catalogue/types';

const sinceStart = () => performance.now();
const [listFile, catalogueFile, runsArg] = process.argv.slice(2);
const pages = JSON.parse(readFileSync(listFile!, 'utf8')) as { name: string; file: string }[];
const runs = Number(runsArg ?? 3);

const { htmlToText } = await import('../../lib/cli/html-text');
const { createEngine, judgeCandidates } = await import('../../lib/match/engine');
const { findCandidates } = await import('../../lib/match/candidates');
const { findTerms } = await import('../../lib/match/terms');
const { judgeSentence } = await import('../../lib/match/judge');
const imported = sinceStart();
const engine = createEngine(JSON.parse(readFileSync(catalogueFile!, 'utf8')) as CompiledCatalogue);
const read = sinceStart();
judgeSentence(engine.judge(), 'Endorphins are the happiness chemical.');
const cold = { importMs: imported, catalogueMs: read - imported, firstJudgementMs: sinceStart() - read };

function timed<T>(n: number, fn: () => T): { ms: number; value: T } {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    value = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[times.length >> 1]!, value };
}

const results = pages.map(({ name, file }) => {
  const html = readFileSync(file, 'utf8');
  const text = timed(runs, () => htmlToText(html));
  const terms = timed(runs, () => findTerms(text.value, engine.terms));
  const candidates = timed(runs, () => findCandidates(text.value, engine.candidates));
  // The big pages are judged once (about 1 s for the 5 MB page).
  const big = text.value.length >= 500_000;
  const judged = timed(big ? 1 : runs, () => judgeCandidates(engine, text.value, candidates.value));
  return {
    name,
    chars: text.value.length,
    htmlToTextMs: text.ms,
    termsMs: terms.ms,
    candidatesMs: candidates.ms,
    judgeMs: judged?.ms,
    terms: terms.value.length,
    candidates: candidates.value.length,
    myths: judged?.value.length,
  };
});

process.stdout.write(JSON.stringify({ cold, pages: results }));
