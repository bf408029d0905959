/**
 * Which term mentions get marked: all, none, or the first of each term per section (a heading
 * starts a section). Pure; `seen` carries over between the chunks of one page.
 */
import type { TermMatch } from '../match/terms';

export type Density = 'first-per-section' | 'all' | 'none';

/**
 * Keeps the matches `density` allows. `sections` are the offsets where headings start (sorted);
 * `seen` holds the ids already marked in the current section and is updated.
 */
export function applyDensity(matches: readonly TermMatch[], sections: readonly number[], density: Density, seen: Set<string>): TermMatch[] {
  if (density === 'none') return [];
  if (density === 'all') return [...matches];
  const out: TermMatch[] = [];
  let next = 0;
  for (const m of matches) {
    while (next < sections.length && sections[next]! <= m.start) {
      seen.clear();
      next++;
    }
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    out.push(m);
  }
  while (next < sections.length) {
    seen.clear();
    next++;
  }
  return out;
}
