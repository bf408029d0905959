/**
 * docs/benchmarks.md: the bench rewrites the part between its two markers (figures, tables,
 * machine) and keeps what people wrote around it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backgroundTable, nodeTable, pageTable, targetTable, type Target } from './report';
import type { BenchResult, PageRow } from './results';

export const DOC = join(import.meta.dirname, '../../docs/benchmarks.md');
const START = '<!-- bench:start (written by npm run bench; edit outside these markers) -->';
const END = '<!-- bench:end -->';

/** The measured part: machine, targets, the tables. */
export function measuredSection(result: BenchResult, rows: readonly PageRow[], list: readonly Target[]): string {
  const m = result.machine;
  return [
    `Run of ${m.date}${result.quick ? ' (quick mode: one run of the small page)' : ''}, ${result.seconds.toFixed(0)} s in all.`,
    `Machine: ${m.cores} cores (\`nproc\`), ${m.cpu}, ${m.memoryGiB} GiB memory; ${m.chromium}, headless; Node ${m.node}; mark.js ${result.markJsVersion}.`,
    `Load average (1 min) at the start and the end: ${m.load.map((l) => l.toFixed(2)).join(' and ')} (at the start, anything well above 0 is other work on the machine; the end includes the bench's own).`,
    `Catalogue: ${result.catalogue}.`,
    '',
    '### Targets',
    '',
    targetTable(list),
    '',
    '### Pages in Chromium',
    '',
    'Medians over the runs. Times in ms; "scan" starts at the `endolens:scan-start` mark; "read" is the',
    '`endolens:read` mark (page read, terms painted, candidates sent to the background); "painted" the',
    '`endolens:painted` mark (last highlight registered, myths included). Main thread: the tasks from the',
    'start of the content script\'s evaluation to 50 ms after the painted mark; script eval: the task that',
    'evaluates content.js. Heap growth: used JS heap after a full GC with the extension, less the same',
    'page without it (MB = 10^6 bytes). DOM nodes: every node of the document once parsed, and after the',
    'scan. mark.js: one run, on the 200 KB and 1 MB pages only (20 to 40 s per 200 KB here).',
    '',
    pageTable(rows),
    '',
    '### Myth judgement in the background',
    '',
    backgroundTable(result.background),
    '',
    '### The engine in Node',
    '',
    `Cold, in a new process: importing the engine and compromise (through tsx) ${result.node.cold.importMs.toFixed(0)} ms from the process start, reading the compiled catalogue ${result.node.cold.catalogueMs.toFixed(0)} ms, the first judgement (compromise set up, one sentence) ${result.node.cold.firstJudgementMs.toFixed(0)} ms. Medians of 3 runs; pages of 500,000 characters and more judged once.`,
    '',
    nodeTable(result.node),
  ].join('\n');
}

/** Writes the measured section into docs/benchmarks.md, between the markers (added at the end when missing). */
export function writeDoc(section: string): void {
  const block = `${START}\n\n${section}\n\n${END}`;
  const current = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Benchmarks\n\n`npm run bench` (after `npm run build`).\n\n';
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  const next = from >= 0 && to > from ? `${current.slice(0, from)}${block}${current.slice(to + END.length)}` : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(DOC, next);
}
