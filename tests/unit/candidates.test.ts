import { describe, expect, it } from 'vitest';
import type { Myth } from '../../lib/catalogue/types';
import { buildCandidateFinder, findCandidates } from '../../lib/match/candidates';

const myth = (id: string, triggers: string[]) =>
  ({ id, detect: { triggers, patterns: [] } }) as unknown as Myth;
const finder = buildCandidateFinder([myth('a', ['endorphin']), myth('b', ['acupuncture'])]);

describe('myth candidates', () => {
  it('returns each sentence holding a trigger once, with the myths it may assert', () => {
    const text = 'Nothing here. Endorphins and more endorphins! Acupuncture releases endorphins. The end.';
    const found = findCandidates(text, finder).map((c) => [text.slice(c.start, c.end), c.myths]);
    expect(found).toEqual([
      ['Endorphins and more endorphins!', ['a']],
      ['Acupuncture releases endorphins.', ['b', 'a']],
    ]);
  });

  it('matches triggers at the start of words only', () => {
    expect(findCandidates('Preendorphins are not a thing.', finder)).toEqual([]);
    expect(findCandidates('An endorphin-boosting diet.', finder)).toHaveLength(1);
  });

  it('finds nothing in text without triggers', () => {
    expect(findCandidates('A page about gardening.', finder)).toEqual([]);
  });
});
