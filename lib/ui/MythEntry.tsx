import type { Myth } from '../catalogue/types.ts';
import { EntryButtons } from './EntryButtons.tsx';
import { EntrySection } from './EntrySection.tsx';
import { quoteClaim } from './labels.ts';
import { citedSources, relatedEntries, type CatalogueView } from './lookup.ts';
import { Paragraphs } from './Paragraphs.tsx';
import { SourceList } from './SourceList.tsx';
import { VerdictBadge } from './VerdictBadge.tsx';

export interface MythEntryProps {
  myth: Myth;
  catalogue: CatalogueView;
  /** Opens another entry by id. */
  onOpen: (id: string) => void;
  /** Id for the title, so a container can label or focus the entry. */
  titleId?: string;
}

/** A myth's full entry: claim, verdict, correction, what is true, the evidence, related terms and sources. */
export function MythEntry({ myth, catalogue, onOpen, titleId }: MythEntryProps) {
  const related = relatedEntries(catalogue, myth);
  return (
    <article class="el-entry el-entry--myth" aria-labelledby={titleId}>
      <header class="el-entry__head">
        <VerdictBadge verdict={myth.verdict} />
        <h2 id={titleId} class="el-entry__title el-entry__title--claim" tabIndex={-1}>
          {quoteClaim(myth.claim)}
        </h2>
      </header>
      <p class="el-entry__lead">{myth.correction}</p>
      <EntrySection title="What is true">
        <p class="el-entry__text">{myth.true_part}</p>
      </EntrySection>
      <EntrySection title="The evidence">
        <Paragraphs text={myth.explanation} class="el-entry__text" />
      </EntrySection>
      <EntrySection title="Related terms" show={related.length > 0}>
        <EntryButtons entries={related} onOpen={onOpen} />
      </EntrySection>
      <EntrySection title="Sources">
        <SourceList items={citedSources(catalogue, myth)} />
      </EntrySection>
    </article>
  );
}
