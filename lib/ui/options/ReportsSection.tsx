import { useState } from 'preact/hooks';
import type { Report } from '../../settings/reports.ts';
import { hostOf } from '../../settings/sites.ts';
import { countOf } from '../labels.ts';
import { entryById, entryTitle, type CatalogueView } from '../lookup.ts';
import { Panel } from './Panel.tsx';

export interface ReportsSectionProps {
  reports: Report[];
  catalogue: CatalogueView;
  onExport: () => void;
  onClear: () => void;
}

const SHOWN = 50;

/** The local "Not a myth here" reports, newest first, with export and a clear that asks first. */
export function ReportsSection({ reports, catalogue, onExport, onClear }: ReportsSectionProps) {
  const [confirming, setConfirming] = useState(false);
  const newest = reports.slice(-SHOWN).reverse();
  return (
    <Panel
      title="“Not a myth here” reports"
      intro="When you tell EndoLens that a flagged sentence is not a myth, it keeps a note here, in this browser only. Export them to share with the catalogue’s editors if you wish."
    >
      {reports.length === 0 ? (
        <p class="el-empty">No reports yet.</p>
      ) : (
        <ol class="el-reports" aria-label={countOf(reports.length, 'report')}>
          {newest.map((r) => {
            const myth = entryById(catalogue, r.mythId);
            return (
              <li key={`${r.at}-${r.url}`} class="el-reports__item">
                <p class="el-reports__sentence">“{r.sentence}”</p>
                <p class="el-reports__meta">Flagged as: {myth ? entryTitle(myth) : r.mythId}</p>
                <p class="el-reports__meta">
                  {hostOf(r.url) ?? 'A page'} · <time dateTime={new Date(r.at).toISOString()}>{new Date(r.at).toLocaleDateString()}</time>
                </p>
              </li>
            );
          })}
        </ol>
      )}
      {reports.length > SHOWN && <p class="el-hint">The {SHOWN} newest are shown; the export holds all {reports.length}.</p>}
      <div class="el-actions">
        <button type="button" class="el-button" disabled={!reports.length} onClick={onExport}>
          Export as JSON
        </button>
        {confirming ? (
          <span class="el-confirm" role="group" aria-label="Clear every report?">
            <span>Clear {countOf(reports.length, 'report')}?</span>
            <button type="button" class="el-button el-button--danger" onClick={() => (onClear(), setConfirming(false))}>
              Clear
            </button>
            <button type="button" class="el-button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" class="el-button" disabled={!reports.length} onClick={() => setConfirming(true)}>
            Clear all…
          </button>
        )}
      </div>
    </Panel>
  );
}
