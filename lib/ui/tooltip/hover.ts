/**
 * Hover: after the pointer rests on a painted finding for the dwell time, its tooltip opens; it
 * stays while the pointer moves onto it and closes a moment after the pointer leaves both, on Esc,
 * and when the word scrolls out of view. Everything attached is detached by `signal`.
 */
import { findingAtPoint, type Finding, type FindingIndex } from '../../highlight/findings.ts';
import type { TooltipHost } from './host.ts';

export interface HoverOptions {
  doc: Document;
  index: FindingIndex;
  tooltip: TooltipHost;
  /** The dwell before opening, read at each rest (settings can change it). */
  delayMs: () => number;
  open: (finding: Finding) => void;
  /** Called as soon as the pointer comes to a finding, before the dwell (to fetch its card meanwhile). */
  arrive?: (finding: Finding) => void;
  /** Called when the pointer leaves the finding it rested on (an open still on its way is not wanted). */
  leave?: () => void;
  signal: AbortSignal;
}

const CLOSE_AFTER_MS = 300;

/** Starts watching the pointer. */
export function watchHover({ doc, index, tooltip, delayMs, open, arrive, leave, signal }: HoverOptions): void {
  const win = doc.defaultView!;
  let x = 0;
  let y = 0;
  let frame = 0;
  let openTimer = 0;
  let closeTimer = 0;
  let pending: Finding | undefined;

  const cancelClose = () => {
    win.clearTimeout(closeTimer);
    closeTimer = 0;
  };
  const scheduleClose = () => {
    if (!closeTimer && tooltip.isOpen) closeTimer = win.setTimeout(() => ((closeTimer = 0), tooltip.close()), CLOSE_AFTER_MS);
  };
  const check = (target: EventTarget | null) => {
    frame = 0;
    if (tooltip.contains(target)) return cancelClose();
    const finding = findingAtPoint(index, doc, x, y);
    if (finding && finding.range === tooltip.current) return cancelClose();
    if (finding !== pending) {
      win.clearTimeout(openTimer);
      if (pending) leave?.();
      pending = finding;
      if (finding) {
        arrive?.(finding);
        openTimer = win.setTimeout(() => {
          if (findingAtPoint(index, doc, x, y) === finding) {
            cancelClose();
            open(finding);
          }
        }, delayMs());
      }
    }
    if (!finding) scheduleClose();
  };

  doc.addEventListener(
    'pointermove',
    (event) => {
      x = event.clientX;
      y = event.clientY;
      const target = event.target;
      if (!frame) frame = win.requestAnimationFrame(() => check(target));
    },
    { passive: true, capture: true, signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && tooltip.isOpen) tooltip.close();
    },
    { capture: true, signal },
  );
  win.addEventListener(
    'scroll',
    () => {
      const range = tooltip.current;
      if (!range) return;
      const r = range.getBoundingClientRect();
      if (r.bottom < 0 || r.top > win.innerHeight) tooltip.close();
    },
    { passive: true, capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    win.clearTimeout(openTimer);
    win.clearTimeout(closeTimer);
    if (frame) win.cancelAnimationFrame(frame);
    tooltip.close();
  });
}
