/**
 * Moving to a finding, for the keyboard command and the popup: scroll it into view, select it,
 * open its tooltip and say where the reader is.
 */
import type { Finding } from '../../highlight/findings.ts';

/** The finding after (or before) `current`, wrapping around; undefined when there are none. */
export function stepFrom(all: readonly Finding[], current: Range | undefined, direction: 1 | -1): Finding | undefined {
  if (!all.length) return undefined;
  if (!current) return direction === 1 ? all[0] : all[all.length - 1];
  const order = (f: Finding) => f.range.compareBoundaryPoints(Range.START_TO_START, current);
  if (direction === 1) return all.find((f) => order(f) > 0) ?? all[0];
  return all.findLast((f) => order(f) < 0) ?? all[all.length - 1];
}

/** Scrolls the finding into view and selects its words. */
export function showFinding(finding: Finding, win: Window): void {
  const element = finding.range.startContainer.parentElement;
  const smooth = !win.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  const selection = win.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(finding.range.cloneRange());
}
