/**
 * "Look up in EndoLens" on selected text: the popup page with the entry the text names, or a search
 * for it. Pure.
 */
import { searchCatalogue } from '../catalogue/search.ts';
import type { CompiledCatalogue } from '../catalogue/types.ts';

/** The extension path to open for `selection`: the entry on an exact name or alias (`?entry=`), else a search (`?q=`). */
export function lookUpUrl(catalogue: Pick<CompiledCatalogue, 'terms' | 'myths'>, selection: string, tabId?: number): `/popup.html${string}` {
  const text = selection.replace(/\s+/g, ' ').trim().slice(0, 100);
  const tab = tabId === undefined ? '' : `&tab=${tabId}`;
  const [best] = searchCatalogue(catalogue, text, 1);
  // Ranks 0 and 1 are an exact name and an exact alias.
  return best && best.rank <= 1 ? `/popup.html?entry=${best.id}${tab}` : `/popup.html?q=${encodeURIComponent(text)}${tab}`;
}
