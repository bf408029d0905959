/**
 * The pages of the benchmark: generated wellness pages of about 200 KB, 1 MB and 5 MB of readable
 * text (links, emphasis, lists, tables, code, scripts and styles; a term about every 300 words, a
 * myth sentence about every 3,000, some split by inline markup), a 1 MB page with nothing to find,
 * and the frozen pages of tests/fixtures/pages and tests/fixtures/eval. Deterministic (seeded).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledCatalogue } from '../../lib/catalogue/types';
import { htmlToText } from '../../lib/cli/html-text';
import { buildCandidateFinder, findCandidates } from '../../lib/match/candidates';
import { buildTermIndex, findTerms } from '../../lib/match/terms';
import { generatePage } from './generate';

export interface BenchPage {
  /** Short name for the table. */
  name: string;
  /** Path the bench server serves it under. */
  path: string;
  html: string;
  /** Characters of readable text (as the CLI reads the page). */
  textChars: number;
  generated: boolean;
}

const FIXTURES = join(import.meta.dirname, '../../tests/fixtures');

/** Throws when the page "with nothing to find" holds a term or a myth candidate. */
export function assertNothingToFind(page: BenchPage, catalogue: CompiledCatalogue): void {
  const text = htmlToText(page.html);
  const terms = findTerms(text, buildTermIndex(catalogue.forms));
  const candidates = findCandidates(text, buildCandidateFinder(catalogue.myths));
  if (terms.length || candidates.length) {
    throw new Error(`${page.name} has ${terms.length} terms and ${candidates.length} candidates: ${text.slice(terms[0]?.start ?? candidates[0]!.start, (terms[0]?.start ?? candidates[0]!.start) + 60)}`);
  }
}

/** The frozen pages of tests/fixtures/pages and tests/fixtures/eval. */
export function fixturePages(): BenchPage[] {
  return ['pages', 'eval'].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((file) => {
        const html = readFileSync(join(FIXTURES, dir, file), 'utf8');
        const name = `${dir}/${file.replace(/^\d{4}-\d\d-\d\d-/, '').replace(/\.html$/, '')}`;
        return { name, path: `${dir}/${file}`, html, textChars: htmlToText(html).length, generated: false };
      }),
  );
}

/** Every page of a run: the generated ones (only the small one in quick mode), then the frozen ones. */
export function benchPages(catalogue: CompiledCatalogue, quick: boolean): BenchPage[] {
  const small = generatePage('wellness-200k', 200_000, catalogue, true, 200);
  if (quick) return [small];
  const nothing = generatePage('nothing-1m', 1_000_000, catalogue, false, 7);
  assertNothingToFind(nothing, catalogue);
  return [
    small,
    generatePage('wellness-1m', 1_000_000, catalogue, true, 1000),
    generatePage('wellness-5m', 5_000_000, catalogue, true, 5000),
    nothing,
    ...fixturePages(),
  ];
}
