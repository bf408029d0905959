/** Words the UI shows for the catalogue's codes. Pure. */
import type { Category, Verdict } from '../catalogue/types.ts';

const VERDICT_LABELS: Record<Verdict, string> = {
  false: 'False',
  misleading: 'Misleading',
  oversimplification: 'Oversimplified',
  overstated: 'Overstated',
  unsupported: 'Not supported by evidence',
  unproven: 'Unproven',
  'mixed-evidence': 'Mixed evidence',
  incomplete: 'Incomplete',
};

const CATEGORY_LABELS: Record<Category, string> = {
  peptide: 'Opioid peptide',
  precursor: 'Precursor protein',
  receptor: 'Receptor',
  signalling: 'Cell signalling',
  drug: 'Drug',
  anatomy: 'Brain and body',
  concept: 'Concept',
  method: 'Research method',
};

/** The verdict in plain words: oversimplification -> "Oversimplified". */
export function verdictLabel(verdict: Verdict): string {
  return VERDICT_LABELS[verdict] ?? verdict;
}

/** The category in plain words: anatomy -> "Brain and body". */
export function categoryLabel(category: Category): string {
  return CATEGORY_LABELS[category] ?? category;
}

/** "1 term", "3 terms": `count` with the singular or plural noun. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** "once", "twice", "3 times". */
export function timesLabel(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}

/**
 * A myth's claim as a quotation, so that it never reads as a statement of fact; quotations inside
 * it become single quotes: Endorphins are the "happy hormone". -> “Endorphins are the ‘happy hormone’”
 */
export function quoteClaim(claim: string): string {
  const inner = claim
    .trim()
    .replace(/\.$/, '')
    .replace(/"([^"]*)"|“([^”]*)”/g, (_, a: string | undefined, b: string | undefined) => `‘${a ?? b}’`);
  return `“${inner}”`;
}
