/**
 * One page's EndoLens: reads the page a slice at a time (no task of ours runs long), marks terms
 * as the density setting allows, sends myth candidates to be judged, paints the findings, and
 * reads text the page adds later. `stop()` leaves the page exactly as it was.
 */
import type { ScanCatalogue } from '../catalogue/page';
import { HIGHLIGHTS, clearAll, paint } from '../highlight/paint';
import { FindingIndex, type Finding } from '../highlight/findings';
import { buildCandidateFinder, findCandidates, type Candidate } from '../match/candidates';
import { buildTermIndex, findTerms } from '../match/terms';
import type { Settings } from '../settings/settings';
import { applyDensity } from './density';
import { TextMapReader, type TextMap } from './text-map';

/** Characters read per chunk, and the time one slice may take before yielding to the page. */
const CHUNK_CHARS = 32_000;
const SLICE_MS = 8;
const MAX_SENTENCES = 5000;

export interface LensBackend {
  /** Judges candidate sentences; resolves to the ids each asserts (parallel to `sentences`), or undefined. */
  judge: (sentences: { text: string; myths: string[] }[], terms: readonly { id: string }[], more: boolean) => Promise<string[][] | undefined>;
}

/**
 * Yields to the page until a new task: `scheduler.yield()` where the browser has it, else a message
 * on a channel (a chain of `setTimeout(0)` is held back 4 ms a time after five in a row).
 */
const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
};

/**
 * User Timing marks of a full scan (`npm run bench` reads them): `endolens:scan-start`,
 * `endolens:read` (page read, candidates sent to be judged) and `endolens:painted` (last
 * highlight registered). Names only, no detail: nothing of the page or the findings. Scans of
 * added content make none, and `stop()` clears them, so a page holds at most one of each.
 */
const MARKS = ['scan-start', 'read', 'painted'] as const;
function mark(name: (typeof MARKS)[number], more: boolean): void {
  if (!more) performance.mark(`endolens:${name}`);
}

export class PageLens {
  readonly findings = new FindingIndex();
  /** Myths in page order with the finding of their sentence (one sentence can assert two). */
  readonly myths: { id: string; finding: Finding }[] = [];
  private readonly terms;
  private readonly finder;
  private seen = new Set<string>();
  private read = new WeakSet<Text>();
  private termMatches: { id: string }[] = [];
  private stopped = false;

  constructor(
    catalogue: ScanCatalogue,
    private settings: Settings,
    private readonly backend: LensBackend,
  ) {
    this.terms = buildTermIndex(catalogue.forms);
    this.finder = buildCandidateFinder(catalogue.myths.filter((m) => !settings.disabledMyths.includes(m.id)));
  }

  private termName(): string {
    return this.settings.highlightStyle === 'background' ? HIGHLIGHTS.termBackground : HIGHLIGHTS.term;
  }

  private judged = false;

  private repaint(): void {
    paint(this.termName(), this.findings.terms.map((f) => f.range));
    // The myth highlight is registered once the first judgement is in (tests wait for it).
    if (this.judged) paint(HIGHLIGHTS.myth, this.findings.myths.map((f) => f.range));
  }

  /** Reads `root` (the body, or content added later) slice by slice, then has the candidates judged. */
  async scan(root: Node, more = false): Promise<void> {
    mark('scan-start', more);
    const reader = new TextMapReader(root, (node) => this.read.has(node));
    const pending: { map: TextMap; candidate: Candidate }[] = [];
    while (!reader.done && !this.stopped) {
      const started = performance.now();
      do {
        const chunk = reader.read(CHUNK_CHARS);
        for (const s of chunk.segments) this.read.add(s.node);
        if (this.settings.terms) {
          const all = findTerms(chunk.text, this.terms);
          this.termMatches.push(...all);
          for (const m of applyDensity(all, chunk.sections, this.settings.density, this.seen)) {
            this.findings.add(chunk, 'term', m.id, m.start, m.end);
          }
        }
        if (this.settings.myths) {
          for (const candidate of findCandidates(chunk.text, this.finder)) pending.push({ map: chunk, candidate });
        }
      } while (!reader.done && performance.now() - started < SLICE_MS);
      // Registering highlights costs the page a style pass: once the page is read, not per slice.
      if (!reader.done) await nextTask();
    }
    if (!this.stopped) this.repaint();
    if (this.stopped) return;
    const batch = pending.slice(0, MAX_SENTENCES);
    const sentences = batch.map(({ map, candidate }) => ({ text: map.text.slice(candidate.start, candidate.end), myths: candidate.myths }));
    if (more && !sentences.length && !pending.length && reader.done && this.termMatches.length === 0) return;
    mark('read', more);
    const ids = await this.backend.judge(sentences, this.termMatches, more).catch(() => undefined);
    if (this.stopped) return;
    this.judged = true;
    if (!ids) {
      this.repaint();
      mark('painted', more);
      return;
    }
    ids.forEach((mythIds, i) => {
      const item = batch[i];
      if (!item || !mythIds.length) return;
      const finding = this.findings.add(item.map, 'myth', mythIds[0]!, item.candidate.start, item.candidate.end);
      if (finding) for (const id of mythIds) this.myths.push({ id, finding });
    });
    this.repaint();
    mark('painted', more);
  }

  /** Every term mention read so far (marked or not), for the popup's counts. */
  get mentions(): readonly { id: string }[] {
    return this.termMatches;
  }

  /** Removes every highlight; the page is left as it was. */
  stop(): void {
    this.stopped = true;
    this.findings.clear();
    this.myths.length = 0;
    clearAll();
    for (const name of MARKS) performance.clearMarks(`endolens:${name}`);
  }
}
