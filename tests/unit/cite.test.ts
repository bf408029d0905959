import { describe, expect, it } from 'vitest';
import type { Source } from '../../lib/catalogue/types';
import { formatCitation, linkLabel, sourceLink } from '../../lib/ui/cite';

const source = (over: Partial<Source>): Source => ({ id: 'x', type: 'primary', authors: 'Baldo BA', title: 'A title', year: 2013, ...over });

describe('short citations', () => {
  it.each([
    ['one author', 'Baldo BA', 'Baldo, 2013'],
    ['two authors', 'Berridge KC, Kringelbach ML', 'Berridge and Kringelbach, 2013'],
    ['three authors', 'Pilozzi A, Carro C, Huang X', 'Pilozzi et al., 2013'],
    ['a list ending in et al.', 'Boecker H, Sprenger T, Spilker ME, et al.', 'Boecker et al., 2013'],
    ['one author and et al.', 'Dahan A, et al.', 'Dahan et al., 2013'],
    ['a surname of two words', 'Di Chiara G, Imperato A', 'Di Chiara and Imperato, 2013'],
    ['accented names and a trailing period', 'Peciña S, Berridge KC.', 'Peciña and Berridge, 2013'],
    ['an organisation', 'World Health Organization', 'World Health Organization, 2013'],
    ['an organisation with a comma', 'Trevena, Inc.', 'Trevena, Inc, 2013'],
    ['an organisation with its abbreviation', 'European Monitoring Centre for Drugs and Drug Addiction (EMCDDA).', 'EMCDDA, 2013'],
  ])('names %s', (_, authors, expected) => {
    expect(formatCitation(source({ authors }))).toBe(expected);
  });
});

describe('full citations', () => {
  it.each([
    [
      'a journal article',
      source({ authors: 'Boecker H, Sprenger T, et al.', year: 2008, title: "The runner's high", container: 'Cerebral Cortex', details: '18(11):2523-2531' }),
      "Boecker H, Sprenger T, et al. (2008). The runner's high. Cerebral Cortex, 18(11):2523-2531.",
    ],
    ['a title that ends in a period', source({ title: 'Pleasure systems.', container: 'Neuron' }), 'Baldo BA (2013). Pleasure systems. Neuron.'],
    ['a source without container', source({ authors: 'Bruchas MR.' }), 'Bruchas MR (2013). A title.'],
    ['a web page', source({ authors: 'U.S. Food and Drug Administration', container: 'fda.gov' }), 'U.S. Food and Drug Administration (2013). A title. fda.gov.'],
  ])('formats %s', (_, s, expected) => {
    expect(formatCitation(s, 'full')).toBe(expected);
  });
});

describe('source links', () => {
  it.each([
    ['prefers the DOI', { doi: '10.1/x', pmid: '1', url: 'https://a.org' }, 'https://doi.org/10.1/x', 'doi:10.1/x'],
    ['falls back to PubMed', { pmid: '25950633', url: 'https://a.org' }, 'https://pubmed.ncbi.nlm.nih.gov/25950633/', 'PubMed 25950633'],
    ['falls back to the address', { url: 'https://www.who.int/fact' }, 'https://www.who.int/fact', 'who.int'],
    ['ignores an address that is not http(s)', { url: 'javascript:alert(1)' }, undefined, undefined],
    ['gives nothing without any', {}, undefined, undefined],
  ])('%s', (_, over, link, label) => {
    expect(sourceLink(source(over))).toBe(link);
    expect(linkLabel(source(over))).toBe(label);
  });
});
