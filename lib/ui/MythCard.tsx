import { useId } from 'preact/hooks';
import type { Myth } from '../catalogue/types.ts';
import { quoteClaim } from './labels.ts';
import { citedSources, type CatalogueView } from './lookup.ts';
import { ShortSources } from './ShortSources.tsx';
import { VerdictBadge } from './VerdictBadge.tsx';

export interface MythCardProps {
  myth: Myth;
  catalogue: CatalogueView;
  /** Opens the myth's full entry. */
  onFullEntry: () => void;
  /** The reader says this sentence does not assert the myth. */
  onNotAMyth: () => void;
  /** Set once the reader has reported this sentence: the button gives way to a thank-you. */
  reported?: boolean;
}

/** The tooltip body for a flagged sentence: verdict, claim, short correction, what is true, short sources, actions. */
export function MythCard({ myth, catalogue, onFullEntry, onNotAMyth, reported = false }: MythCardProps) {
  const titleId = useId();
  return (
    <article class="el-card el-card--myth" aria-labelledby={titleId}>
      <header class="el-card__head">
        <VerdictBadge verdict={myth.verdict} />
        <h2 id={titleId} class="el-card__title el-card__title--claim">
          {quoteClaim(myth.claim)}
        </h2>
      </header>
      <p class="el-card__lead">{myth.correction}</p>
      <section class="el-card__section">
        <h3 class="el-card__subhead">What is true</h3>
        <p class="el-card__text">{myth.true_part}</p>
      </section>
      <ShortSources sources={citedSources(catalogue, myth).map((c) => c.source)} />
      <div class="el-card__actions">
        <button type="button" class="el-button el-button--primary" onClick={onFullEntry}>
          Full entry
        </button>
        {reported ? (
          <p class="el-card__thanks" role="status">
            Noted on this computer. Thank you.
          </p>
        ) : (
          <button type="button" class="el-button" onClick={onNotAMyth}>
            Not a myth here?
          </button>
        )}
      </div>
    </article>
  );
}
