import { Fragment } from 'preact';
import type { Source } from '../catalogue/types.ts';
import { formatCitation } from './cite.ts';
import { SourceAnchor } from './SourceAnchor.tsx';

/** "Sources: Boecker et al., 2008; Manninen et al., 2017", each a link. Renders nothing for no source. */
export function ShortSources({ sources, label = 'Sources' }: { sources: Source[]; label?: string }) {
  if (!sources.length) return null;
  return (
    <p class="el-short-sources">
      <span class="el-short-sources__label">{label}: </span>
      {sources.map((source, i) => (
        <Fragment key={source.id}>
          {i > 0 && '; '}
          <SourceAnchor source={source}>{formatCitation(source)}</SourceAnchor>
        </Fragment>
      ))}
    </p>
  );
}
