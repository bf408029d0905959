import type { SearchHit } from '../../catalogue/search.ts';
import type { Entry } from '../../catalogue/types.ts';
import { categoryLabel, countOf, verdictLabel } from '../labels.ts';
import { entryTitle } from '../lookup.ts';

export interface SearchResultsProps {
  id: string;
  query: string;
  hits: { hit: SearchHit; entry: Entry }[];
  onOpen: (id: string) => void;
  /** ArrowUp on the first result: back to the search box. */
  onLeave: () => void;
}

function metaOf(entry: Entry): string {
  return entry.kind === 'term' ? `Term · ${categoryLabel(entry.category)}` : `Myth · ${verdictLabel(entry.verdict)}`;
}

/** Moves focus between result buttons with the arrow keys. */
function onArrows(e: KeyboardEvent, onLeave: () => void) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const buttons = [...(e.currentTarget as HTMLElement).querySelectorAll('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  e.preventDefault();
  if (e.key === 'ArrowUp' && at <= 0) onLeave();
  else buttons[Math.min(buttons.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1))]?.focus();
}

/** Search results as buttons that open the entry; arrow keys move between them. */
export function SearchResults({ id, query, hits, onOpen, onLeave }: SearchResultsProps) {
  return (
    <section class="el-results" aria-label="Search results">
      <p class="el-results__status" role="status">
        {hits.length ? countOf(hits.length, 'result') : `Nothing in the catalogue matches “${query.trim()}”.`}
      </p>
      <ul id={id} class="el-list" onKeyDown={(e) => onArrows(e, onLeave)}>
        {hits.map(({ hit, entry }) => (
          <li key={hit.id}>
            <button type="button" class="el-row" onClick={() => onOpen(hit.id)}>
              <span class={`el-row__title${entry.kind === 'myth' ? ' el-row__title--claim' : ''}`}>{entryTitle(entry)}</span>{' '}
              <span class="el-row__meta">
                {metaOf(entry)}
                {hit.via && ` · also “${hit.via}”`}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
