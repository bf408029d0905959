import type { Entry } from '../catalogue/types.ts';
import type { CatalogueView } from './lookup.ts';
import { MythEntry } from './MythEntry.tsx';
import { TermEntry } from './TermEntry.tsx';

export interface EntryViewProps {
  entry: Entry;
  catalogue: CatalogueView;
  /** Opens another entry by id (related terms, myths about a term). */
  onOpen: (id: string) => void;
  /** Id for the entry's title (focusable with tabIndex -1), so a container can move focus to it. */
  titleId?: string;
}

/** The full entry of a term or a myth. */
export function EntryView({ entry, ...rest }: EntryViewProps) {
  return entry.kind === 'term' ? <TermEntry term={entry} {...rest} /> : <MythEntry myth={entry} {...rest} />;
}
