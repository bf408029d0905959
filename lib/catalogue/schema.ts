/**
 * The catalogue schema. `parseTerm`, `parseMyth`, `parseSources` and `parseLexicon` take what a YAML
 * file held and return the typed entry, or throw a {@link CatalogueError} that names the file, the
 * field and what is wrong.
 */
import * as v from 'valibot';
import {
  CATEGORIES,
  SOURCE_TYPES,
  VERDICTS,
  type Alias,
  type Lexicon,
  type Myth,
  type Source,
  type Term,
} from './types.ts';

/** Thrown for an invalid catalogue; `problems` holds one line per problem: `file: field: message`. */
export class CatalogueError extends Error {
  constructor(readonly problems: string[]) {
    super(`The catalogue is invalid:\n${problems.join('\n')}`);
    this.name = 'CatalogueError';
  }
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = v.pipe(v.string(), v.regex(ID, 'must be lower-case kebab-case, like beta-endorphin'));
const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const tooltip = v.pipe(text, v.maxLength(300, (i) => `at most 300 characters (got ${i.input.length})`));

const aliasObject = v.strictObject({
  text,
  case: v.optional(v.picklist(['sensitive', 'insensitive']), 'insensitive'),
  context: v.optional(v.union([v.boolean(), v.literal('sentence')], 'must be true, false or sentence'), false),
  plural: v.optional(v.boolean(), true),
  unless: v.optional(v.array(text), []),
});
const alias = v.pipe(
  v.union([text, aliasObject], 'must be a string or { text, case, context, plural, unless }'),
  v.transform((a): Alias =>
    typeof a === 'string' ? { text: a, case: 'insensitive', context: false, plural: true, unless: [] } : a,
  ),
);

const citation = v.strictObject({ id, supports: text });

const termSchema = v.strictObject({
  id,
  name: text,
  category: v.picklist(CATEGORIES, `must be one of ${CATEGORIES.join(', ')}`),
  aliases: v.pipe(v.array(alias), v.minLength(1, 'needs at least one alias')),
  summary: tooltip,
  explanation: text,
  related: v.optional(v.array(id), []),
  sources: v.pipe(v.array(citation), v.minLength(1, 'a term cites at least 1 source')),
});

const mythSchema = v.strictObject({
  id,
  claim: text,
  verdict: v.picklist(VERDICTS, `must be one of ${VERDICTS.join(', ')}`),
  correction: tooltip,
  true_part: text,
  explanation: text,
  related: v.optional(v.array(id), []),
  sources: v.pipe(
    v.array(citation),
    v.minLength(2, (i) => `a myth cites at least 2 sources (got ${i.input.length})`),
  ),
  detect: v.strictObject({
    triggers: v.pipe(v.array(text), v.minLength(1, 'needs at least one trigger word')),
    patterns: v.pipe(v.array(text), v.minLength(1, 'needs at least one pattern')),
  }),
  examples: v.strictObject({
    flag: v.pipe(v.array(text), v.minLength(1, 'needs at least one sentence to flag')),
    pass: v.pipe(v.array(text), v.minLength(1, 'needs at least one sentence to pass')),
  }),
});

const sourceSchema = v.pipe(
  v.strictObject({
    type: v.picklist(SOURCE_TYPES, `must be one of ${SOURCE_TYPES.join(', ')}`),
    authors: text,
    title: text,
    container: v.optional(text),
    year: v.pipe(v.number('must be a year'), v.integer(), v.minValue(1900), v.maxValue(2100)),
    details: v.optional(text),
    doi: v.optional(v.pipe(v.string(), v.regex(/^10\.\d{4,9}\/\S+$/, 'must look like 10.1234/abc'))),
    pmid: v.optional(v.pipe(v.union([v.string(), v.number()]), v.transform(String), v.regex(/^\d{5,9}$/, 'must be digits'))),
    url: v.optional(v.pipe(v.string(), v.url('must be a full address'))),
  }),
  v.check((s) => Boolean(s.doi || s.pmid || s.url), 'needs a doi, a pmid or a url'),
);

const lexiconSchema = v.strictObject({
  tags: v.record(v.pipe(v.string(), v.regex(/^[A-Z][A-Za-z]+$/, 'tag names are Capitalised')), v.array(text)),
  groups: v.record(v.pipe(v.string(), v.regex(/^[a-z]+$/, 'group names are lower-case letters')), v.array(text)),
});

function format(path: string, issues: v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const field = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return `${path}: ${field ? `${field}: ` : ''}${issue.message}`;
  });
}

function parse<S extends v.GenericSchema>(schema: S, path: string, data: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (!result.success) throw new CatalogueError(format(path, result.issues));
  return result.output;
}

/** Validates one term file. @throws CatalogueError */
export function parseTerm(path: string, data: unknown): Term {
  return { kind: 'term', ...parse(termSchema, path, data) };
}

/** Validates one myth file. @throws CatalogueError */
export function parseMyth(path: string, data: unknown): Myth {
  return { kind: 'myth', ...parse(mythSchema, path, data) };
}

/** Validates the bibliography: a map from source id to source. @throws CatalogueError */
export function parseSources(path: string, data: unknown): Record<string, Source> {
  const map = parse(v.record(id, v.unknown()), path, data);
  const problems: string[] = [];
  const out: Record<string, Source> = {};
  for (const [key, value] of Object.entries(map)) {
    const result = v.safeParse(sourceSchema, value);
    if (result.success) out[key] = { id: key, ...result.output };
    else problems.push(...format(`${path}: ${key}`, result.issues));
  }
  if (problems.length) throw new CatalogueError(problems);
  return out;
}

/** Validates the detector's lexicon. @throws CatalogueError */
export function parseLexicon(path: string, data: unknown): Lexicon {
  return parse(lexiconSchema, path, data);
}
