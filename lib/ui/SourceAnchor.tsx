import type { ComponentChildren } from 'preact';
import type { Source } from '../catalogue/types.ts';
import { sourceLink } from './cite.ts';

/** A link to where a source can be read, opening in a new tab; plain text when the source has no address. */
export function SourceAnchor({ source, children }: { source: Source; children: ComponentChildren }) {
  const href = sourceLink(source);
  if (!href) return <span class="el-cite">{children}</span>;
  return (
    <a class="el-cite" href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
