import type { Settings } from '../../settings/settings.ts';
import { AddSite } from './AddSite.tsx';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { Panel } from './Panel.tsx';

export interface SitesSectionProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

/** Where EndoLens runs: everywhere but a list of sites, or only on a list; each list edited here. */
export function SitesSection({ settings, onChange }: SitesSectionProps) {
  const only = settings.siteMode === 'only';
  const key = only ? 'enabledSites' : 'disabledSites';
  const sites = settings[key];
  return (
    <Panel title="Sites">
      <ChoiceGroup
        legend="Where EndoLens runs"
        value={settings.siteMode}
        onChange={(siteMode) => onChange({ siteMode })}
        choices={[
          { value: 'all-except', label: 'On every site, except the sites listed below' },
          { value: 'only', label: 'Only on the sites listed below' },
        ]}
      />
      <h3 class="el-subhead">{only ? 'Sites where EndoLens runs' : 'Sites where EndoLens is off'}</h3>
      {sites.length ? (
        <ul class="el-sites">
          {sites.map((site) => (
            <li key={site} class="el-sites__item">
              <span class="el-sites__host">{site}</span>
              <button type="button" class="el-button el-button--small" aria-label={`Remove ${site}`} onClick={() => onChange({ [key]: sites.filter((s) => s !== site) })}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="el-empty">{only ? 'No sites yet: EndoLens runs nowhere until you add one.' : 'No sites yet.'}</p>
      )}
      <p class="el-hint">A site includes its subdomains: example.org also covers news.example.org.</p>
      <AddSite sites={sites} onAdd={(host) => onChange({ [key]: [...sites, host] })} />
    </Panel>
  );
}
