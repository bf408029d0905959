import type { PageSummary } from '../extension/messages';

/** The popup's first version: what was found on this page. `undefined` while loading. */
export function PopupApp({ summary }: { summary: PageSummary | null | undefined }) {
  return (
    <main style={{ font: '14px system-ui, sans-serif', padding: '12px 16px', minWidth: '260px' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>EndoLens</h1>
      {summary === undefined ? (
        <p>Reading this page…</p>
      ) : summary === null ? (
        <p>Nothing was read on this page.</p>
      ) : (
        <p data-testid="summary">
          {summary.terms} {summary.terms === 1 ? 'term' : 'terms'}, {summary.myths.length}{' '}
          {summary.myths.length === 1 ? 'myth' : 'myths'} on this page.
        </p>
      )}
    </main>
  );
}
