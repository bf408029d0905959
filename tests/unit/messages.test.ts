import { describe, expect, it } from 'vitest';
import { countTerms, isCardRequest, isJudgeRequest, isRevealRequest, summarize } from '../../lib/extension/messages';

describe('judge requests', () => {
  const base = { type: 'endolens:judge', sentences: [{ text: 'Endorphins are the happiness chemical.', myths: ['happiness-chemical'] }] };
  it.each<[string, unknown, boolean]>([
    ['a total of term mentions', { ...base, terms: 12 }, true],
    ['term counts per term', { ...base, terms: [{ id: 'endorphin', count: 3 }] }, true],
    ['no terms', { ...base, terms: [] }, true],
    ['a negative total', { ...base, terms: -1 }, false],
    ['a fractional total', { ...base, terms: 1.5 }, false],
    ['a count of zero', { ...base, terms: [{ id: 'endorphin', count: 0 }] }, false],
    ['a term without id', { ...base, terms: [{ count: 2 }] }, false],
    ['a long id', { ...base, terms: [{ id: 'x'.repeat(101), count: 1 }] }, false],
    ['too many terms', { ...base, terms: Array.from({ length: 10_001 }, (_, i) => ({ id: `t${i}`, count: 1 })) }, false],
    ['terms as text', { ...base, terms: '12' }, false],
  ])('accepts or refuses %s', (_, message, ok) => {
    expect(isJudgeRequest(message)).toBe(ok);
  });
});

describe('reveal requests', () => {
  it.each<[unknown, boolean]>([
    [{ type: 'endolens:reveal', kind: 'myth', index: 0 }, true],
    [{ type: 'endolens:reveal', kind: 'term', index: 4 }, true],
    [{ type: 'endolens:reveal', kind: 'entry', index: 0 }, false],
    [{ type: 'endolens:reveal', kind: 'term', index: -1 }, false],
    [{ type: 'endolens:reveal', kind: 'term', index: '1' }, false],
    [{ type: 'endolens:summary', kind: 'term', index: 1 }, false],
    [null, false],
  ])('%j -> %s', (message, ok) => {
    expect(isRevealRequest(message)).toBe(ok);
  });
});

describe('card requests', () => {
  it('accepts an entry id and nothing else', () => {
    expect(isCardRequest({ type: 'endolens:card', id: 'beta-endorphin' })).toBe(true);
    for (const id of ['', 'Beta', '../popup', 'a'.repeat(81), 42, null, '__proto__']) {
      expect(isCardRequest({ type: 'endolens:card', id })).toBe(false);
    }
    expect(isCardRequest({ type: 'endolens:judge', id: 'endorphin' })).toBe(false);
    expect(isCardRequest(null)).toBe(false);
    expect(isCardRequest('endolens:card')).toBe(false);
  });
});

describe('page summaries', () => {
  it('counts mentions per term in order of first mention', () => {
    expect(countTerms([{ id: 'b' }, { id: 'a' }, { id: 'b' }, { id: 'b' }])).toEqual([
      { id: 'b', count: 3 },
      { id: 'a', count: 1 },
    ]);
  });

  it.each([
    ['a total only', 5, { terms: [], termTotal: 5 }],
    ['counts per term', [{ id: 'a', count: 2 }, { id: 'b', count: 3 }], { terms: [{ id: 'a', count: 2 }, { id: 'b', count: 3 }], termTotal: 5 }],
  ] as const)('summarises %s', (_, terms, expected) => {
    expect(summarize(terms as never, [], 'example.org')).toEqual({ ...expected, myths: [], host: 'example.org' });
  });
});
