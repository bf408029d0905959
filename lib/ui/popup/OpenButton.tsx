import type { Entry } from '../../catalogue/types.ts';
import { entryTitle } from '../lookup.ts';

/** A small button beside a row that opens the row's entry; nothing when the entry is unknown. */
export function OpenButton({ entry, onOpen }: { entry: Entry | undefined; onOpen: (id: string) => void }) {
  if (!entry) return null;
  const label = `${entry.kind === 'term' ? 'About' : 'About the myth'}: ${entryTitle(entry)}`;
  return (
    <button type="button" class="el-open" aria-label={label} title={label} onClick={() => onOpen(entry.id)}>
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <circle cx="10" cy="10" r="8.25" fill="none" stroke="currentColor" stroke-width="1.5" />
        <path d="M10 8.75v5" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" />
        <circle cx="10" cy="6.1" r="1.1" fill="currentColor" />
      </svg>
    </button>
  );
}
