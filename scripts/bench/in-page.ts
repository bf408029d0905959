/**
 * Code the benchmark runs inside the page, in isolated worlds of its own (as plain JavaScript
 * source: functions compiled by tsx do not survive toString()).
 */

/** Init script (bench world, every new document): the page's node count once it is parsed, as a mark's detail. */
export const RECORD_NODES_AT_LOAD = `document.addEventListener('DOMContentLoaded', () => {
  const w = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  let nodes = 1;
  while (w.nextNode()) nodes++;
  performance.mark('bench:parsed', { detail: { nodes } });
});`;

/** Every node of the document (elements, text, comments, doctype), and the elements alone. */
export const COUNT_NODES = `(() => {
  const w = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  let nodes = 1;
  while (w.nextNode()) nodes++;
  const parsed = performance.getEntriesByName('bench:parsed')[0];
  return { nodes, elements: document.getElementsByTagName('*').length, atParse: parsed ? parsed.detail.nodes : null };
})()`;

/**
 * Resolves once EndoLens marked its last paint: the marks' times (ms from the time origin) and
 * how many ranges each highlight holds. Rejects after `timeoutMs`.
 */
export const waitForPainted = (timeoutMs: number) => `new Promise((resolve, reject) => {
  const at = (name) => performance.getEntriesByName('endolens:' + name)[0]?.startTime ?? null;
  const size = (name) => CSS.highlights.get(name)?.size ?? 0;
  const report = () => ({ scanStart: at('scan-start'), read: at('read'), painted: at('painted'),
    terms: size('endolens-term'), myths: size('endolens-myth') });
  if (at('painted') !== null) return resolve(report());
  const observer = new PerformanceObserver(() => {
    if (at('painted') === null) return;
    observer.disconnect();
    resolve(report());
  });
  observer.observe({ type: 'mark' });
  setTimeout(() => reject(new Error('no endolens:painted mark within ${timeoutMs} ms')), ${timeoutMs});
})`;

/**
 * The floor: one TreeWalker pass reading every text node's value, joined into one string with an
 * offset map (node, start). `passes` passes, each timed alone; a pass under 1 ms (a small page's,
 * below the 0.1 ms resolution of performance.now() here) is repeated until 1 ms has gone by, and
 * counts for the mean.
 */
export const floorPasses = (passes: number) => `(() => {
  const pass = () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts = [];
    const nodes = [];
    const starts = [];
    let length = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const value = n.data;
      nodes.push(n);
      starts.push(length);
      parts.push(value);
      length += value.length;
    }
    return { text: parts.join(''), nodes, starts };
  };
  const times = [];
  let last;
  for (let p = 0; p < ${passes}; p++) {
    const t0 = performance.now();
    let n = 0;
    do {
      last = pass();
      n++;
    } while (performance.now() - t0 < 1);
    times.push((performance.now() - t0) / n);
  }
  return { times, chars: last.text.length, textNodes: last.nodes.length };
})()`;

/**
 * mark.js over the body with the given forms, as one term list; resolves to its time and the marks
 * it made. One `mark()` call with all 1,300 forms overflows the stack inside mark.js (it recurses
 * once per term), so the list goes in batches of `batch` terms, one call after another.
 */
export const markJs = (forms: readonly string[], batch: number) => `(async () => {
  const forms = ${JSON.stringify(forms)};
  const instance = new Mark(document.body);
  const t0 = performance.now();
  let marked = 0;
  for (let i = 0; i < forms.length; i += ${batch}) {
    marked += await new Promise((resolve) => instance.mark(forms.slice(i, i + ${batch}), {
      separateWordSearch: false,
      accuracy: 'exactly',
      done: resolve,
    }));
  }
  return { ms: performance.now() - t0, marked };
})()`;
