import { describe, expect, it } from 'vitest';
import { expandAlias, pluralOf } from '../../lib/catalogue/forms';

const alias = (text: string, plural = true) => ({ text, case: 'insensitive' as const, context: false, plural, unless: [] });

describe('surface forms', () => {
  it.each([
    ['endorphin', 'endorphins'],
    ['mu-opioid receptor', 'mu-opioid receptors'],
    ['MOR', 'MORs'],
    ['amygdala', 'amygdalas'],
    ['endorphins', undefined],
    ['hypothalamus', undefined],
  ])('pluralises %s as %s', (form, plural) => {
    expect(pluralOf(form)).toBe(plural);
  });

  it('adds Greek letters and their names both ways', () => {
    expect(expandAlias(alias('beta-endorphin', false))).toEqual(['beta-endorphin', 'β-endorphin']);
    expect(expandAlias(alias('κ-opioid receptor', false))).toEqual(['κ-opioid receptor', 'kappa-opioid receptor']);
    expect(expandAlias(alias('µ receptor', false))).toEqual(['µ receptor', 'mu receptor']);
  });

  it('adds the possessive without its apostrophe', () => {
    expect(expandAlias(alias("runner's high", false))).toEqual(["runner's high", 'runners high']);
  });

  it('generates no plural when the alias says so', () => {
    expect(expandAlias(alias('naloxone', false))).toEqual(['naloxone']);
  });
});
