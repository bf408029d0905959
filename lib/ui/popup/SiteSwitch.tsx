export interface SiteSwitchProps {
  /** The page's hostname. */
  host: string;
  /** Whether EndoLens runs there; `undefined` while the settings load (the switch is disabled). */
  on: boolean | undefined;
  onToggle: (on: boolean) => void;
}

/** The "On this site" switch: a button with the switch role, named after the site it controls. */
export function SiteSwitch({ host, on, onToggle }: SiteSwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      class="el-switch"
      aria-checked={on === true}
      disabled={on === undefined}
      title={`EndoLens on ${host}`}
      onClick={() => on !== undefined && onToggle(!on)}
    >
      <span class="el-switch__label">On this site</span>
      <span class="el-switch__track" aria-hidden="true">
        <span class="el-switch__thumb" />
      </span>
    </button>
  );
}
