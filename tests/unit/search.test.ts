import { describe, expect, it } from 'vitest';
import { foldForSearch, searchCatalogue } from '../../lib/catalogue/search';
import type { Alias, Myth, Term } from '../../lib/catalogue/types';

// A small hand-made catalogue, so the ranking tests do not move when the real wording does.
function term(id: string, name: string, aliases: string[] = []): Term {
  const alias = (text: string): Alias => ({ text, case: 'insensitive', context: false, plural: false, unless: [] });
  return { kind: 'term', id, name, category: 'peptide', aliases: aliases.map(alias), summary: '', explanation: '', related: [], sources: [] };
}
function myth(id: string, claim: string): Myth {
  return {
    kind: 'myth', id, claim, verdict: 'false', correction: '', true_part: '', explanation: '', related: [], sources: [],
    detect: { triggers: [], patterns: [] }, examples: { flag: [], pass: [] },
  };
}

const catalogue = {
  terms: [
    term('endorphin', 'Endorphin', ['endorphins']),
    term('beta-endorphin', 'Beta-endorphin', ['b-endorphin', 'β-EP']),
    term('mu-opioid-receptor', 'Mu-opioid receptor', ['μ-opioid receptor', 'MOR']),
    term('pomc', 'Pro-opiomelanocortin (POMC)', ['POMC']),
    term('naloxone', 'Naloxone', ['Narcan']),
    term('leu-enkephalin', 'Leu-enkephalin', ['Leu-Enképhaline']),
    term('endorphin-receptor-long', 'Receptor of endorphins, a long name', []),
  ],
  myths: [
    myth('happiness-chemical', 'Endorphins are the body’s “happiness chemical”.'),
    myth('endorphin-foods', 'Certain foods boost your endorphins.'),
  ],
};

const ids = (query: string, limit?: number) => searchCatalogue(catalogue, query, limit).map((h) => h.id);

describe('search folding', () => {
  it.each([
    ['lower-cases', 'NALOXONE', 'naloxone'],
    ['drops diacritics', 'Enképhaline', 'enkephaline'],
    ['makes hyphens and dashes spaces', 'mu–opioid-receptor', 'mu opioid receptor'],
    ['spells Greek letters out', 'β-EP', 'beta ep'],
    ['treats the micro sign as mu', 'µ-opioid', 'mu opioid'],
    ['drops quotes and punctuation', '“happiness chemical”.', 'happiness chemical'],
  ])('%s', (_, text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });
});

describe('searching the catalogue', () => {
  it.each([
    ['puts the exact name first', 'endorphin', ['endorphin']],
    ['ignores case', 'NALOXONE', ['naloxone']],
    ['finds by alias', 'narcan', ['naloxone']],
    ['ignores hyphens', 'mu opioid', ['mu-opioid-receptor']],
    ['finds a hyphenated word typed as one', 'betaendorphin', ['beta-endorphin']],
    ['ignores diacritics', 'enkephaline', ['leu-enkephalin']],
    ['finds a Greek alias typed in Latin', 'beta ep', ['beta-endorphin']],
    ['finds a Latin name typed in Greek', 'μ-opioid', ['mu-opioid-receptor']],
    ['finds myths by words of the claim', 'happiness', ['happiness-chemical']],
    ['finds myths by a phrase of the claim', 'boost your', ['endorphin-foods']],
    ['finds nothing for an empty query', '  ', []],
    ['finds nothing for punctuation only', '--', []],
    ['finds nothing without a match', 'serotonin', []],
  ])('%s', (_, query, expected) => {
    expect(ids(query).slice(0, expected.length)).toEqual(expected);
    if (expected.length === 0) expect(ids(query)).toEqual([]);
  });

  it('ranks exact name, exact alias, prefix, word start and substring in that order', () => {
    const cat = {
      terms: [
        term('sub', 'Proendorphinase'),
        term('word', 'Big endorphin'),
        term('prefix', 'Endorphin system'),
        term('alias', 'Something else', ['Endorphin']),
        term('exact', 'Endorphin'),
      ],
      myths: [],
    };
    expect(searchCatalogue(cat, 'endorphin').map((h) => h.id)).toEqual(['exact', 'alias', 'prefix', 'word', 'sub']);
  });

  it('ranks a word start above a substring inside a word', () => {
    expect(ids('receptor')).toEqual(['endorphin-receptor-long', 'mu-opioid-receptor']);
    expect(ids('enkephalin')).toEqual(['leu-enkephalin']);
    expect(searchCatalogue(catalogue, 'dorphin').every((h) => h.rank === 6)).toBe(true);
  });

  it('puts terms before myths when they match equally well', () => {
    const cat = { terms: [term('t', 'Happy chemicals')], myths: [myth('m', 'Happy chemicals')] };
    expect(searchCatalogue(cat, 'chemical').map((h) => h.id)).toEqual(['t', 'm']);
    expect(searchCatalogue(cat, 'happy').map((h) => h.id)).toEqual(['t', 'm']);
  });

  it('names the alias that matched, and not the name', () => {
    expect(searchCatalogue(catalogue, 'MOR')[0]).toMatchObject({ id: 'mu-opioid-receptor', via: 'MOR', title: 'Mu-opioid receptor' });
    expect(searchCatalogue(catalogue, 'naloxone')[0]).not.toHaveProperty('via');
  });

  it.each([
    [1, 1],
    [2, 2],
    [0, 0],
  ])('returns at most %i results', (limit, count) => {
    expect(searchCatalogue(catalogue, 'e', limit)).toHaveLength(count);
  });
});
