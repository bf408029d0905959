/** The benchmark's tables (Markdown, printed and written to docs/benchmarks.md). */
import type { BenchResult, PageRow } from './results';

const ms = (v: number | undefined) => (v === undefined ? '–' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const x = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '–' : `${v >= 100 ? v.toFixed(0) : v.toFixed(1)}×`);
const mb = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1e6).toFixed(1));
const kb = (chars: number) => (chars >= 1e6 ? `${(chars / 1e6).toFixed(2)} M` : `${(chars / 1e3).toFixed(chars < 1e4 ? 1 : 0)} k`);

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i ? '---:' : '---')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** The main table: one row per page, medians over its runs. */
export function pageTable(rows: readonly PageRow[]): string {
  return table(
    ['page', 'text chars', 'runs', 'floor ms', 'scan → read ms', 'scan → painted ms', 'painted / floor', 'main thread ms', 'script eval ms', 'longest task ms (max)', 'heap growth MB', 'DOM nodes before → after', 'painted terms / myths', 'mark.js ms', 'mark.js / ext'],
    rows.map((r) => [
      r.name,
      kb(r.textChars),
      String(r.runs),
      ms(r.floorMs),
      ms(r.readMs),
      ms(r.paintedMs),
      x(r.paintedOverFloor),
      ms(r.busyMs),
      ms(r.evaluateMs),
      `${ms(r.longestMs)} (${ms(r.longestMaxMs)})`,
      mb(r.heapGrowthBytes),
      `${r.nodesBefore} → ${r.nodesAfter}${r.nodesAdded ? ` (+${r.nodesAdded})` : ''}`,
      `${r.terms} / ${r.myths}`,
      ms(r.markJsMs),
      x(r.markJsOverExtension),
    ]),
  );
}

/** The background's judgement: cold and warm, one sentence and every candidate of a page. */
export function backgroundTable(b: BenchResult['background']): string {
  return table(
    ['background (send → answer, ms)', 'one sentence', `all ${b.candidates} candidates of ${b.page}`, 'per sentence'],
    [
      ['first use after a cold start', ms(b.coldOne), ms(b.coldAll), ms(b.coldAll / b.candidates)],
      ['a tooltip card after a cold start (no judgement: starting the worker alone)', ms(b.coldCard), '–', '–'],
      ['warm', ms(b.warmOne), ms(b.warmAll), ms(b.warmPerSentence)],
    ],
  );
}

/** The engine in Node: the library's steps (medians) and one CLI run per generated page. */
export function nodeTable(node: BenchResult['node']): string {
  return table(
    ['page (Node)', 'text chars', 'HTML → text ms', 'findTerms ms', 'findCandidates ms', 'judge all ms', 'terms', 'candidates', 'myths', '`endolens scan` wall ms'],
    node.pages.map((p) => [p.name, kb(p.chars), ms(p.htmlToTextMs), ms(p.termsMs), ms(p.candidatesMs), ms(p.judgeMs), String(p.terms), String(p.candidates), p.myths === undefined ? '–' : String(p.myths), ms(p.cliMs)]),
  );
}

export interface Target {
  target: string;
  measured: string;
  holds: boolean;
}

/** The issue's targets against this run's figures. */
export function targets(result: BenchResult, rows: readonly PageRow[]): Target[] {
  const byName = (n: string) => rows.find((r) => r.name === n);
  const sized = ['wellness-200k', 'wellness-1m', 'wellness-5m'].map(byName).filter((r): r is PageRow => Boolean(r));
  const nothing = byName('nothing-1m');
  const traced = rows.filter((r) => r.longestMaxMs !== undefined);
  const worst = traced.reduce<PageRow | undefined>((w, r) => (!w || r.longestMaxMs! > w.longestMaxMs! ? r : w), undefined);
  const oneMb = byName('wellness-1m');
  const fiveMb = byName('wellness-5m');
  const out: Target[] = [
    { target: 'all findings painted within 1.5 × the floor, every page size', measured: sized.map((r) => `${r.name} ${x(r.paintedOverFloor)} (read alone ${x(r.readOverFloor)})`).join('; '), holds: sized.every((r) => r.paintedOverFloor <= 1.5) },
  ];
  if (nothing) out.push({ target: 'page with nothing to find within 1.25 × the floor', measured: `${x(nothing.paintedOverFloor)} (${ms(nothing.paintedMs)} ms vs ${ms(nothing.floorMs)} ms)`, holds: nothing.paintedOverFloor <= 1.25 });
  if (worst) {
    const evaluation = Math.max(...traced.map((r) => r.evaluateMs ?? 0));
    const over = traced.filter((r) => r.longestMaxMs! > 50).length;
    out.push({ target: 'no task of the extension over 50 ms', measured: `longest ${ms(worst.longestMaxMs)} ms (${worst.name}); a task over 50 ms on ${over} of ${traced.length} pages; evaluating content.js alone up to ${ms(evaluation)} ms (median per page)`, holds: worst.longestMaxMs! <= 50 });
  }
  if (oneMb?.markJsOverExtension !== undefined) out.push({ target: '≥ 100 × faster than mark.js (1 MB page)', measured: `${x(oneMb.markJsOverExtension)} (mark.js ${ms(oneMb.markJsMs)} ms vs ${ms(oneMb.paintedMs)} ms)`, holds: oneMb.markJsOverExtension >= 100 });
  if (fiveMb?.heapGrowthBytes !== undefined) out.push({ target: 'JS heap growth ≤ 15 MB on the 5 MB page', measured: `${mb(fiveMb.heapGrowthBytes)} MB`, holds: fiveMb.heapGrowthBytes <= 15e6 });
  const added = rows.filter((r) => r.nodesAdded !== undefined);
  out.push({ target: 'no DOM nodes added to the page', measured: `${added.filter((r) => r.nodesAdded === 0).length} of ${added.length} pages unchanged`, holds: added.every((r) => r.nodesAdded === 0) });
  const b = result.background;
  out.push({ target: `background: all candidates of a 1 MB wellness page < 200 ms warm`, measured: `${ms(b.warmAll)} ms for ${b.candidates} candidates of ${b.page} (${ms(b.warmPerSentence)} ms each)`, holds: b.page === 'wellness-1m' && b.warmAll < 200 });
  out.push({ target: 'content script ≤ 25 KB gzipped', measured: `${(result.size.gzip / 1024).toFixed(1)} KB gzipped (${(result.size.bytes / 1024).toFixed(0)} KB raw; its catalogue alone ${(result.size.catalogueGzip / 1024).toFixed(1)} KB gzipped)`, holds: result.size.gzip <= 25 * 1024 });
  out.push({ target: 'first judgement after a cold start < 300 ms', measured: `${ms(b.coldOne)} ms (one sentence; all ${b.candidates}: ${ms(b.coldAll)} ms)`, holds: b.coldOne < 300 });
  return out;
}

export function targetTable(list: readonly Target[]): string {
  return table(['target', 'measured', 'holds'], list.map((t) => [t.target, t.measured, t.holds ? 'yes' : '**no**']));
}
