import { useId } from 'preact/hooks';
import type { Term } from '../catalogue/types.ts';
import { formatCitation } from './cite.ts';
import { categoryLabel, countOf, quoteClaim } from './labels.ts';
import { citedSources, mythsAbout, type CatalogueView } from './lookup.ts';
import { SourceAnchor } from './SourceAnchor.tsx';

export interface TermCardProps {
  term: Term;
  catalogue: CatalogueView;
  /** Opens the term's full entry. */
  onFullEntry: () => void;
}

// A tooltip stays short: the full entry lists every related myth.
const MAX_MYTHS = 3;

/**
 * The tooltip body for a term: name, category, plain summary, one short citation, up to three
 * related myths (with how many more the full entry has) and "Full entry".
 */
export function TermCard({ term, catalogue, onFullEntry }: TermCardProps) {
  const titleId = useId();
  const first = citedSources(catalogue, term)[0]?.source;
  const myths = mythsAbout(catalogue, term.id);
  const more = myths.length - MAX_MYTHS;
  return (
    <article class="el-card" aria-labelledby={titleId}>
      <header class="el-card__head">
        <h2 id={titleId} class="el-card__title">
          {term.name}
        </h2>
        <p class="el-card__kicker">{categoryLabel(term.category)}</p>
      </header>
      <p class="el-card__lead">{term.summary}</p>
      {first && (
        <p class="el-short-sources">
          <span class="el-short-sources__label">Source: </span>
          <SourceAnchor source={first}>{formatCitation(first)}</SourceAnchor>
        </p>
      )}
      {myths.length > 0 && (
        <section class="el-card__section">
          <h3 class="el-card__subhead">Related myths</h3>
          <ul class="el-card__myths">
            {myths.slice(0, MAX_MYTHS).map((m) => (
              <li key={m.id}>{quoteClaim(m.claim)}</li>
            ))}
          </ul>
          {more > 0 && <p class="el-card__more">{countOf(more, 'more myth')} in the full entry.</p>}
        </section>
      )}
      <div class="el-card__actions">
        <button type="button" class="el-button el-button--primary" onClick={onFullEntry}>
          Full entry
        </button>
      </div>
    </article>
  );
}
