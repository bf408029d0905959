import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageSummary } from '../../extension/messages.ts';
import { isActiveOn, loadSettings, saveSettings, siteTogglePatch, watchSettings, type Settings } from '../../settings/index.ts';
import type { CatalogueView } from '../lookup.ts';
import { PopupApp } from './PopupApp.tsx';
import { findTab, loadSummary, revealInTab, type PopupTab } from './tab.ts';

/** Mounts the popup: finds the tab, loads its summary and the settings, and wires the callbacks to the browser. */
export function PopupContainer({ catalogue, search = location.search }: { catalogue: CatalogueView; search?: string }) {
  const [tab, setTab] = useState<PopupTab | null | undefined>(undefined);
  const [summary, setSummary] = useState<PageSummary | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | undefined>(undefined);

  useEffect(() => {
    void loadSettings().then(setSettings);
    const unwatch = watchSettings(setSettings);
    void findTab(search)
      .catch(() => null)
      .then(async (found) => {
        setTab(found);
        setSummary(found ? await loadSummary(found.id) : null);
      });
    return unwatch;
  }, [search]);

  // The tab's address needs the activeTab grant of a real click; the summary's host covers `?tab=ID`.
  const host = tab?.host ?? summary?.host ?? null;
  return (
    <PopupApp
      catalogue={catalogue}
      summary={summary}
      host={host}
      siteOn={settings && host ? isActiveOn(settings, host) : undefined}
      onToggleSite={(on) => settings && host && void saveSettings(siteTogglePatch(settings, host, on))}
      onReveal={(kind, index) => tab && void revealInTab(tab.id, kind, index)}
      optionsHref={browser.runtime.getURL('/options.html')}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      initialEntry={new URLSearchParams(search).get('entry') ?? undefined}
      initialQuery={new URLSearchParams(search).get('q')?.slice(0, 100) ?? undefined}
    />
  );
}
