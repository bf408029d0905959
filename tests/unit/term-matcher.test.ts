import { describe, expect, it } from 'vitest';
import { findTerms } from '../../lib/match/terms';
import { found, indexOf } from './helpers';

const index = indexOf({
  endorphin: ['endorphin'],
  'beta-endorphin': ['beta-endorphin'],
  'mu-opioid-receptor': ['mu-opioid receptor', 'mu receptor', { text: 'MOR', case: 'sensitive', context: true }],
  'opioid-receptor': ['opioid receptor'],
  pomc: ['proopiomelanocortin', { text: 'POMC', case: 'sensitive' }],
  'runners-high': ["runner's high"],
  'met-enkephalin': ['met-enkephalin'],
  enkephalin: ['enkephalin'],
  tolerance: [{ text: 'tolerance', context: 'sentence' }],
  dependence: [{ text: 'dependence', unless: ['zero dependence', 'dependence on coffee'] }],
});

describe('term matcher', () => {
  it.each([
    ['finds a plain word', 'Endorphins are peptides.', ['endorphin:Endorphins']],
    ['finds the singular and the generated plural', 'one endorphin, two endorphins', ['endorphin:endorphin', 'endorphin:endorphins']],
    ['prefers the longest form', 'beta-endorphin is made from POMC', ['beta-endorphin:beta-endorphin', 'pomc:POMC']],
    ['reads the Greek letter as its name', 'β-endorphin levels', ['beta-endorphin:β-endorphin']],
    ['reads the micro sign as Greek mu', 'the µ-opioid receptor', ['mu-opioid-receptor:µ-opioid receptor']],
    ['reads Greek mu', 'the μ-opioid receptor', ['mu-opioid-receptor:μ-opioid receptor']],
    ['treats a space like a hyphen', 'beta endorphin', ['beta-endorphin:beta endorphin']],
    ['treats a non-breaking space like a hyphen', 'beta\u00A0endorphin', ['beta-endorphin:beta\u00A0endorphin']],
    ['treats a unicode hyphen like a hyphen', 'beta\u2010endorphin', ['beta-endorphin:beta\u2010endorphin']],
    ['ignores a soft hyphen inside a word', 'endor\u00ADphins', ['endorphin:endor\u00ADphins']],
    ['joins words across a line break', 'mu-opioid\nreceptors', ['mu-opioid-receptor:mu-opioid\nreceptors']],
    ['treats curly and straight apostrophes alike', 'a runner’s high and a runner\'s high', ["runners-high:runner’s high", "runners-high:runner's high"]],
    ['finds the possessive without an apostrophe', 'the runners high', ['runners-high:runners high']],
    ['reads brackets in a peptide name', '[Met]-enkephalin and met-enkephalin', ['met-enkephalin:Met]-enkephalin', 'met-enkephalin:met-enkephalin']],
    ['keeps word boundaries', 'endorphinergic pre-endorphinx', []],
    ['matches a case-sensitive form only in its case', 'pomc and POMC', ['pomc:POMC']],
    ['keeps an ambiguous abbreviation near an unambiguous term', 'The MOR binds endorphins.', ['mu-opioid-receptor:MOR', 'endorphin:endorphins']],
    ['drops an ambiguous abbreviation with no context', 'MOR stands for many things.', []],
    ['keeps an everyday word beside a term in its sentence', 'Tolerance to endorphins builds.', ['tolerance:Tolerance', 'endorphin:endorphins']],
    ['drops an everyday word whose sentence holds no term', 'Endorphins rise. Zero tolerance for spam.', ['endorphin:Endorphins']],
    ['skips a form inside one of its unless phrases', 'dependence on coffee, zero dependence, dependence on opioids', ['dependence:dependence']],
    ['does not let the abbreviation match in lower case', 'more mor endorphin', ['endorphin:endorphin']],
  ])('%s', (_, text, expected) => {
    expect(found(text, index)).toEqual(expected);
  });

  it('drops an ambiguous form farther than the context window from any term', () => {
    const text = `MOR ${'filler text '.repeat(200)} endorphin`;
    expect(findTerms(text, index).map((m) => m.id)).toEqual(['endorphin']);
    expect(findTerms(text, index, 10_000).map((m) => m.id)).toEqual(['mu-opioid-receptor', 'endorphin']);
  });

  it('returns offsets into the original text', () => {
    const text = 'İİ β-endorphin';
    const [match] = findTerms(text, index);
    expect(match).toEqual({ id: 'beta-endorphin', start: 3, end: 14 });
  });
});
