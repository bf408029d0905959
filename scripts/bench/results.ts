/** The benchmark's results, and the per-page figures (medians and ratios) the report prints. */
import type { BackgroundResult } from './background';
import { median, type BaselineRun, type ExtensionRun } from './extension';
import type { Machine, ScriptSize } from './machine';
import type { MarkJsRun } from './markjs';
import type { NodeResult } from './node';
import type { BenchPage } from './pages';

export interface PageResult {
  page: Pick<BenchPage, 'name' | 'textChars' | 'generated'>;
  runs: ExtensionRun[];
  baseline?: BaselineRun;
  markjs?: MarkJsRun;
}

export interface BenchResult {
  quick: boolean;
  pages: PageResult[];
  background: BackgroundResult & { page: string };
  node: NodeResult;
  size: ScriptSize;
  machine: Machine;
  /** What describeCatalogue() says of the catalogue the bench ran with. */
  catalogue: string;
  markJsVersion: string;
  seconds: number;
}

/** One row of the main table: medians over the runs of a page. */
export interface PageRow {
  name: string;
  generated: boolean;
  textChars: number;
  runs: number;
  floorMs: number;
  readMs: number;
  paintedMs: number;
  paintedOverFloor: number;
  readOverFloor: number;
  busyMs?: number;
  longestMs?: number;
  longestMaxMs?: number;
  over50?: number;
  evaluateMs?: number;
  heapGrowthBytes?: number;
  nodesBefore: number;
  nodesAfter: number;
  /** Nodes the extension added: its change of the node count less the page's own (without it). */
  nodesAdded?: number;
  terms: number;
  myths: number;
  markJsMs?: number;
  markJsOverExtension?: number;
}

/** The row of `result`: medians of its runs, differences against the baseline, ratios. */
export function rowOf(result: PageResult): PageRow {
  const { runs, baseline, markjs, page } = result;
  const pick = (f: (r: ExtensionRun) => number) => median(runs.map(f));
  const traced = runs.filter((r) => r.main);
  const main = (f: (m: NonNullable<ExtensionRun['main']>) => number) => (traced.length ? median(traced.map((r) => f(r.main!))) : undefined);
  const floorMs = pick((r) => r.floorMs);
  const paintedMs = pick((r) => r.scanToPainted);
  const readMs = pick((r) => r.scanToRead);
  const nodesBefore = pick((r) => r.nodes.atParse);
  const nodesAfter = pick((r) => r.nodes.after);
  return {
    name: page.name,
    generated: page.generated,
    textChars: page.textChars,
    runs: runs.length,
    floorMs,
    readMs,
    paintedMs,
    paintedOverFloor: paintedMs / floorMs,
    readOverFloor: readMs / floorMs,
    busyMs: main((m) => m.busyMs),
    longestMs: main((m) => m.longestMs),
    longestMaxMs: traced.length ? Math.max(...traced.map((r) => r.main!.longestMs)) : undefined,
    over50: traced.length ? Math.max(...traced.map((r) => r.main!.over50)) : undefined,
    evaluateMs: main((m) => m.evaluateMs),
    heapGrowthBytes: baseline ? pick((r) => r.heapBytes) - baseline.heapBytes : undefined,
    nodesBefore,
    nodesAfter,
    nodesAdded: baseline ? nodesAfter - nodesBefore - (baseline.nodes.after - baseline.nodes.atParse) : undefined,
    terms: pick((r) => r.terms),
    myths: pick((r) => r.myths),
    markJsMs: markjs?.ms,
    markJsOverExtension: markjs ? markjs.ms / paintedMs : undefined,
  };
}
