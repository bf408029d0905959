import { describe, expect, it } from 'vitest';
import { isNegated, whyNotAsserted } from '../../lib/match/assertion';

describe('assertion rules', () => {
  it.each([
    ['Dark chocolate boosts your endorphins.', undefined],
    ['Endorphins are the happiness chemical.', undefined],
    ['Does chocolate boost endorphins?', 'question'],
    ['Does chocolate boost endorphins?”', 'question'],
    ['The idea that chocolate boosts endorphins is a myth.', 'debunk'],
    ['Contrary to popular belief, chili does not flood you with endorphins.', 'debunk'],
    ['There is little evidence that superfoods raise endorphins.', 'debunk'],
    ['Calling endorphins the happiness chemical is an oversimplification.', 'debunk'],
    ['Spicy food may trigger a small release of endorphins.', 'hedge'],
    ['Chocolate might lift mood briefly.', 'hedge'],
    ['Some blogs claim that vanilla releases endorphins.', 'attributed'],
    ['Endorphins are often called the happy hormone.', 'attributed'],
    ['Marketers say their bars release endorphins.', 'attributed'],
    ['You may have heard that chocolate releases endorphins.', 'attributed'],
    ['The runner’s high is partly due to endorphins.', 'hedge'],
    ['In rats, acupuncture releases endorphins.', 'hedge'],
    ['If endorphins caused the runner’s high, naloxone would block it.', 'hedge'],
    ['The evidence for LDN in fibromyalgia is still weak.', 'debunk'],
    ['Nobody has shown that DLPA raises brain endorphins.', 'debunk'],
    ['Manufacturers promise that their blend floods you with endorphins.', 'attributed'],
    ['Claim 3: chili and dark chocolate raise endorphins', 'attributed'],
    ['The viral post reads: “Your endorphins are your happiness chemical.”', 'attributed'],
    ['“Chocolate makes you release endorphins.”', 'attributed'],
    ['We found no human studies showing that chili raises brain endorphins.', 'debunk'],
    ['Blood levels tell you very little about the brain.', 'debunk'],
  ])('%s -> %s', (sentence, expected) => {
    expect(whyNotAsserted(sentence)).toBe(expected);
  });

  it.each([
    ["doesn't boost endorphins", 'Chocolate', true],
    ['boost endorphins', 'Chocolate does not', true],
    ['boosts endorphins', 'Chocolate never', true],
    ['boosts endorphins', 'Chocolate', false],
    ['boosts endorphins', 'Not only is it tasty, but chocolate also', false],
    ['boosts endorphins', "I don't think that chocolate ", true],
    ['boosts endorphins', 'No, really: after lunch, chocolate ', false],
  ])('negation of "%s" after "%s" is %s', (matched, before, expected) => {
    expect(isNegated(matched, before)).toBe(expected);
  });
});
