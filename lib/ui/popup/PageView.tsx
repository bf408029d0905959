import type { PageSummary } from '../../extension/messages.ts';
import { countOf, timesLabel, verdictLabel } from '../labels.ts';
import { entryById, entryTitle, type CatalogueView } from '../lookup.ts';
import { OpenButton } from './OpenButton.tsx';

export interface PageViewProps {
  summary: PageSummary;
  catalogue: CatalogueView;
  /** Scroll the page to the `index`-th myth or term of the summary. */
  onReveal: (kind: 'term' | 'myth', index: number) => void;
  onOpen: (id: string) => void;
}

/** "On this page": the counts, then each myth with its sentence and verdict, then each term with how often. */
export function PageView({ summary, catalogue, onReveal, onOpen }: PageViewProps) {
  const { myths, terms } = summary;
  return (
    <section class="el-page" aria-labelledby="el-page-title">
      <h2 id="el-page-title" class="el-section-title">
        On this page
      </h2>
      <p class="el-page__counts" data-testid="summary">
        {countOf(summary.termTotal, 'term')}, {countOf(myths.length, 'myth')} on this page.
      </p>
      {(myths.length > 0 || terms.length > 0) && <p class="el-hint">Choose one to show it on the page.</p>}
      {myths.length > 0 && <h3 class="el-list-title">Myths ({myths.length})</h3>}
      {myths.length > 0 && (
        <ul class="el-list">
          {myths.map((m, i) => (
            <li key={i} class="el-list__item">
              <button type="button" class="el-row el-row--myth" onClick={() => onReveal('myth', i)}>
                <span class="el-row__sentence">“{m.sentence.trim()}”</span>{' '}
                <span class="el-row__meta el-row__meta--verdict">{verdictLabel(m.verdict)}</span>
              </button>
              <OpenButton entry={entryById(catalogue, m.id)} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
      {terms.length > 0 && <h3 class="el-list-title">Terms ({terms.length})</h3>}
      {terms.length > 0 && (
        <ul class="el-list">
          {terms.map((t, i) => {
            const entry = entryById(catalogue, t.id);
            return (
              <li key={t.id} class="el-list__item">
                <button type="button" class="el-row el-row--term" onClick={() => onReveal('term', i)}>
                  <span class="el-row__title">{entry ? entryTitle(entry) : t.id}</span>{' '}
                  <span class="el-row__meta">{timesLabel(t.count)}</span>
                </button>
                <OpenButton entry={entry} onOpen={onOpen} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
