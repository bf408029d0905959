export interface PageStatusProps {
  /** `loading`: waiting for the page; `off`: turned off for the site; `unreadable`: a browser page; `unread`: not read (yet). */
  status: 'loading' | 'off' | 'unreadable' | 'unread';
  host: string | null;
}

const MESSAGES: Record<PageStatusProps['status'], (host: string) => string> = {
  loading: () => 'Reading this page…',
  off: (host) => `EndoLens is off on ${host}. Use the switch above to turn it on.`,
  unreadable: () => 'EndoLens does not read this page: it works on ordinary web pages, not on the browser’s own pages.',
  unread: () => 'EndoLens has not read this page. Reload it to read it.',
};

/** Why the popup shows no page summary, in one sentence. */
export function PageStatus({ status, host }: PageStatusProps) {
  return (
    <p class="el-status" role="status">
      {MESSAGES[status](host ?? 'this site')}
    </p>
  );
}
