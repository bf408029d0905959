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
    // evidence hedges count anywhere in the sentence
    ['That chili releases endorphins has yet to be proven.', 'hedge'],
    ['Chili releases endorphins, with little supporting evidence.', 'hedge'],
    ['Chili boosts endorphins: that is the theory, anyway.', 'hedge'],
    ['Nobody knows whether chili releases endorphins.', 'hedge'],
    ["I haven't seen anyone show that hot sauce releases endorphins.", 'debunk'],
    // attributions to scientists, labels and marketing
    ['Early scientists proposed that endorphins cause the runner’s high.', 'attributed'],
    ['Spicy food triggers endorphin release, researchers suspect.', 'attributed'],
    ['Calling chocolate an endorphin food sells bars.', 'attributed'],
    ['The powder is sold as an endorphin booster.', 'attributed'],
    ['It is what marketers call an endorphin food.', 'attributed'],
    ['Chili boosts endorphins, or so the story goes.', 'attributed'],
    // the topic of a weak-evidence verdict can be long
    ['They noted that the evidence for food or supplements raising endorphins in people is thin.', 'debunk'],
    ['The case for chili peppers boosting endorphins in human volunteers looks shaky.', 'debunk'],
    // editor's and fact-check notes restate a claim to correct it
    ["Editor's note: this post said that chili floods your brain with endorphins.", 'debunk'],
    ['Correction: an earlier version of this story said cacao releases endorphins.', 'debunk'],
    ['We originally stated that blood tests show brain endorphins.', 'debunk'],
    ['The caption incorrectly says cacao boosts endorphins.', 'debunk'],
    // reported speech at the end of the sentence
    ['You can get hooked on your own endorphins, my coach likes to say.', 'attributed'],
    // a source passes the claim on to its audience, recommends or promotes it
    ['It tells readers that chili peppers will "release a wave of endorphins".', 'attributed'],
    ['The video ends by urging viewers to "get your endorphin levels tested".', 'attributed'],
    ['The influencer recommends DLPA to keep endorphin levels high.', 'attributed'],
    ["The post's comment section promotes low-dose naltrexone as a proven cure.", 'attributed'],
    ["The article's advice to test your endorphin levels is everywhere.", 'attributed'],
    ['Their ad pitches the gummies as an endorphin booster.', 'attributed'],
    // …but the writer telling or promoting in the first person asserts it
    ['I tell my readers that dark chocolate releases endorphins.', undefined],
    ['We always tell patients to get their endorphin levels tested.', undefined],
    ['Dark chocolate releases endorphins, which is why I tell people to eat it.', undefined],
    ['Chili releases endorphins that tell people’s brains the pain is fine.', undefined],
    // a verdict on the claim
    ["The post's advice to test your endorphin levels doesn't hold up.", 'debunk'],
    ["That tip won't stand up to scrutiny.", 'debunk'],
    ['The whole endorphin-test pitch falls apart on a closer look.', 'debunk'],
    // a problem named as "what was wrong" is no verdict, and a denied telling is no attribution
    ['My endorphin panel finally showed what was wrong.', undefined],
    ['My therapist never told me this but my depression was just low endorphins.', undefined],
    ['Nobody told me that my depression was simply low endorphins.', undefined],
  ])('%s -> %s', (sentence, expected) => {
    expect(whyNotAsserted(sentence)).toBe(expected);
  });

  it.each([
    // a hedge in another clause does not stop the claim
    ['Chocolate might not cure you, but it does boost endorphins.', { before: 'Chocolate might not cure you, but it does ', matched: 'boost endorphins', after: '.' }, undefined],
    ['Chili boosts endorphins, so I will probably eat more.', { before: '', matched: 'Chili boosts endorphins', after: ', so I will probably eat more.' }, undefined],
    // a hedge in the claim's clause, or a qualifier after it, does
    ['Chili probably boosts endorphins.', { before: 'Chili probably ', matched: 'boosts endorphins', after: '.' }, 'hedge'],
    ['Chili boosts endorphins, but perhaps only briefly.', { before: '', matched: 'Chili boosts endorphins', after: ', but perhaps only briefly.' }, 'hedge'],
    // an open question before the claim hedges it
    ['Researchers wonder whether chili boosts endorphins.', { before: 'Researchers wonder whether ', matched: 'chili boosts endorphins', after: '.' }, 'hedge'],
    // what a leading "Unlike …," names is set apart from the claim
    ['Unlike chili, exercise releases endorphins.', { before: 'Unlike ', matched: 'chili, exercise releases endorphins', after: '.' }, 'negated'],
    // someone else's words reported in the claim's clause
    ['He laughed and said he is addicted to the endorphins.', { before: 'He laughed and said he is ', matched: 'addicted to the endorphins', after: '.' }, 'attributed'],
    ['My son says chili boosts endorphins.', { before: 'My son says ', matched: 'chili boosts endorphins', after: '.' }, 'attributed'],
    // …but not the writer's own voice in a later clause, nor things that "tell" without speaking
    ['Members joke that they are hooked, and they are: you get addicted to endorphins.', { before: 'Members joke that they are hooked, and they are: you get ', matched: 'addicted to endorphins', after: '.' }, undefined],
    ['That one test told us his endorphins were low.', { before: 'That one ', matched: 'test told us his endorphins were low', after: '.' }, undefined],
    ['Your body thinks it is starving, so LDN boosts endorphins.', { before: 'Your body thinks it is starving, so ', matched: 'LDN boosts endorphins', after: '.' }, undefined],
    // a speaker who declines to hold the claim
    ["So I wouldn't say it's proven that acupuncture releases endorphins.", { before: "So I wouldn't say it's proven ", matched: 'that acupuncture releases endorphins', after: '.' }, 'negated'],
    ["I'm not convinced that LDN is proven.", { before: "I'm not convinced that ", matched: 'LDN is proven', after: '.' }, 'negated'],
    ['I doubt that chili boosts endorphins.', { before: 'I doubt that ', matched: 'chili boosts endorphins', after: '.' }, 'negated'],
    ['It is too early to say that LDN is proven.', { before: 'It is too early to say that ', matched: 'LDN is proven', after: '.' }, 'negated'],
    ['Without a doubt, chili boosts endorphins.', { before: 'Without a doubt, ', matched: 'chili boosts endorphins', after: '.' }, undefined],
    // a modal inside a hyphenated compound is no hedge
    ['That I-could-run-forever high is all endorphins.', { before: 'That I-could-run-forever ', matched: 'high is all endorphins', after: '.' }, undefined],
    ['A must-have snack that boosts endorphins.', { before: 'A must-have snack that ', matched: 'boosts endorphins', after: '.' }, undefined],
  ])('clause of the claim: %s', (sentence, span, expected) => {
    expect(whyNotAsserted(sentence, span)).toBe(expected);
  });

  it.each([
    ["doesn't boost endorphins", 'Chocolate', true],
    ['boost endorphins', 'Chocolate does not', true],
    ['boosts endorphins', 'Chocolate never', true],
    ['boosts endorphins', 'Chocolate', false],
    ['boosts endorphins', 'Not only is it tasty, but chocolate also', false],
    ['boosts endorphins', "I don't think that chocolate ", true],
    ['boosts endorphins', 'No, really: after lunch, chocolate ', false],
    // a negation in another clause does not deny the claim
    ['raise your endorphins', 'not a doctor but dark chocolate and hot peppers ', false],
    // negation quantifiers before the claim deny it; "a few" does not
    ['foods boost endorphins', 'Very few ', true],
    ['foods raise endorphins', 'Only a tiny fraction of ', true],
    ['vanilla trigger endorphins', 'Just a few drops of ', false],
    ['boosts endorphins', 'Hardly any chocolate ', true],
    // a contrast inside the match: the same subject goes on, a new one leaves the first denied
    ["Chocolate won't cure you, but it does boost endorphins", '', false],
    ["Chocolate won't help, but exercise does boost endorphins", '', true],
    ["Chocolate won't help, but it doesn't boost endorphins either", '', true],
    // a contrast with nothing denied before it, or one that only closes the match, splits nothing
    ['endorphin panel; a lab test can diagnose low endorphins', 'Ask your doctor for an ', false],
    ['Ask your doctor for an endorphin panel;', '', false],
  ])('negation of "%s" after "%s" is %s', (matched, before, expected) => {
    expect(isNegated(matched, before)).toBe(expected);
  });
});

describe('verdicts, comparisons and quotations that keep a claim from being asserted', () => {
  it.each([
    // a negated evidence phrase with any qualifier
    ['There is no decent evidence that cocoa raises endorphins.', 'debunk'],
    ['We found no published human data that kava lifts enkephalins.', 'debunk'],
    // idioms of overreach
    ['Saying LDN floods you with endorphins is a bit of a stretch.', 'debunk'],
    ['The endorphin story behind acupuncture goes well beyond the evidence.', 'debunk'],
    ['"Proven to release endorphins" claims more than the studies found.', 'debunk'],
    ['The promise of an endorphin rush from turmeric is overblown.', 'debunk'],
    // plain assertions keep
    ['A square of dark chocolate releases a wave of endorphins.', undefined],
  ])('%s -> %s', (sentence, expected) => {
    expect(whyNotAsserted(sentence)).toBe(expected);
  });

  it.each([
    // a denied likeness before the claim
    ['A love of hiking is not the same as being addicted to endorphins.', { before: 'A love of hiking is not the same as being ', matched: 'addicted to endorphins', after: '.' }, 'negated'],
    ["Feeling low after a rest day isn't like being hooked on endorphins.", { before: "Feeling low after a rest day isn't like being ", matched: 'hooked on endorphins', after: '.' }, 'negated'],
    ['Like any habit, you get hooked on endorphins.', { before: 'Like any habit, you get ', matched: 'hooked on endorphins', after: '.' }, undefined],
    // words in scare quotes are named, not asserted
    ['The label says nothing more than "boosts endorphins naturally" in small print.', { before: 'The label says nothing more than "', matched: 'boosts endorphins', after: ' naturally" in small print.' }, 'attributed'],
    ['“Chili floods you with endorphins” is the line we cut from the menu.', { before: '', matched: '“Chili floods you with endorphins”', after: ' is the line we cut from the menu.' }, 'attributed'],
    // a quotation that opens the sentence and names its speaker is judged as the speaker's words
    ['"Our tincture raises endorphins," said the founder.', { before: '"', matched: 'Our tincture raises endorphins', after: '," said the founder.' }, undefined],
    ['"This powder jacks my endorphins up 😂" – Dana R.', { before: '"', matched: 'This powder jacks my endorphins up', after: ' 😂" – Dana R.' }, undefined],
    // a comma splice ends the claim's clause: a modal in the next one does not hedge it
    ['Chili boosts endorphins, I could eat it every night.', { before: '', matched: 'Chili boosts endorphins', after: ', I could eat it every night.' }, undefined],
    ['Chili boosts endorphins, I think, at least a little maybe.', { before: '', matched: 'Chili boosts endorphins', after: ', I think, at least a little maybe.' }, 'hedge'],
    // "could not" is a past inability, not a hedge
    ['You get hooked on endorphins and could not stop.', { before: 'You get ', matched: 'hooked on endorphins', after: ' and could not stop.' }, undefined],
  ])('%s', (sentence, span, expected) => {
    expect(whyNotAsserted(sentence, span)).toBe(expected);
  });
});
