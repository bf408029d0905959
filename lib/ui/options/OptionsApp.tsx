import type { Report } from '../../settings/reports.ts';
import type { Settings } from '../../settings/settings.ts';
import type { CatalogueView } from '../lookup.ts';
import { DisplaySection } from './DisplaySection.tsx';
import { MarkingSection } from './MarkingSection.tsx';
import { PrivacySection } from './PrivacySection.tsx';
import { ReportsSection } from './ReportsSection.tsx';
import { SitesSection } from './SitesSection.tsx';

export interface OptionsAppProps {
  catalogue: CatalogueView;
  /** `undefined` while loading. */
  settings: Settings | undefined;
  reports: Report[];
  onChange: (patch: Partial<Settings>) => void;
  onExportReports: () => void;
  onClearReports: () => void;
}

/** The options page: sites, what is marked, how marks look, the local reports, and privacy. */
export function OptionsApp({ catalogue, settings, reports, onChange, onExportReports, onClearReports }: OptionsAppProps) {
  return (
    <div class="el-theme el-options">
      <div class="el-options__inner">
        <header class="el-options__head">
          <h1 class="el-options__title">EndoLens settings</h1>
          <p class="el-options__sub">Changes are saved as you make them.</p>
        </header>
        <main>
          {settings ? (
            <>
              <SitesSection settings={settings} onChange={onChange} />
              <MarkingSection settings={settings} myths={catalogue.myths} onChange={onChange} />
              <DisplaySection settings={settings} onChange={onChange} />
            </>
          ) : (
            <p class="el-status" role="status">
              Loading settings…
            </p>
          )}
          <ReportsSection reports={reports} catalogue={catalogue} onExport={onExportReports} onClear={onClearReports} />
          <PrivacySection />
        </main>
      </div>
    </div>
  );
}
