/** Shapes of the catalogue: what editors write in data/ and what the build compiles. */

export const CATEGORIES = [
  'peptide',
  'precursor',
  'receptor',
  'signalling',
  'drug',
  'anatomy',
  'concept',
  'method',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const VERDICTS = [
  'false',
  'misleading',
  'oversimplification',
  'overstated',
  'unsupported',
  'unproven',
  'mixed-evidence',
  'incomplete',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export const SOURCE_TYPES = [
  'primary',
  'review',
  'meta-analysis',
  'guideline',
  'reference',
  'book',
  'web',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** One surface form as an editor wrote it. */
export interface Alias {
  text: string;
  /** `sensitive`: matches only with exactly this capitalisation. */
  case: 'sensitive' | 'insensitive';
  /**
   * Matches only near an unambiguous opioid-system term: `true` within 1,500 characters (for
   * abbreviations), `sentence` within the same sentence (for everyday words such as tolerance).
   */
  context: boolean | 'sentence';
  /** Generate the plural of the last word. */
  plural: boolean;
  /** Phrases holding the form in which it means something else ("zero tolerance"). */
  unless: string[];
}

/** A citation inside an entry: which source, and what it backs up there. */
export interface Citation {
  id: string;
  supports: string;
}

export interface Term {
  kind: 'term';
  id: string;
  name: string;
  category: Category;
  aliases: Alias[];
  summary: string;
  explanation: string;
  related: string[];
  sources: Citation[];
}

export interface Myth {
  kind: 'myth';
  id: string;
  claim: string;
  verdict: Verdict;
  correction: string;
  true_part: string;
  explanation: string;
  related: string[];
  sources: Citation[];
  detect: { triggers: string[]; patterns: string[] };
  examples: { flag: string[]; pass: string[] };
}

export type Entry = Term | Myth;

export interface Source {
  id: string;
  type: SourceType;
  authors: string;
  title: string;
  container?: string;
  year: number;
  details?: string;
  doi?: string;
  pmid?: string;
  url?: string;
}

/** Word lists the myth detector uses: tags for compromise and named groups for patterns. */
export interface Lexicon {
  tags: Record<string, string[]>;
  groups: Record<string, string[]>;
}

/** A surface form for the term matcher, with the generated variants already spelled out. */
export interface SurfaceForm {
  id: string;
  text: string;
  /** Matches only with exactly this capitalisation. */
  exact?: true;
  /** Matches only near an unambiguous opioid-system term: in the window, or in the sentence. */
  context?: 'window' | 'sentence';
  /** Phrases holding the form in which it does not count. */
  unless?: string[];
}

/** What the build emits: plain JSON, the same in Node and in the extension. */
export interface CompiledCatalogue {
  version: 1;
  terms: Term[];
  myths: Myth[];
  sources: Record<string, Source>;
  forms: SurfaceForm[];
  lexicon: Lexicon;
  /** Each myth's patterns as compromise runs them, by myth id, in the order of `detect.patterns`. */
  patterns: Record<string, string[]>;
}

/** One file read from data/: its path relative to the project (for messages) and its parsed value. */
export interface RawFile {
  path: string;
  data: unknown;
}

export interface RawCatalogue {
  terms: RawFile[];
  myths: RawFile[];
  sources: RawFile;
  lexicon: RawFile;
}
