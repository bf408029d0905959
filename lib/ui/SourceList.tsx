import type { Source } from '../catalogue/types.ts';
import { formatCitation, linkLabel } from './cite.ts';
import { SourceAnchor } from './SourceAnchor.tsx';

/** Full citations, each with what it supports in this entry and its link. */
export function SourceList({ items }: { items: { source: Source; supports: string }[] }) {
  if (!items.length) return null;
  return (
    <ol class="el-sources">
      {items.map(({ source, supports }) => {
        const label = linkLabel(source);
        return (
          <li key={source.id} class="el-sources__item">
            <p class="el-sources__cite">
              {formatCitation(source, 'full')}
              {label && (
                <>
                  {' '}
                  <SourceAnchor source={source}>{label}</SourceAnchor>
                </>
              )}
            </p>
            <p class="el-sources__supports">
              <span class="el-sources__label">Supports: </span>
              {supports}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
