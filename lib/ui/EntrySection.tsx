import type { ComponentChildren } from 'preact';

/**
 * A titled part of an entry (a heading and its content, not a landmark: an entry has several);
 * renders nothing when `show` is false.
 */
export function EntrySection({ title, show = true, children }: { title: string; show?: boolean; children: ComponentChildren }) {
  if (!show) return null;
  return (
    <div class="el-entry__section">
      <h3 class="el-entry__subhead">{title}</h3>
      {children}
    </div>
  );
}
