import { describe, expect, it } from 'vitest';
import { compileCatalogue } from '../../lib/catalogue/compile';
import { CatalogueError } from '../../lib/catalogue/schema';
import type { RawCatalogue } from '../../lib/catalogue/types';

const term = (id: string, extra: Record<string, unknown> = {}) => ({
  path: `data/terms/${id}.yaml`,
  data: {
    id,
    name: id,
    category: 'peptide',
    aliases: [id],
    summary: 'A short summary.',
    explanation: 'A longer explanation.',
    related: [],
    sources: [{ id: 'src-2020', supports: 'what it is' }],
    ...extra,
  },
});

function raw(terms: RawCatalogue['terms']): RawCatalogue {
  return {
    terms,
    myths: [],
    sources: { path: 'data/sources.yaml', data: { 'src-2020': { type: 'review', authors: 'A B', title: 'T', year: 2020, doi: '10.1000/x' } } },
    lexicon: { path: 'data/lexicon.yaml', data: { tags: {}, groups: {} } },
  };
}

function problems(terms: RawCatalogue['terms'], sources?: unknown): string[] {
  const input = raw(terms);
  if (sources) input.sources.data = sources;
  try {
    compileCatalogue(input);
    return [];
  } catch (error) {
    if (error instanceof CatalogueError) return error.problems;
    throw error;
  }
}

describe('catalogue validation names the file, the field and the problem', () => {
  it('accepts a valid entry', () => {
    expect(problems([term('endorphin')])).toEqual([]);
  });

  it.each([
    ['a missing field', term('endorphin', { summary: undefined }), 'data/terms/endorphin.yaml: summary: '],
    ['a summary over 300 characters', term('endorphin', { summary: 'x'.repeat(301) }), 'data/terms/endorphin.yaml: summary: at most 300 characters (got 301)'],
    ['an unknown category', term('endorphin', { category: 'hormone' }), 'data/terms/endorphin.yaml: category: must be one of'],
    ['an unknown field (a typo)', term('endorphin', { sumary: 'x' }), 'data/terms/endorphin.yaml: sumary: '],
    ['an id that is not the file name', { ...term('endorphin'), path: 'data/terms/other.yaml' }, 'data/terms/other.yaml: id: must equal the file name'],
    ['a related id that does not exist', term('endorphin', { related: ['nope'] }), 'data/terms/endorphin.yaml: related: no entry has the id nope'],
    ['a source missing from the bibliography', term('endorphin', { sources: [{ id: 'x-1999', supports: 's' }] }), 'data/terms/endorphin.yaml: sources: x-1999 is not in data/sources.yaml'],
    ['an alias object with a bad option', term('endorphin', { aliases: [{ text: 'x', case: 'upper' }] }), 'data/terms/endorphin.yaml: aliases.0'],
  ])('reports %s', (_, entry, message) => {
    expect(problems([entry]).join('\n')).toContain(message);
  });

  it('reports a surface form given to two terms', () => {
    const found = problems([term('endorphin'), term('beta-endorphin', { aliases: ['beta-endorphin', 'Endorphin'] })]);
    expect(found.join('\n')).toContain('is also a form of');
  });

  it('reports a source with no doi, pmid or url', () => {
    const found = problems([term('endorphin')], { 'src-2020': { type: 'review', authors: 'A', title: 'T', year: 2020 } });
    expect(found.join('\n')).toContain('data/sources.yaml: src-2020: needs a doi, a pmid or a url');
  });
});
