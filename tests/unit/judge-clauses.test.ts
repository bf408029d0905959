import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../lib/catalogue/patterns';
import type { Lexicon, Myth } from '../../lib/catalogue/types';
import { createJudge, judgeSentence } from '../../lib/match/judge';

// A hand-made myth, so these tests do not move when the catalogue's patterns do.
const lexicon: Lexicon = {
  tags: { Food: ['chocolate', 'dark chocolate', 'chili', 'chili peppers', 'foods'] },
  groups: { boost: ['boost', 'raise', 'release'] },
};
const pattern = '#Food .{0,8} @boost .{0,4} endorphin';
const myth = { id: 'foods', verdict: 'overstated', detect: { triggers: ['endorphin'], patterns: [pattern] } } as unknown as Myth;
const judge = createJudge([myth], lexicon, { foods: [compilePattern(pattern, lexicon.groups)] });
const judged = (sentence: string) => {
  const j = judgeSentence(judge, sentence);
  return j.myths.length ? 'flagged' : (j.rejected ?? 'no match');
};

describe('the judge reads hedges and negations in the clause of the claim', () => {
  it.each([
    // a hedge or a negation in another clause does not stop the claim
    ["Chocolate won't cure you, but it does boost endorphins.", 'flagged'],
    ['A saliva test is pricey, but dark chocolate raises endorphins, so I will probably eat more of it.', 'flagged'],
    ['Not a doctor, but chili peppers release endorphins big time.', 'flagged'],
    ['I might be biased, but dark chocolate boosts endorphins.', 'flagged'],
    // a hedge in the claim's own clause, or one that qualifies it afterwards, still does
    ['Chocolate probably boosts endorphins, but sugar is the real draw.', 'hedge'],
    ['Chocolate boosts endorphins, but probably only a little.', 'hedge'],
    ['Chocolate boosts endorphins, though the evidence is thin.', 'debunk'],
    // a contrast that moves the claim to a new subject leaves the first one denied
    ["Chocolate won't help, but exercise does boost endorphins.", 'negated'],
    ['Unlike chili peppers, exercise reliably releases endorphins.', 'negated'],
    // negation quantifiers and negations after the claim
    ['Few foods boost endorphins.', 'negated'],
    ['Only a tiny fraction of foods raise endorphins.', 'negated'],
    ['Just a few squares of dark chocolate boost endorphins.', 'flagged'],
    ['Chocolate boosts endorphins — not really.', 'debunk'],
    // open questions embedded before the claim
    ['Nobody knows whether chocolate boosts endorphins.', 'hedge'],
    ['We tested if chili peppers raise endorphins.', 'hedge'],
  ])('%s -> %s', (sentence, expected) => {
    expect(judged(sentence)).toBe(expected);
  });
});
