/**
 * Reads a Chromium trace for the extension's cost on the page's main thread: the tasks from the
 * start of the content script's evaluation to its `endolens:painted` mark.
 */
import type { TraceEvent } from './browser';

export interface MainThreadCost {
  /** ms from the start of the content script's evaluation to the painted mark. */
  scriptToPainted: number;
  /** ms the content script's evaluation task took (compile, catalogue, module code). */
  evaluateMs: number;
  /** Sum of the main-thread tasks in that window, ms. */
  busyMs: number;
  /** The longest of those tasks, ms. */
  longestMs: number;
  /** How many of them ran over 50 ms. */
  over50: number;
}

const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Top-level tasks of one thread: task events not nested in another, in time order. */
function topLevelTasks(events: readonly TraceEvent[], pid: number, tid: number): TraceEvent[] {
  const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && TASKS.has(e.name) && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const t of tasks) {
    if (t.ts < end) continue;
    out.push(t);
    end = t.ts + t.dur!;
  }
  return out;
}

/**
 * The extension's main-thread cost in a trace, or undefined when the trace lacks the content
 * script's evaluation or the painted mark. `tailMs`: the window also takes in tasks that start
 * this long after the mark (the frame that draws the last highlights).
 */
export function mainThreadCost(events: readonly TraceEvent[], extensionId: string, tailMs = 50): MainThreadCost | undefined {
  const evaluation = events.find((e) => e.name === 'EvaluateScript' && String(e.args?.data?.url ?? '').startsWith(`chrome-extension://${extensionId}/`));
  if (!evaluation) return undefined;
  const { pid, tid } = evaluation;
  const painted = events.find((e) => e.name === 'endolens:painted' && e.pid === pid);
  if (!painted) return undefined;
  const tasks = topLevelTasks(events, pid, tid);
  const first = tasks.find((t) => t.ts <= evaluation.ts && t.ts + t.dur! >= evaluation.ts);
  const start = first?.ts ?? evaluation.ts;
  const end = painted.ts + tailMs * 1000;
  const inWindow = tasks.filter((t) => t.ts + t.dur! > start && t.ts < end);
  const durations = inWindow.map((t) => t.dur! / 1000);
  return {
    scriptToPainted: (painted.ts - start) / 1000,
    evaluateMs: (first?.dur ?? evaluation.dur ?? 0) / 1000,
    busyMs: durations.reduce((a, b) => a + b, 0),
    longestMs: Math.max(0, ...durations),
    over50: durations.filter((d) => d > 50).length,
  };
}
