import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, sentenceAt } from '../../lib/match/sentences';

function sentence(text: string, word: string): string {
  const span = sentenceAt(text, text.indexOf(word));
  return text.slice(span.start, span.end);
}

describe('sentence bounds', () => {
  it.each([
    ['ends at a full stop before a capital', 'First one. Endorphins are here. Last one.', 'Endorphins', 'Endorphins are here.'],
    ['ends at a line break (a block boundary)', 'A heading\nEndorphins are here\nNext block', 'Endorphins', 'Endorphins are here'],
    ['ends at ! and ?', 'Wow! Endorphins rock? Yes.', 'Endorphins', 'Endorphins rock?'],
    ['keeps a closing quote with its sentence', 'He said "Endorphins rule." Then left.', 'Endorphins', 'He said "Endorphins rule."'],
    ['does not end at an abbreviation', 'Foods, e.g. chocolate, boost endorphins. Next.', 'chocolate', 'Foods, e.g. chocolate, boost endorphins.'],
    ['does not end at an initial', 'Found by J. Hughes in 1975. Next.', 'Hughes', 'Found by J. Hughes in 1975.'],
    ['does not end at a decimal point', 'It rose 2.5 times after endorphins. Next.', 'endorphins', 'It rose 2.5 times after endorphins.'],
    ['ends at the text end', 'Only endorphins', 'endorphins', 'Only endorphins'],
    ['ends before a sentence written in lower case', 'get them tested. mine were low endorphins. ok', 'mine', 'mine were low endorphins.'],
    ['does not end after "et al."', 'Boecker et al. found endorphins. Next.', 'found', 'Boecker et al. found endorphins.'],
  ])('%s', (_, text, word, expected) => {
    expect(sentence(text, word)).toBe(expected);
  });

  it('caps a sentence without ends at MAX_SENTENCE characters either side', () => {
    const text = `${'word '.repeat(3000)}endorphins${' word'.repeat(3000)}`;
    const span = sentenceAt(text, text.indexOf('endorphins'));
    expect(span.end - span.start).toBeLessThanOrEqual(2 * MAX_SENTENCE + 10);
  });
});
