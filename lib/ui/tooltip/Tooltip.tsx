import type { Myth, Term } from '../../catalogue/types.ts';
import type { CatalogueView } from '../lookup.ts';
import { MythCard } from '../MythCard.tsx';
import { TermCard } from '../TermCard.tsx';

export interface TooltipProps {
  entry: Term | Myth;
  catalogue: CatalogueView;
  onFullEntry: () => void;
  onNotAMyth: () => void;
  reported: boolean;
}

/** The tooltip's body: a term card or a myth card, inside the themed, labelled tooltip box. */
export function Tooltip({ entry, catalogue, onFullEntry, onNotAMyth, reported }: TooltipProps) {
  return (
    <div class="el-theme el-tooltip" role="tooltip" data-kind={entry.kind}>
      {entry.kind === 'term' ? (
        <TermCard term={entry} catalogue={catalogue} onFullEntry={onFullEntry} />
      ) : (
        <MythCard myth={entry} catalogue={catalogue} onFullEntry={onFullEntry} onNotAMyth={onNotAMyth} reported={reported} />
      )}
    </div>
  );
}
