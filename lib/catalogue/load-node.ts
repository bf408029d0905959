/**
 * Reads data/ from disk (Node only) and compiles it. Used by the build plugin, the CLI and tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
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
