import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** A titled section of the options page. */
export function Panel({ title, intro, children }: { title: string; intro?: ComponentChildren; children: ComponentChildren }) {
  const id = useId();
  return (
    <section class="el-panel" aria-labelledby={id}>
      <h2 id={id} class="el-panel__title">
        {title}
      </h2>
      {intro && <p class="el-panel__intro">{intro}</p>}
      {children}
    </section>
  );
}
