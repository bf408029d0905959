import type { Entry } from '../catalogue/types.ts';
import { entryTitle } from './lookup.ts';

/**
 * Entries as buttons that open them (`onOpen(id)`): compact chips for term names, a list for
 * myth claims. Renders nothing for no entry.
 */
export function EntryButtons({ entries, onOpen, variant = 'chips' }: { entries: Entry[]; onOpen: (id: string) => void; variant?: 'chips' | 'list' }) {
  if (!entries.length) return null;
  return (
    <ul class={variant === 'chips' ? 'el-chips' : 'el-links'}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <button type="button" class={variant === 'chips' ? 'el-chip' : 'el-link-button'} onClick={() => onOpen(entry.id)}>
            {entryTitle(entry)}
          </button>
        </li>
      ))}
    </ul>
  );
}
