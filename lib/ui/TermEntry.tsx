import type { Term } from '../catalogue/types.ts';
import { EntryButtons } from './EntryButtons.tsx';
import { EntrySection } from './EntrySection.tsx';
import { categoryLabel } from './labels.ts';
import { citedSources, mythsAbout, relatedEntries, type CatalogueView } from './lookup.ts';
import { Paragraphs } from './Paragraphs.tsx';
import { SourceList } from './SourceList.tsx';

export interface TermEntryProps {
  term: Term;
  catalogue: CatalogueView;
  /** Opens another entry by id. */
  onOpen: (id: string) => void;
  /** Id for the title, so a container can label or focus the entry. */
  titleId?: string;
}

/** A term's full entry: name, summary, explanation, related terms and myths, and its sources. */
export function TermEntry({ term, catalogue, onOpen, titleId }: TermEntryProps) {
  const related = relatedEntries(catalogue, term);
  const myths = mythsAbout(catalogue, term.id);
  return (
    <article class="el-entry" aria-labelledby={titleId}>
      <header class="el-entry__head">
        <p class="el-entry__kicker">{categoryLabel(term.category)}</p>
        <h2 id={titleId} class="el-entry__title" tabIndex={-1}>
          {term.name}
        </h2>
      </header>
      <p class="el-entry__lead">{term.summary}</p>
      <Paragraphs text={term.explanation} class="el-entry__text" />
      <EntrySection title="Related terms" show={related.length > 0}>
        <EntryButtons entries={related} onOpen={onOpen} />
      </EntrySection>
      <EntrySection title="Myths about it" show={myths.length > 0}>
        <EntryButtons entries={myths} onOpen={onOpen} variant="list" />
      </EntrySection>
      <EntrySection title="Sources">
        <SourceList items={citedSources(catalogue, term)} />
      </EntrySection>
    </article>
  );
}
