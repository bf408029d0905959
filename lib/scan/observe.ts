/**
 * Text the page adds or reveals later (single-page apps, infinite scroll, opened sections): the
 * roots that changed, collected in batches, never our own UI, detached by `signal`.
 */
import { OWN_UI_ATTRIBUTE } from './rules';

const BATCH_MS = 300;
const WATCHED_ATTRIBUTES = ['hidden', 'aria-hidden', 'style', 'open', 'class'];

/** Calls `onAdded` with the outermost added or revealed nodes, at most once per batch interval. */
export function observeAdditions(root: Node, onAdded: (nodes: Node[]) => void, signal: AbortSignal): void {
  const win = (root.ownerDocument ?? (root as Document)).defaultView!;
  let batch = new Set<Node>();
  let timer = 0;
  const flush = () => {
    timer = 0;
    const inBatch = (n: Node) => {
      for (let p = n.parentNode; p; p = p.parentNode) if (batch.has(p)) return true;
      return false;
    };
    const nodes = [...batch].filter((n) => n.isConnected && !inBatch(n));
    batch = new Set();
    if (nodes.length) onAdded(nodes);
  };
  const isOurs = (node: Node) => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return Boolean(el?.closest(`[${OWN_UI_ATTRIBUTE}]`));
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList') r.addedNodes.forEach((n) => !isOurs(n) && batch.add(n));
      else if (!isOurs(r.target)) batch.add(r.target);
    }
    if (batch.size && !timer) timer = win.setTimeout(flush, BATCH_MS);
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    win.clearTimeout(timer);
  });
}
