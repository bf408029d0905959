import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { searchCatalogue } from '../../catalogue/search.ts';
import type { PageSummary } from '../../extension/messages.ts';
import { EntryView } from '../EntryView.tsx';
import { entryById, type CatalogueView } from '../lookup.ts';
import { PageStatus } from './PageStatus.tsx';
import { PageView } from './PageView.tsx';
import { SearchBox } from './SearchBox.tsx';
import { SearchResults } from './SearchResults.tsx';
import { SiteSwitch } from './SiteSwitch.tsx';
import { useEntryStack } from './use-entry-stack.ts';

export interface PopupAppProps {
  catalogue: CatalogueView;
  /** The tab's summary: `undefined` while loading, `null` when the page was not read. */
  summary: PageSummary | null | undefined;
  /** The tab's hostname; `null` on pages EndoLens cannot read (browser pages). */
  host: string | null;
  /** Whether EndoLens runs on `host`; `undefined` while the settings load. */
  siteOn: boolean | undefined;
  onToggleSite: (on: boolean) => void;
  /** Scroll the page to the `index`-th myth or term of the summary. */
  onReveal: (kind: 'term' | 'myth', index: number) => void;
  optionsHref: string;
  onOpenOptions: () => void;
  /** An entry to show first ("Full entry" in a tooltip opens the popup page with `?entry=ID`). */
  initialEntry?: string;
  /** A search to start with ("Look up in EndoLens" on selected text opens `?q=TEXT`). */
  initialQuery?: string;
}

const SEARCH_LIMIT = 30;

/** The toolbar popup: the page's findings, a search over the catalogue, and full entries with a back button. */
export function PopupApp(props: PopupAppProps) {
  const { catalogue, summary, host, siteOn } = props;
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsId = useId();
  const titleId = useId();
  const entries = useEntryStack(titleId, () => inputRef.current);
  useEffect(() => {
    if (props.initialEntry && entryById(catalogue, props.initialEntry)) entries.open(props.initialEntry);
    // Only on the first render: later changes of the address do not reopen the entry.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const hits = useMemo(
    () =>
      searchCatalogue(catalogue, query, SEARCH_LIMIT).flatMap((hit) => {
        const found = entryById(catalogue, hit.id);
        return found ? [{ hit, entry: found }] : [];
      }),
    [catalogue, query],
  );
  const entry = entries.top === undefined ? undefined : entryById(catalogue, entries.top);
  const search = (value: string) => {
    setQuery(value);
    entries.reset();
  };
  const status = summary === undefined ? 'loading' : siteOn === false ? 'off' : summary === null ? (host ? 'unread' : 'unreadable') : null;

  return (
    <div class="el-theme el-popup">
      <header class="el-popup__bar">
        <h1 class="el-popup__brand">EndoLens</h1>
        {host && <SiteSwitch host={host} on={siteOn} onToggle={props.onToggleSite} />}
      </header>
      <SearchBox value={query} onInput={search} resultsId={resultsId} inputRef={inputRef} onArrowDown={() => document.getElementById(resultsId)?.querySelector('button')?.focus()} />
      <main class="el-popup__body">
        {entry && (
          <div class="el-popup__entry">
            <button type="button" class="el-back" onClick={entries.back}>
              <span aria-hidden="true">←</span> {entries.depth > 1 ? 'Back' : query ? 'Back to results' : 'Back to this page'}
            </button>
            <EntryView entry={entry} catalogue={catalogue} onOpen={entries.open} titleId={titleId} />
          </div>
        )}
        <div hidden={!!entry}>
          {query ? (
            <SearchResults id={resultsId} query={query} hits={hits} onOpen={entries.open} onLeave={() => inputRef.current?.focus()} />
          ) : status || !summary ? (
            <PageStatus status={status ?? 'unread'} host={host} />
          ) : (
            <PageView summary={summary} catalogue={catalogue} onReveal={props.onReveal} onOpen={entries.open} />
          )}
        </div>
      </main>
      <footer class="el-popup__foot">
        <a
          href={props.optionsHref}
          target="_blank"
          rel="noopener"
          onClick={(e) => {
            e.preventDefault();
            props.onOpenOptions();
          }}
        >
          Settings
        </a>
        <span class="el-popup__count">
          {catalogue.terms.length} terms · {catalogue.myths.length} myths in the catalogue
        </span>
      </footer>
    </div>
  );
}
