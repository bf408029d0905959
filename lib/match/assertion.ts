/**
 * Does a sentence assert what a pattern found, or does it only mention it? Sentences that call the
 * claim a myth, negate it, hedge it, ask it, or put it in someone else's mouth are not assertions.
 * Pure string rules, kept apart from compromise so they can be read and tested as a table.
 */

export type NotAsserted = 'question' | 'debunk' | 'hedge' | 'attributed' | 'negated';

const QUESTION = /\?\s*['"”’)\]]*\s*$/;

const DEBUNK = new RegExp(
  [
    String.raw`\bmyths?\b`,
    String.raw`\bmisconceptions?\b`,
    String.raw`\bmisleading\b`,
    String.raw`\bdebunk`,
    String.raw`\bcontrary to\b`,
    String.raw`\bnot (?:actually|really|quite|exactly|true|correct|accurate|supported|proven|the case|that simple)\b`,
    String.raw`\b(?:no|little|weak|scant|thin|limited|insufficient|lack of) (?:good |strong |solid |real |scientific |clinical |direct |convincing |reliable )?(?:evidence|proof|data|support)\b`,
    String.raw`\b(?:isn['’]?t|aren['’]?t|is not|are not) (?:true|accurate|correct|supported|proven)\b`,
    String.raw`\boversimplif`,
    String.raw`\boverstat`,
    String.raw`\bexaggerat`,
    String.raw`\bunproven\b`,
    String.raw`\bunsupported\b`,
    String.raw`\bfalse\b`,
    String.raw`\bwrong(?:ly)?\b`,
    String.raw`\bmistaken(?:ly)?\b`,
    String.raw`\bfar from\b`,
    String.raw`\bpop[- ]science\b`,
    String.raw`\bsimplistic\b`,
    String.raw`\bmisnomer\b`,
    String.raw`\bhype\b`,
    String.raw`\bin reality\b`,
    String.raw`\b(?:a long way|a far cry) from\b`,
    String.raw`\bno (?:\w+ ){0,2}(?:studies|study|trials?|evidence|data|research) (?:\w+ ){0,2}(?:showing|shows?|showed|demonstrat\w+|found|finding|proving|proves?|supports?|supporting)\b`,
    String.raw`\b(?:tells?|says?|reveals?|shows?) (?:you |us )?(?:very |rather )?little\b`,
    String.raw`\bevidence (?:\w+ ){0,5}(?:is|was|remains|looks|seems) (?:\w+ )?(?:weak|mixed|limited|thin|lacking|scant|inconclusive|poor|sparse|slim|shaky|conflicting|contradictory)\b`,
    String.raw`\b(?:nobody|no one|no study|no studies|no trials?|no research|no scientist) (?:\w+ )?(?:has |have )?(?:ever )?(?:shown|proven|proved|demonstrated|found|established|confirmed)`,
    String.raw`\b(?:not|never|n['’]t) (?:yet )?(?:been )?(?:shown|proven|proved|demonstrated|established|confirmed)\b`,
    String.raw`\b(?:largely|mostly|just|pure|mere|merely|simply|basically) (?:marketing|hype|a marketing)\b`,
    String.raw`\bmarketing (?:label|term|gimmick|buzzword|spin|ploy|slogan|myth)`,
  ].join('|'),
  'i',
);

const HEDGE = new RegExp(
  [
    String.raw`\b(?:may|might|could|possibly|perhaps|potentially|presumably|probably|maybe)\b`,
    String.raw`\b(?:seems?|appears?) to\b`,
    String.raw`\bsuggests?\b`,
    String.raw`\b(?:is|are) thought\b`,
    String.raw`\b(?:tentative|preliminary|inconclusive|uncertain|unclear|debated|unlikely|partly|partially|hypothes[ie][sz]e?[sd]?|hypothetical)\b`,
    String.raw`\bin (?:part|theory|principle)\b`,
    String.raw`\bremains? to be (?:seen|shown|proven)\b`,
    String.raw`\bin (?:rats|mice|rodents|monkeys|animals|animal studies|animal models|lab animals)\b`,
    String.raw`^\W*if\b.*\bwould\b`,
    String.raw`^\W*whether\b`,
    String.raw`\b(?:small|slight|modest|minor|tiny|brief|transient)(?:[- ]scale)? (?:release|increase|rise|boost|bump|effect|amount|change)`,
  ].join('|'),
  'i',
);

const ATTRIBUTED = new RegExp(
  [
    String.raw`\b(?:some|many|often|popular(?:ly)?|commonly|widely|frequently|sometimes|marketers|influencers|advertisers|people|sites|websites|articles|blogs|magazines|ads|brands|companies|fans|proponents|advocates) (?:\w+ ){0,2}(?:claim|say|said|believe|call|describe|refer|think|assume|tout|promise|label|dub|market|advertise|insist|argue)\w*`,
    String.raw`\bclaim(?:s|ed|ing)? (?:that|to)\b`,
    String.raw`\b(?:is|are|was|were|been|being) (?:often |sometimes |commonly |popularly |widely |frequently |usually )?(?:said|claimed|called|described|touted|dubbed|nicknamed|labell?ed|branded|referred to|marketed|advertised|believed|thought of|billed|hailed|promoted|proposed|suggested|hypothesi[sz]ed|speculated|rumou?red)\b`,
    String.raw`\btold (?:me|us|him|her|them)\b`,
    String.raw`^\W*(?:claim|rumou?r|myth|viral claim|the claim|statement)\s*(?:#|no\.?\s*)?\d*\s*:`,
    String.raw`\b(?:post|tweet|ad|advert|advertisement|label|headline|caption|video|meme|article|slogan|sign) (?:\w+ )?(?:reads|read|says|said|claims|claimed|states|stated|proclaims|promised|promises)\b`,
    String.raw`\b(?:manufacturers|makers|sellers|vendors|retailers|practitioners|naturopaths|critics|supporters|promoters) (?:\w+ ){0,2}(?:claim|say|said|promise|insist|argue|suggest|hypothesi[sz]e|believe|doubt)\w*`,
    String.raw`\bso[- ]called\b`,
    String.raw`\bsupposed(?:ly)?\b`,
    String.raw`\ballegedly\b`,
    String.raw`\baccording to (?:popular|some|many|the (?:myth|marketing|ads?|label|legend))`,
    String.raw`\b(?:heard|read|told) that\b`,
    String.raw`\bbelief\b`,
    String.raw`\bthe (?:idea|notion|concept|belief|assumption|promise) (?:that|of)\b`,
    String.raw`\bthe claim\b`,
    String.raw`\bnickname\b`,
  ].join('|'),
  'i',
);

const NEGATION = /\b(?:not|never|no|nor|neither|cannot|hardly|rarely|nothing)\b|n['’]t\b/i;

// A sentence that is wholly a quotation ("“Chocolate makes you release endorphins.”") is quoted, not asserted.
const QUOTED = /^\s*["“‘'][^"“”]+["”’']\s*[.!]?\s*$/;

/** Whether a sentence as a whole asserts, or why it does not. */
export function whyNotAsserted(sentence: string): NotAsserted | undefined {
  if (QUESTION.test(sentence)) return 'question';
  if (QUOTED.test(sentence)) return 'attributed';
  if (DEBUNK.test(sentence)) return 'debunk';
  if (ATTRIBUTED.test(sentence)) return 'attributed';
  if (HEDGE.test(sentence)) return 'hedge';
  return undefined;
}

/** Whether the words a pattern matched, with the four words before them, are negated. */
export function isNegated(matched: string, before: string): boolean {
  const lead = before.trim().split(/\s+/).slice(-4).join(' ');
  return NEGATION.test(`${lead} ${matched}`);
}

/** Whether a pattern states the claim with a negation of its own ("you can't have too many"). */
export function patternHasNegation(pattern: string): boolean {
  return NEGATION.test(pattern.replace(/[()|]/g, ' '));
}
