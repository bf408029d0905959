/**
 * Messages between the content script, the background and the popup, with their validation:
 * anything that does not have exactly this shape is ignored.
 */
import type { Card } from '../catalogue/page.ts';
import type { Verdict } from '../catalogue/types.ts';

/** One term found on a page and how many times it is mentioned. */
export interface TermCount {
  id: string;
  count: number;
}

export interface JudgeRequest {
  type: 'endolens:judge';
  /**
   * The page's term mentions, for the popup: per term in order of first mention, or only their
   * total (the content script's first version sends the total).
   */
  terms: number | TermCount[];
  sentences: { text: string; myths: string[] }[];
  /** Set for content the page added later: its myths join the tab's summary instead of replacing it. */
  more?: boolean;
}

/** Which of the request's sentences assert a myth (their indexes), and which myths each asserts. */
export interface JudgeResponse {
  asserted: number[];
  /** For each entry of `asserted`, the ids of the myths that sentence asserts. */
  ids: string[][];
}

/** Background -> content script: step to the next or previous finding (the keyboard command). */
export interface StepRequest {
  type: 'endolens:step';
  direction: 1 | -1;
}

/** Content script -> background: open the full entry of a term or myth. */
export interface OpenEntryRequest {
  type: 'endolens:open-entry';
  id: string;
}

/** Content script -> background: the tooltip card of a term or myth (answered with a {@link CardResponse}). */
export interface CardRequest {
  type: 'endolens:card';
  id: string;
}

/** The card, or null for an id the catalogue does not have. */
export type CardResponse = Card | null;

const ENTRY_ID = /^[a-z0-9-]{1,80}$/;

/** Whether `message` is a well-formed card request. */
export function isCardRequest(message: unknown): message is CardRequest {
  const m = message as CardRequest;
  return typeof m === 'object' && m !== null && m.type === 'endolens:card' && typeof m.id === 'string' && ENTRY_ID.test(m.id);
}

/** Whether `message` is a well-formed step request. */
export function isStepRequest(message: unknown): message is StepRequest {
  const m = message as StepRequest;
  return typeof m === 'object' && m !== null && m.type === 'endolens:step' && (m.direction === 1 || m.direction === -1);
}

/** Whether `message` is a well-formed request to open an entry. */
export function isOpenEntryRequest(message: unknown): message is OpenEntryRequest {
  const m = message as OpenEntryRequest;
  return typeof m === 'object' && m !== null && m.type === 'endolens:open-entry' && typeof m.id === 'string' && ENTRY_ID.test(m.id);
}

/** What the popup shows about one tab. */
export interface PageSummary {
  /** Terms in order of first mention; empty when the page sent only a total. */
  terms: TermCount[];
  /** Every term mention on the page. */
  termTotal: number;
  /** Each myth asserted, in page order, with the sentence that asserts it. */
  myths: { id: string; verdict: Verdict; sentence: string }[];
  /** The page's hostname as the content script's message gave it (the popup cannot read tab addresses without the "tabs" permission). */
  host: string | null;
}

export interface SummaryRequest {
  type: 'endolens:summary';
  tabId: number;
}

/** Popup -> content script: scroll to the `index`-th entry of the summary's `terms` or `myths` list. */
export interface RevealRequest {
  type: 'endolens:reveal';
  kind: 'term' | 'myth';
  index: number;
}

const MAX_SENTENCES = 5000;
const MAX_TERMS = 10_000;
const MAX_SENTENCE_LENGTH = 4000;

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isTermCounts(value: unknown): value is number | TermCount[] {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0;
  return (
    Array.isArray(value) &&
    value.length <= MAX_TERMS &&
    value.every(
      (t) => typeof t === 'object' && t !== null && typeof t.id === 'string' && t.id.length <= 100 && Number.isInteger(t.count) && t.count > 0,
    )
  );
}

/** Whether `message` is a well-formed judge request. */
export function isJudgeRequest(message: unknown): message is JudgeRequest {
  const m = message as JudgeRequest;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === 'endolens:judge' &&
    isTermCounts(m.terms) &&
    (m.more === undefined || typeof m.more === 'boolean') &&
    Array.isArray(m.sentences) &&
    m.sentences.length <= MAX_SENTENCES &&
    m.sentences.every(
      (s) => typeof s === 'object' && s !== null && typeof s.text === 'string' && s.text.length <= MAX_SENTENCE_LENGTH && isStringArray(s.myths),
    )
  );
}

/** Whether `message` is a well-formed summary request. */
export function isSummaryRequest(message: unknown): message is SummaryRequest {
  const m = message as SummaryRequest;
  return typeof m === 'object' && m !== null && m.type === 'endolens:summary' && Number.isInteger(m.tabId);
}

/** Whether `message` is a well-formed reveal request. */
export function isRevealRequest(message: unknown): message is RevealRequest {
  const m = message as RevealRequest;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === 'endolens:reveal' &&
    (m.kind === 'term' || m.kind === 'myth') &&
    Number.isInteger(m.index) &&
    m.index >= 0
  );
}

/** Term mentions counted per term, in order of first mention (the form of `JudgeRequest.terms`). */
export function countTerms(matches: readonly { id: string }[]): TermCount[] {
  const counts = new Map<string, number>();
  for (const m of matches) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count }));
}

/** The popup's summary from a judge request's `terms`, the myths the background confirmed and the page's hostname. */
export function summarize(terms: JudgeRequest['terms'], myths: PageSummary['myths'], host: string | null): PageSummary {
  if (typeof terms === 'number') return { terms: [], termTotal: terms, myths, host };
  return { terms, termTotal: terms.reduce((sum, t) => sum + t.count, 0), myths, host };
}
