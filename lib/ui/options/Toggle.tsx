import type { ComponentChildren } from 'preact';

export interface ToggleProps {
  label: ComponentChildren;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}

/** A labelled checkbox with an optional hint below the label. */
export function Toggle({ label, hint, checked, onChange, disabled }: ToggleProps) {
  return (
    <label class="el-check">
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.currentTarget.checked)} />
      <span class="el-check__text">
        {label}
        {hint && <span class="el-check__hint">{hint}</span>}
      </span>
    </label>
  );
}
