/**
 * Messages between the content script and the background, with their validation: anything that
 * does not have exactly this shape is ignored.
 */

export interface JudgeRequest {
  type: 'endolens:judge';
  /** How many term mentions the page holds (for the popup). */
  terms: number;
  sentences: { text: string; myths: string[] }[];
}

/** Which of the request's sentences assert a myth (their indexes). */
export interface JudgeResponse {
  asserted: number[];
}

export interface PageSummary {
  terms: number;
  myths: { id: string; sentence: string }[];
}

export interface SummaryRequest {
  type: 'endolens:summary';
  tabId: number;
}

const MAX_SENTENCES = 5000;
const MAX_SENTENCE_LENGTH = 4000;

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Whether `message` is a well-formed judge request. */
export function isJudgeRequest(message: unknown): message is JudgeRequest {
  const m = message as JudgeRequest;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === 'endolens:judge' &&
    Number.isInteger(m.terms) &&
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
