export interface WelcomeAppProps {
  /** Whether EndoLens may read pages: `undefined` while checking. */
  granted: boolean | undefined;
  onGrant: () => void;
}

/**
 * The first-run page: what EndoLens reads and why it asks for access to websites (Firefox asks
 * the person to grant it for MV3 extensions), with the one button that asks.
 */
export function WelcomeApp({ granted, onGrant }: WelcomeAppProps) {
  return (
    <main class="el-theme el-welcome">
      <h1>Welcome to EndoLens</h1>
      <p>
        EndoLens explains the words of the body’s own opioid system (endorphins, enkephalins, opioid receptors, naloxone and
        more) on the pages you read, and marks sentences that repeat common myths about them, with what the evidence says.
      </p>
      <h2>Why it asks for access to websites</h2>
      <p>
        To find those words, EndoLens reads the text of the pages you open. It reads them on your computer only: it sends
        nothing anywhere, makes no network request, and keeps no page text unless you report a sentence as “not a myth
        here”, which stays on this computer too.
      </p>
      {granted ? (
        <p class="el-welcome__done" role="status">
          Access granted. Open any health article to see EndoLens at work; the toolbar button shows what it found.
        </p>
      ) : (
        <p>
          <button type="button" class="el-button el-button--primary" onClick={onGrant} disabled={granted === undefined}>
            Allow EndoLens to read pages
          </button>
        </p>
      )}
      <p class="el-welcome__note">You can choose the sites where it runs, or switch it off on any site, in its settings.</p>
    </main>
  );
}
