import type { Myth } from '../../catalogue/types.ts';
import type { Settings } from '../../settings/settings.ts';
import { quoteClaim, verdictLabel } from '../labels.ts';
import { Panel } from './Panel.tsx';
import { Toggle } from './Toggle.tsx';

export interface MarkingSectionProps {
  settings: Settings;
  myths: Myth[];
  onChange: (patch: Partial<Settings>) => void;
}

/** What EndoLens marks: terms on/off, myths on/off, and each myth on its own. */
export function MarkingSection({ settings, myths, onChange }: MarkingSectionProps) {
  const setMyth = (id: string, on: boolean) =>
    onChange({ disabledMyths: on ? settings.disabledMyths.filter((m) => m !== id) : [...settings.disabledMyths, id] });
  return (
    <Panel title="What EndoLens marks">
      <Toggle
        label="Explain terms"
        hint="Marks the terms of the body’s opioid system and explains them when you point at them."
        checked={settings.terms}
        onChange={(terms) => onChange({ terms })}
      />
      <Toggle
        label="Flag myths"
        hint="Marks sentences that state a common myth, with a correction and its sources."
        checked={settings.myths}
        onChange={(on) => onChange({ myths: on })}
      />
      <fieldset class="el-field el-field--nested" disabled={!settings.myths}>
        <legend class="el-field__legend">Myths to flag</legend>
        {myths.map((myth) => (
          <Toggle
            key={myth.id}
            label={quoteClaim(myth.claim)}
            hint={verdictLabel(myth.verdict)}
            checked={!settings.disabledMyths.includes(myth.id)}
            onChange={(on) => setMyth(myth.id, on)}
          />
        ))}
      </fieldset>
    </Panel>
  );
}
