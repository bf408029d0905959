import { useId } from 'preact/hooks';
import { HOVER_DELAY_MAX, HOVER_DELAY_MIN, type Settings } from '../../settings/settings.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { Panel } from './Panel.tsx';

export interface DisplaySectionProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

/** How marks look: how many mentions are marked, the tooltip delay and the mark style. */
export function DisplaySection({ settings, onChange }: DisplaySectionProps) {
  const delayId = useId();
  const hintId = useId();
  return (
    <Panel title="How marks look">
      <ChoiceGroup
        legend="Which mentions of a term to mark"
        value={settings.density}
        onChange={(density) => onChange({ density })}
        choices={[
          { value: 'first-per-section', label: 'The first mention in each section' },
          { value: 'all', label: 'Every mention' },
          { value: 'none', label: 'None', hint: 'The popup still lists the terms of the page.' },
        ]}
      />
      <div class="el-range">
        <label for={delayId} class="el-field__legend">
          Tooltip delay
        </label>
        <div class="el-range__row">
          <input
            id={delayId}
            type="range"
            min={HOVER_DELAY_MIN}
            max={HOVER_DELAY_MAX}
            step={50}
            value={settings.hoverDelayMs}
            aria-describedby={hintId}
            aria-valuetext={`${settings.hoverDelayMs} milliseconds`}
            onInput={(e) => onChange({ hoverDelayMs: Number(e.currentTarget.value) })}
          />
          <output for={delayId} class="el-range__value">
            {settings.hoverDelayMs} ms
          </output>
        </div>
        <p id={hintId} class="el-hint">
          How long the pointer rests on a mark before its explanation opens.
        </p>
      </div>
      <ChoiceGroup
        legend="Mark style"
        value={settings.highlightStyle}
        onChange={(highlightStyle) => onChange({ highlightStyle })}
        choices={[
          { value: 'underline', label: <span class="el-sample el-sample--underline">Underline</span> },
          { value: 'background', label: <span class="el-sample el-sample--background">Background tint</span> },
        ]}
      />
    </Panel>
  );
}
