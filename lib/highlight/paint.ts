/**
 * Painting with the CSS Custom Highlight API: no element is added to the page, and removing the
 * highlights leaves the page exactly as it was.
 */

/** The names our highlights have in the page's registry (styled by the content script's CSS). */
export const HIGHLIGHTS = { term: 'endolens-term', termBackground: 'endolens-term-bg', myth: 'endolens-myth' } as const;

/** Whether this browser can paint highlights. */
export function canPaint(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** Registers `ranges` under `name`, replacing what was there. */
export function paint(name: string, ranges: Range[]): void {
  if (!canPaint()) return;
  CSS.highlights.set(name, new Highlight(...ranges));
}

/** Removes every highlight of ours. */
export function clearAll(): void {
  if (!canPaint()) return;
  for (const name of Object.values(HIGHLIGHTS)) CSS.highlights.delete(name);
}
