import { describe, expect, it } from 'vitest';
import { CATEGORIES, VERDICTS } from '../../lib/catalogue/types';
import { categoryLabel, countOf, quoteClaim, timesLabel, verdictLabel } from '../../lib/ui/labels';

describe('words for codes', () => {
  it.each([
    ['false', 'False'],
    ['misleading', 'Misleading'],
    ['oversimplification', 'Oversimplified'],
    ['overstated', 'Overstated'],
    ['unsupported', 'Not supported by evidence'],
    ['unproven', 'Unproven'],
    ['mixed-evidence', 'Mixed evidence'],
    ['incomplete', 'Incomplete'],
  ] as const)('calls the verdict %s "%s"', (verdict, label) => {
    expect(verdictLabel(verdict)).toBe(label);
  });

  it('has a label for every verdict and category of the catalogue', () => {
    for (const v of VERDICTS) expect(verdictLabel(v)).not.toBe(v);
    for (const c of CATEGORIES) expect(categoryLabel(c)).toMatch(/^[A-Z]/);
  });

  it.each([
    [0, '0 terms'],
    [1, '1 term'],
    [2, '2 terms'],
  ])('counts %i as "%s"', (n, expected) => {
    expect(countOf(n, 'term')).toBe(expected);
  });

  it.each([
    [1, 'once'],
    [2, 'twice'],
    [7, '7 times'],
  ])('says how often: %i -> %s', (n, expected) => {
    expect(timesLabel(n)).toBe(expected);
  });

  it.each([
    ['Low endorphins cause depression.', '“Low endorphins cause depression”'],
    ['  Endorphins are the "happy hormone". ', '“Endorphins are the ‘happy hormone’”'],
    ['Endorphins are “feel-good” and "happy".', '“Endorphins are ‘feel-good’ and ‘happy’”'],
  ])('quotes a claim so it never reads as a fact: %s', (claim, quoted) => {
    expect(quoteClaim(claim)).toBe(quoted);
  });
});
