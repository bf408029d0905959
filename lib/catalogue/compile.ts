/**
 * Compiles the files of data/ into the catalogue the engine uses. Pure: it takes parsed YAML and
 * returns plain JSON; reading the files is the caller's business (load-node.ts, the build plugin).
 */
import { surfaceForms } from './forms.ts';
import { compilePattern } from './patterns.ts';
import { CatalogueError, parseLexicon, parseMyth, parseSources, parseTerm } from './schema.ts';
import type { CompiledCatalogue, Entry, Myth, RawCatalogue, RawFile, Term } from './types.ts';

function fileId(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
}

function collect<T extends Entry>(files: RawFile[], parse: (p: string, d: unknown) => T, problems: string[]): T[] {
  const out: T[] = [];
  for (const file of files) {
    try {
      const entry = parse(file.path, file.data);
      if (entry.id !== fileId(file.path)) {
        problems.push(`${file.path}: id: must equal the file name (got ${entry.id})`);
      }
      out.push(entry);
    } catch (error) {
      if (error instanceof CatalogueError) problems.push(...error.problems);
      else throw error;
    }
  }
  return out;
}

function pathOf(entry: Entry): string {
  return `data/${entry.kind}s/${entry.id}.yaml`;
}

/** Cross-entry rules: unique ids, related ids exist, cited sources exist, no form on two terms. */
function checkReferences(catalogue: CompiledCatalogue, problems: string[]): void {
  const entries: Entry[] = [...catalogue.terms, ...catalogue.myths];
  const ids = new Map<string, Entry>();
  for (const entry of entries) {
    const twin = ids.get(entry.id);
    if (twin) problems.push(`${pathOf(entry)}: id: also used by ${pathOf(twin)}`);
    ids.set(entry.id, entry);
  }
  for (const entry of entries) {
    for (const related of entry.related) {
      if (!ids.has(related)) problems.push(`${pathOf(entry)}: related: no entry has the id ${related}`);
      if (related === entry.id) problems.push(`${pathOf(entry)}: related: lists itself`);
    }
    for (const citation of entry.sources) {
      if (!catalogue.sources[citation.id]) {
        problems.push(`${pathOf(entry)}: sources: ${citation.id} is not in data/sources.yaml`);
      }
    }
  }
  const owner = new Map<string, string>();
  for (const form of catalogue.forms) {
    const key = normaliseForm(form.text);
    const other = owner.get(key);
    if (other && other !== form.id) {
      problems.push(`data/terms/${form.id}.yaml: aliases: "${form.text}" is also a form of ${other}`);
    }
    owner.set(key, form.id);
  }
}

/** How two forms compare for uniqueness: case, hyphens, spaces and apostrophes do not count. */
export function normaliseForm(text: string): string {
  return text.toLowerCase().replace(/[\s\-‐‑–'’]+/g, ' ').trim();
}

/**
 * Validates every file and builds the compiled catalogue.
 * @throws CatalogueError listing every problem found, one `file: field: message` line each.
 */
export function compileCatalogue(raw: RawCatalogue): CompiledCatalogue {
  const problems: string[] = [];
  const terms: Term[] = collect(raw.terms, parseTerm, problems);
  const myths: Myth[] = collect(raw.myths, parseMyth, problems);
  let sources = {};
  let lexicon: CompiledCatalogue['lexicon'] = { tags: {}, groups: {} };
  try {
    sources = parseSources(raw.sources.path, raw.sources.data);
  } catch (error) {
    if (error instanceof CatalogueError) problems.push(...error.problems);
    else throw error;
  }
  try {
    lexicon = parseLexicon(raw.lexicon.path, raw.lexicon.data);
  } catch (error) {
    if (error instanceof CatalogueError) problems.push(...error.problems);
    else throw error;
  }
  terms.sort((a, b) => a.id.localeCompare(b.id));
  myths.sort((a, b) => a.id.localeCompare(b.id));
  const forms = terms.flatMap((term) => surfaceForms(term.id, term.aliases));
  const patterns: Record<string, string[]> = {};
  for (const myth of myths) {
    patterns[myth.id] = myth.detect.patterns.map((pattern, i) => {
      try {
        return compilePattern(pattern, lexicon.groups);
      } catch (error) {
        problems.push(`data/myths/${myth.id}.yaml: detect.patterns.${i}: ${(error as Error).message}`);
        return '';
      }
    });
  }
  const catalogue: CompiledCatalogue = { version: 1, terms, myths, sources, forms, lexicon, patterns };
  checkReferences(catalogue, problems);
  if (problems.length) throw new CatalogueError(problems);
  return catalogue;
}
