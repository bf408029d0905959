/**
 * `npm run eval`: precision and recall of the engine on the labelled pages of the development set
 * (tests/fixtures/eval/ and tests/fixtures/tuning/, both used for tuning), or with `--heldout` on
 * tests/fixtures/heldout/ (written apart, never used for tuning), per myth and per term category. Each page has a `.labels.yaml` beside it (see the README there).
 * Prints the tables; `--details` also lists every miss and every false alarm.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadCatalogue } from '../lib/catalogue/load-node';
import { htmlToText } from '../lib/cli/html-text';
import { createEngine, scanText } from '../lib/match/engine';

// --heldout scores the held-out set, written apart and never used for tuning.
const SETS = process.argv.includes('--heldout') ? ['heldout'] : ['eval', 'tuning'];
const FIXTURES = join(import.meta.dirname, '../tests/fixtures');
const details = process.argv.includes('--details');

interface Labels {
  myths?: { id: string; sentence: string }[];
  terms?: Record<string, number>;
}
interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

const catalogue = loadCatalogue();
const engine = createEngine(catalogue);
const category = new Map(catalogue.terms.map((t) => [t.id, t.category]));
const myths = new Map<string, Tally>(catalogue.myths.map((m) => [m.id, tally()]));
const categories = new Map<string, Tally>();
const problems: string[] = [];

const pages = SETS.flatMap((set) =>
  readdirSync(join(FIXTURES, set))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(set, f)),
);
for (const page of pages) {
  const labels = parse(readFileSync(join(FIXTURES, page.replace(/\.html$/, '.labels.yaml')), 'utf8')) as Labels;
  const text = htmlToText(readFileSync(join(FIXTURES, page), 'utf8'));
  const result = scanText(engine, text);

  const expected = (labels.myths ?? []).map((m) => ({ ...m, key: squash(m.sentence), used: false }));
  for (const found of result.myths) {
    const key = squash(found.sentence);
    const hit = expected.find((e) => !e.used && e.id === found.id && (e.key === key || key.includes(e.key) || e.key.includes(key)));
    const t = myths.get(found.id)!;
    if (hit) {
      hit.used = true;
      t.tp++;
    } else {
      t.fp++;
      problems.push(`${page}: false alarm ${found.id}: ${found.sentence}`);
    }
  }
  for (const e of expected.filter((x) => !x.used)) {
    (myths.get(e.id) ?? myths.set(e.id, tally()).get(e.id)!).fn++;
    problems.push(`${page}: missed ${e.id}: ${e.sentence}`);
  }

  const counts = new Map<string, number>();
  for (const t of result.terms) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
  const ids = new Set([...counts.keys(), ...Object.keys(labels.terms ?? {})]);
  for (const id of ids) {
    const got = counts.get(id) ?? 0;
    const want = labels.terms?.[id] ?? 0;
    const c = category.get(id) ?? 'unknown';
    const t = categories.get(c) ?? categories.set(c, tally()).get(c)!;
    t.tp += Math.min(got, want);
    t.fp += Math.max(0, got - want);
    t.fn += Math.max(0, want - got);
    if (got !== want) problems.push(`${page}: ${id} found ${got}, labelled ${want}`);
  }
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
function table(title: string, rows: [string, Tally][], targets: [number, number]) {
  const total = rows.reduce((a, [, t]) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), tally());
  console.log(`\n${title}`);
  console.log(`${'id'.padEnd(32)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'FN'.padStart(5)}  precision  recall`);
  for (const [id, t] of [...rows, ['ALL', total] as [string, Tally]]) {
    console.log(`${id.padEnd(32)} ${String(t.tp).padStart(5)} ${String(t.fp).padStart(5)} ${String(t.fn).padStart(5)}     ${pct(t.tp, t.tp + t.fp)}  ${pct(t.tp, t.tp + t.fn)}`);
  }
  const p = total.tp / (total.tp + total.fp || 1);
  const r = total.tp / (total.tp + total.fn || 1);
  console.log(`targets: precision >= ${targets[0]}% (${p * 100 >= targets[0] ? 'met' : 'NOT met'}), recall >= ${targets[1]}% (${r * 100 >= targets[1] ? 'met' : 'NOT met'})`);
}

console.log(`EndoLens evaluation on ${pages.length} labelled pages in ${SETS.map((s) => `tests/fixtures/${s}`).join(' and ')}`);
table('Myths (sentences)', [...myths].sort(), [95, 90]);
table('Terms by category (mentions)', [...categories].sort(), [97, 97]);
if (details) console.log(`\n${problems.join('\n')}`);
else if (problems.length) console.log(`\n${problems.length} differences: add --details to list them`);
