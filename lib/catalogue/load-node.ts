/**
 * Reads data/ from disk (Node only) and compiles it. Used by the build plugin, the CLI and tests.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { compileCatalogue } from './compile.ts';
import { CatalogueError } from './schema.ts';
import type { CompiledCatalogue, RawCatalogue, RawFile } from './types.ts';

/** The catalogue folder: data/ of the project, or the folder named by ENDOLENS_DATA (to try a draft). */
export const DATA_DIR = process.env.ENDOLENS_DATA || fileURLToPath(new URL('../../data', import.meta.url));

function readYaml(root: string, file: string): RawFile {
  const path = relative(join(root, '..'), file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CatalogueError([`${path}: cannot be read (${(error as NodeJS.ErrnoException).code})`]);
  }
  try {
    return { path, data: parseYaml(text, { prettyErrors: true }) };
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    throw new CatalogueError([`${path}: not valid YAML: ${message}`]);
  }
}

function readFolder(root: string, folder: string): string[] {
  try {
    return readdirSync(join(root, folder))
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => join(root, folder, name));
  } catch {
    return [];
  }
}

/** Every file of the catalogue, parsed but not validated. @throws CatalogueError on unreadable or non-YAML files */
export function readCatalogueFiles(root = DATA_DIR): RawCatalogue {
  const problems: string[] = [];
  const read = (file: string): RawFile => {
    try {
      return readYaml(root, file);
    } catch (error) {
      if (!(error instanceof CatalogueError)) throw error;
      problems.push(...error.problems);
      return { path: relative(join(root, '..'), file), data: undefined };
    }
  };
  const raw: RawCatalogue = {
    terms: readFolder(root, 'terms').map(read),
    myths: readFolder(root, 'myths').map(read),
    sources: read(join(root, 'sources.yaml')),
    lexicon: read(join(root, 'lexicon.yaml')),
  };
  if (problems.length) throw new CatalogueError(problems);
  return raw;
}

/** Reads and compiles data/. @throws CatalogueError */
export function loadCatalogue(root = DATA_DIR): CompiledCatalogue {
  return compileCatalogue(readCatalogueFiles(root));
}

const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/endolens', import.meta.url));

/** A key that changes whenever a file of the catalogue or of its compiler changes. */
function cacheKey(root: string): string {
  const hash = createHash('sha256');
  const files = [
    ...['terms', 'myths'].flatMap((f) => readFolder(root, f)),
    join(root, 'sources.yaml'),
    join(root, 'lexicon.yaml'),
    ...['compile.ts', 'forms.ts', 'patterns.ts', 'schema.ts', 'types.ts'].map((f) => fileURLToPath(new URL(f, import.meta.url))),
  ];
  for (const file of files) {
    try {
      const info = statSync(file);
      hash.update(`${file}\0${info.size}\0${info.mtimeMs}\n`);
    } catch {
      hash.update(`${file}\0missing\n`);
    }
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * Like {@link loadCatalogue}, but keeps the compiled catalogue in node_modules/.cache so that the
 * command line starts in a fraction of a second; any change to data/ or the compiler recompiles.
 * An invalid catalogue is never cached. @throws CatalogueError
 */
export function loadCatalogueCached(root = DATA_DIR): CompiledCatalogue {
  const file = join(CACHE_DIR, `catalogue-${cacheKey(root)}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CompiledCatalogue;
  } catch {
    // no cache yet, or an unreadable one: compile
  }
  const catalogue = loadCatalogue(root);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(catalogue));
    renameSync(tmp, file);
    for (const old of readdirSync(CACHE_DIR)) {
      if (old.startsWith('catalogue-') && join(CACHE_DIR, old) !== file) rmSync(join(CACHE_DIR, old), { force: true });
    }
  } catch {
    // a read-only install still works, only slower
  }
  return catalogue;
}
