import { Panel } from './Panel.tsx';

/** What EndoLens reads, that it sends nothing, and that pages can notice it. */
export function PrivacySection() {
  return (
    <Panel title="Privacy">
      <p class="el-text">
        EndoLens reads the text of the pages you open, on your computer, to find terms and myths. It sends nothing
        anywhere: it makes no network requests, has no account and no analytics. Your settings and your reports stay in
        this browser’s local storage until you clear them or remove the extension.
      </p>
      <p class="el-text">
        Pages can notice that EndoLens is installed: its marks change how a page is drawn, and the page’s own scripts can
        see them.
      </p>
    </Panel>
  );
}
