import { useEffect, useState } from 'preact/hooks';
import { clearReports, listReports, reportsToJson, watchReports, type Report } from '../../settings/reports.ts';
import { sanitizeSettings, type Settings } from '../../settings/settings.ts';
import { loadSettings, saveSettings, watchSettings } from '../../settings/store.ts';
import { downloadText } from '../download.ts';
import type { CatalogueView } from '../lookup.ts';
import { OptionsApp } from './OptionsApp.tsx';

/** Mounts the options page: loads and watches the settings and reports, saves every change at once. */
export function OptionsContainer({ catalogue }: { catalogue: CatalogueView }) {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [reports, setReports] = useState<Report[]>([]);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void listReports().then(setReports);
    const unwatch = [watchSettings(setSettings), watchReports(setReports)];
    return () => unwatch.forEach((u) => u());
  }, []);

  const change = (patch: Partial<Settings>) => {
    // Show the change at once; storage answers with the same value a moment later.
    setSettings((s) => s && sanitizeSettings({ ...s, ...patch }));
    void saveSettings(patch);
  };
  return (
    <OptionsApp
      catalogue={catalogue}
      settings={settings}
      reports={reports}
      onChange={change}
      onExportReports={() => downloadText(`endolens-reports-${new Date().toISOString().slice(0, 10)}.json`, reportsToJson(reports), 'application/json')}
      onClearReports={() => void clearReports().then(() => setReports([]))}
    />
  );
}
