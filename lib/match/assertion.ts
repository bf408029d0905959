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
    // "no" with any qualifier: "no decent evidence", "no published human data"
    String.raw`\b(?:no|lack of|insufficient) (?:[\w-]+ ){1,2}(?:evidence|proof|data)\b`,
    // a verdict that the claim overreaches: "a bit of a stretch", "way more than the evidence shows"
    String.raw`\b(?:a|quite a|bit of a|something of a|real|big|huge) stretch\b`,
    String.raw`\b(?:overblown|overclaim\w*|oversold|oversell\w*|overhyped|overreach\w*)\b`,
    String.raw`\b(?:more|further|beyond|ahead of|stronger) (?:than )?(?:what )?the (?:evidence|data|science|research|studies|trials) (?:shows?|supports?|says?|allows?|justif\w+|warrants?|can bear|found)\b`,
    String.raw`\bgo(?:es|ing)? (?:way |far |well )?(?:too far|beyond (?:the|what the) (?:evidence|data|science|research))\b`,
    String.raw`\b(?:isn['’]?t|aren['’]?t|is not|are not) (?:true|accurate|correct|supported|proven)\b`,
    String.raw`\boversimplif`,
    String.raw`\boverstat`,
    String.raw`\bexaggerat`,
    String.raw`\bunproven\b`,
    String.raw`\bunsupported\b`,
    String.raw`\bfalse\b`,
    // "what was wrong" names a problem, not a claim
    String.raw`(?<!\b(?:what|something|anything)(?:['’]s| (?:is|was|were|went|goes|felt|feels))? )\bwrong(?:ly)?\b`,
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
    // "the evidence for food or supplements raising endorphins in people is thin": the topic can be long
    String.raw`\b(?:evidence|data|science|proof|case|research) (?:(?:for|that|on|behind|about|linking)\b)(?: ["“”'‘’]?[\w'’-]+["“”'‘’]?,?){0,12} (?:is|are|was|were|remains?|looks|seems) (?:\w+ )?(?:weak|mixed|limited|thin|lacking|scant|inconclusive|poor|sparse|slim|shaky|conflicting|contradictory|flimsy|patchy|nonexistent|non-existent)\b`,
    String.raw`\bevidence (?:\w+ ){0,5}(?:is|was|remains|looks|seems) (?:\w+ )?(?:weak|mixed|limited|thin|lacking|scant|inconclusive|poor|sparse|slim|shaky|conflicting|contradictory)\b`,
    String.raw`\b(?:incorrect(?:ly)?|inaccurate(?:ly)?|erroneous(?:ly)?|untrue)\b`,
    // editor's and fact-check notes restate a claim to correct it
    String.raw`^\W*(?:editor['’]?s['’]? note|ed\.? note|note from the editors?|correction|clarification|fact[- ]?check(?:ed)?|update[d]?|retraction)\b[^:.]{0,30}:`,
    String.raw`\b(?:an? )?(?:earlier|previous|original|older) version of (?:this|the|our) (?:article|story|post|piece|page|newsletter|column|video|episode)\b`,
    String.raw`\b(?:previously|originally|mistakenly) (?:said|stated|claimed|reported|suggested|wrote|implied|described)\b`,
    String.raw`\b(?:nobody|no one|no study|no studies|no trials?|no research|no scientist) (?:\w+ )?(?:has |have )?(?:ever )?(?:shown|proven|proved|demonstrated|found|established|confirmed)`,
    String.raw`\b(?:not|never|n['’]t) (?:yet )?(?:been )?(?:shown|proven|proved|demonstrated|established|confirmed)\b`,
    String.raw`\b(?:largely|mostly|just|pure|mere|merely|simply|basically) (?:marketing|hype|a marketing)\b`,
    String.raw`\bmarketing (?:label|term|gimmick|buzzword|spin|ploy|slogan|myth)`,
    String.raw`(?:n['’]t|\bnever|\bnot) (?:yet )?(?:seen|found|read|heard of|come across) (?:any|anyone|anybody|anything|a single|one|good|real|solid|convincing)\b`,
    String.raw`\bnot (?:necessarily|at all|so much|so simple|so straightforward|backed|borne out)\b`,
    // a verdict on the claim: "the advice doesn't hold up", "that line falls apart under scrutiny"
    String.raw`(?:\b(?:does|do|did)(?: not|n['’]t)|\bwon['’]t|\bcannot|\bcan['’]t) (?:really |quite )?(?:hold up|hold water|stand up|add up|check out|survive|withstand|bear) ?(?:to |under )?(?:scrutiny|the evidence|the science|a closer look)?\b`,
    String.raw`\b(?:holds?|held) no water\b`,
    String.raw`\b(?:falls?|fell) apart\b`,
    String.raw`\b(?:baseless|groundless|bogus|misinformation|disinformation|pseudo-?scien\w*)\b`,
    String.raw`\bunlike (?:what|popular|common|the) (?:\w+ ){0,2}(?:believe|believed|think|thought|claim|claimed|say|said|belief|wisdom|myth)`,
  ].join('|'),
  'i',
);

// Hedges on the claim's own clause: a modal or a softener elsewhere in the sentence ("Chocolate won't
// cure you, but it does boost endorphins"; "…, so I'll probably try it") does not hedge the claim.
const HEDGE = new RegExp(
  [
    // not inside a hyphenated compound ("that I-could-run-forever feeling", "a must-have")
    String.raw`(?<![\w-])(?:may|might|could(?! not\b)|possibly|perhaps|potentially|presumably|probably|maybe|plausibly|conceivably|arguably)(?![\w-])`,
    String.raw`\b(?:seems?|appears?) to\b`,
    String.raw`\bsuggests?\b`,
    String.raw`\b(?:is|are) thought\b`,
    String.raw`\b(?:partly|partially|plausible)\b`,
    String.raw`\bin (?:part|theory|principle)\b`,
    String.raw`\b(?:small|slight|modest|minor|tiny|brief|transient)(?:[- ]scale)? (?:release|increase|rise|boost|bump|effect|amount|change)`,
  ].join('|'),
  'i',
);

// Hedges that weigh the evidence behind the whole sentence, wherever they stand in it.
const HEDGE_SENTENCE = new RegExp(
  [
    String.raw`\b(?:tentative|preliminary|inconclusive|uncertain|unclear|debated|unlikely|hypothes[ie][sz]e?[sd]?|hypothetical|speculative|unknown)\b`,
    String.raw`\bremains? to be (?:seen|shown|proven|proved|established|confirmed)\b`,
    String.raw`\b(?:has|have|had) yet to be\b`,
    String.raw`\b(?:that['’]s|that is|this is|is only|is just) (?:the|a|one) (?:theory|hypothesis|idea)\b`,
    String.raw`\bis yet to be\b`,
    String.raw`\b(?:little|scant|scarce|thin|weak|limited|sparse) (?:\w+ )?(?:supporting |hard |scientific |clinical )?(?:evidence|proof|data|support)\b`,
    String.raw`\bin (?:rats|mice|rodents|monkeys|animals|animal studies|animal models|lab animals)\b`,
    String.raw`^\W*if\b.*\bwould\b`,
    String.raw`^\W*whether\b`,
  ].join('|'),
  'i',
);

// An open question embedded before the claim: "nobody knows whether…", "we tested if…".
const EMBEDDED_QUESTION = new RegExp(
  [
    String.raw`\bwhether\b`,
    String.raw`\b(?:know|knows|known|sure|certain|clear|wonder|wondered|wondering|ask|asks|asked|asking|question|test|tests|tested|testing|see|check|checked|checking|investigate|investigated|investigating|examine|examined|examining|study|studied|studying|explore|explored|determine|unclear|unknown|idea|debate|debated) (?:\w+ )?if\b`,
  ].join('|'),
  'i',
);

const ATTRIBUTED = new RegExp(
  [
    String.raw`\b(?:some|many|often|popular(?:ly)?|commonly|widely|frequently|sometimes|marketers|influencers|advertisers|people|sites|websites|articles|blogs|magazines|ads|brands|companies|fans|proponents|advocates) (?:\w+ ){0,2}(?:claim|say|said|believe|call|describe|refer|think|assume|tout|promise|label|dub|market|advertise|insist|argue)\w*`,
    String.raw`\bclaim(?:s|ed|ing)? (?:that|to)\b`,
    String.raw`\b(?:is|are|was|were|been|being) (?:often |sometimes |commonly |popularly |widely |frequently |usually )?(?:said|claimed|called|described|touted|dubbed|nicknamed|labell?ed|branded|referred to|marketed|advertised|believed|thought of|billed|hailed|promoted|proposed|suggested|hypothesi[sz]ed|speculated|rumou?red)\b`,
    String.raw`(?<!\b(?:test|tests|panel|results?|labs?|bloodwork|labwork|numbers|scan|report|screening|kit|levels?|never|not|nobody|no one|no-one) )\btold (?:me|us|him|her|them)\b`,
    String.raw`^\W*(?:claim|rumou?r|myth|viral claim|the claim|statement)\s*(?:#|no\.?\s*)?\d*\s*:`,
    String.raw`\b(?:post|tweet|ad|advert|advertisement|label|headline|caption|video|meme|article|slogan|sign) (?:\w+ )?(?:reads|read|says|said|claims|claimed|states|stated|proclaims|promised|promises)\b`,
    String.raw`\b(?:manufacturers|makers|sellers|vendors|retailers|practitioners|naturopaths|critics|supporters|promoters) (?:\w+ ){0,2}(?:claim|say|said|promise|insist|argue|suggest|hypothesi[sz]e|believe|doubt)\w*`,
    String.raw`\bso[- ]called\b`,
    String.raw`\bsupposed(?:ly)?\b`,
    String.raw`\ballegedly\b`,
    String.raw`\baccording to (?:popular|some|many|the (?:myth|marketing|ads?|label|legend))`,
    String.raw`(?<!\b(?:never|not|nobody|no one|no-one) (?:been )?)\b(?:heard|read|told) that\b`,
    String.raw`\bbelief\b`,
    String.raw`\bthe (?:idea|notion|concept|belief|assumption|promise) (?:that|of)\b`,
    String.raw`\bthe claim\b`,
    String.raw`\bnickname\b`,
    String.raw`\bor so (?:\w+ ){0,2}(?:say|says|goes|go|told|claim|claims|hear|heard|believe|believes)\b`,
    String.raw`\b(?:scientists|researchers|experts|doctors|early studies|theorists|authors|investigators|physiologists|pharmacologists) (?:\w+ ){0,2}(?:proposed|propose|proposes|speculated|speculate|theori[sz]ed|theori[sz]e|posited|posit|assumed|assume|hypothesi[sz]ed|believed|thought|think|thinks|suspect|suspects|suspected)\b`,
    String.raw`\bcalling (?:them|it|endorphins?|(?:\w+ ){0,2}\w+),? ["“‘']?(?:the|a|an|your|nature['’]s|our)\b`,
    String.raw`\b(?:sold|marketed|billed|advertised|pitched|promoted|branded|touted|hyped|packaged) as\b`,
    String.raw`\bwhat (?:\w+ ){1,3}(?:call|calls|called|dub|dubs|label|labels|describe|describes)\b`,
    // a source passes the claim on to its audience: "it tells readers that…", "urging people to…"
    String.raw`(?<!\b(?:i|we)(?: \w+){0,2} )\b(?:tells?|told|telling|urges?|urged|urging|advises?|advised|advising|encourages?|encouraged|encouraging|instructs?|instructed|instructing|reminds?|reminded|reminding|assures?|assured|assuring|promises?|promised|promising|warns?|warned|warning|invites?|invited|inviting) (?:its |their |his |her |the |all )?(?:readers|viewers|followers|listeners|audiences?|subscribers|fans|users|customers|buyers|shoppers|patients|people|members|visitors|parents|women|men|everyone|everybody|anyone)\b(?!['’])`,
    // …or a source, named as such, recommends or promotes it: "the post's comment section promotes LDN as…"
    String.raw`\b(?:the|that|a|one|another|his|her|their|its) (?:viral |original |same |popular |latest )?(?:posts?|tweets?|thread|articles?|videos?|clip|reel|ads?|adverts?|advertisements?|captions?|headlines?|influencers?|bloggers?|authors?|websites?|site|page|newsletter|infographic|meme|comments?|commenters?|product page|listing|label|packaging|brochure|leaflet|flyer|podcast|host|episode|piece)(?:['’]s (?:\w+ ){0,2}?)? ?(?:\w+ ){0,2}(?:recommends?|recommended|recommending|urges?|urged|urging|advises?|advised|promotes?|promoted|promoting|pushes|pushed|pushing|encourages?|encouraged|tells|insists?|insisted|asserts?|asserted|argues?|argued|states?|stated|repeats?|repeated|goes on to|went on to|ends by|ended by|closes by|concludes by|instructs?|instructed)\b`,
    String.raw`\b(?:posts?|tweets?|articles?|videos?|ads?|influencers?|bloggers?|authors?|websites?|site|page|captions?|comments?|label)['’]s? (?:advice|tip|tips|recommendation|suggestion|claim|claims|promise|promises|message|argument|assertion|pitch|line|prescription)\b`,
    String.raw`(?<!\b(?:i|we|our|my)(?: \w+){0,2} )\b(?:promotes?|promoting|touts?|touting|pitches|pitching|markets|bills|billing|hails|hailing|advertises|advertising|pushes|pushing|frames|framing|presents|presenting|lists|listing|describes|describing|recommends|recommending|brands|branding) (?:[\w'’-]+ ){1,5}as (?:a|an|the)\b`,
  ].join('|'),
  'i',
);

// A speaker who declines to hold the claim: "I wouldn't say…", "I'm not convinced…", "I doubt…".
const NEGATED_OPINION = new RegExp(
  [
    String.raw`\b(?:wouldn['’]t|would not|won['’]t|will not|can['’]t|cannot|can not|couldn['’]t|could not|don['’]t|do not|doesn['’]t|does not|didn['’]t|did not|never) (?:\w+ )?(?:say|claim|call|argue|think|believe|buy|accept|assume|agree|conclude|insist|pretend|go so far as|promise|guarantee)\b`,
    String.raw`\bnot (?:\w+ )?(?:convinced|persuaded|sold on|sure|certain|confident|buying)\b`,
    String.raw`\b(?:unconvinced|skeptical|sceptical|dubious|doubtful)\b`,
    String.raw`(?<!\b(?:no|without a|without any|beyond|beyond a|beyond any|n['’]t|not|never) )\bdoubts?\b`,
    String.raw`\b(?:hard|difficult|impossible|too early|too soon|premature) to (?:say|tell|claim|know|conclude)\b`,
  ].join('|'),
  'i',
);

// A comparison that denies the likeness the claim draws: "that's not the same as being hooked on
// endorphins", "it is nothing like…", "no different from" keeps the likeness and does not count.
const NEGATED_COMPARISON =
  /(?:\bnot|\bnever|n['’]t) (?:\w+ ){0,2}(?:the same(?: thing| as)?|equivalent|comparable|identical|like)\b|\bnothing like\b/i;

// Things that "tell" or "think" without being speakers: "your body thinks…", "my test told me…".
const NOT_SPEAKERS =
  'body|brain|mind|system|nerves|gut|cells|receptors|endorphins?|levels?|tests?|results?|labs?|bloodwork|labwork|panel|numbers|scan|report|screening|kit|data';

// Someone else's words reported inside the sentence: "my son says he's addicted…", "she told everyone
// that…", "he laughed and said…". First person ("I say") is the writer's own claim and does not count.
const REPORTED_SPEECH = new RegExp(
  String.raw`\b(?:he|she|they|(?:my|our|his|her|their|your) (?!(?:\w+ )?(?:${NOT_SPEAKERS})\b)(?:\w+ )?\w+)(?: \w+){0,2} (?:says?|said|tells? (?:me|us|everyone|people|anyone|them|him|her)|told|claims?|claimed|insists?|insisted|swears?|swore|reckons?|reckoned|thinks?|thought|believes?|believed|jokes?|joked|keeps? saying|kept saying|likes? to say|is convinced|was convinced|is sure|was sure)\b(?! (?:no|otherwise)\b)`,
  'i',
);
// The same at the end of the sentence: "…, my trainer says."
const REPORTED_TAIL = /,\s*(?:he|she|they|(?:my|our|his|her|their) (?:\w+ )?\w+) (?:\w+ ){0,2}(?:say|says|said|insist|insists|insisted|swear|swears|swore|claim|claims|claimed|reckon|reckons|think|thinks|believe|believes)\W*$/i;

const NEGATION = /\b(?:not|never|no|nor|neither|cannot|hardly|rarely|nothing|barely|scarcely|seldom)\b|n['’]t\b/i;

// Quantifiers that deny the claim before it ("very little chocolate…", "few foods…"); checked in front
// of the match only, since patterns name deficits themselves ("too few endorphins").
const NEGATING_QUANTIFIER = /(?<!\ba )\blittle\b|(?<!\ba )\bfew\b|\b(?:a|only a) (?:tiny|small) (?:fraction|minority|handful)\b/i;

// Where the clause that holds a claim begins: after a contrast ("…, but"), a semicolon, a colon or a
// dash, or a comma that opens a new clause ("…, so", "…, and").
const CLAUSE_START = /(?:[;:]|\s[—–-]+\s|[—–]|\b(?:but|yet|however|though|although|whereas|except)\b|,\s*(?:and|so|then|while)\b)/gi;
// Where it ends: a semicolon, a colon, or a comma that opens a new clause. A dash does not end it
// ("… boosts endorphins — or so they say"), nor does "but" ("…, but only in rats").
// A comma splice opens one too ("…endorphins, I was running twice a day"), unless the writer only
// comments on the claim ("…, I think", "…, I guess").
const CLAUSE_END =
  /(?:[;:]|,\s*(?:and|so|then|which|before|because|since)\b|\s+so\s+(?:i|you|we|they|he|she|it)\b|,\s*(?:i|we)\s+(?!(?:think|guess|suppose|believe|reckon|suspect|imagine|feel|mean|hope|heard|read|know|gather|understand)\b)(?=\S+\s+\S))/i;

/** The words a pattern matched, with the rest of the sentence before and after them. */
export interface MatchSpan {
  before: string;
  matched: string;
  after: string;
}

/** The part of `before` in the claim's clause. */
function clauseBefore(before: string): string {
  let from = 0;
  for (const m of before.matchAll(CLAUSE_START)) from = m.index + m[0].length;
  return before.slice(from);
}

/** The part of `after` in the claim's clause. */
function clauseAfter(after: string): string {
  const m = CLAUSE_END.exec(after);
  return m ? after.slice(0, m.index) : after;
}

/**
 * Whether the words a pattern matched stand inside quotation marks within the sentence: a phrase in
 * scare quotes is mentioned, not asserted ('but "proven to work through endorphins" is more than…').
 */
function insideQuotes(span: MatchSpan): boolean {
  // compromise keeps a quotation mark that touches the first or last matched word
  const lead = /^["“]*/.exec(span.matched)![0];
  const trail = /["”]*$/.exec(span.matched)![0];
  const matched = span.matched.slice(lead.length, span.matched.length - trail.length);
  const before = span.before + lead;
  const after = trail + span.after;
  if (/["“”]/.test(matched)) return false;
  const curly = before.lastIndexOf('“');
  const straight = (before.match(/"/g)?.length ?? 0) % 2 === 1 ? before.lastIndexOf('"') : -1;
  const open = curly > before.lastIndexOf('”') ? Math.max(curly, straight) : straight;
  const close = /^[^"“”]*["”]/.exec(after);
  if (open < 0 || !close) return false;
  if (/\p{L}/u.test(before.slice(0, open))) return true;
  // A quotation that opens the sentence is a mention when the sentence goes on about it ("“…” is a
  // phrase we dropped"), and a speaker's words when a speaker or a signature follows ("“…,” said the
  // founder", "“…” – Marcus T."): those are judged as a whole.
  const rest = after.slice(close[0].length);
  return !/[,.!?]\s*["”]$/.test(close[0]) && /^\s*(?!(?:said|says|say|writes|wrote|adds|added|explains|explained|notes|noted|told|tells|asks|asked|recalls|recalled)\b)\p{Ll}/u.test(rest);
}

// A sentence that is wholly a quotation ("“Chocolate makes you release endorphins.”") is quoted, not asserted.
const QUOTED = /^\s*["“‘'][^"“”]+["”’']\s*[.!]?\s*$/;

// A leading contrast ("Unlike chili, exercise…"): what it names is set apart from the claim.
const UNLIKE = /^\W*unlike\b[^,;:]*,/i;

/**
 * Whether a sentence asserts, or why it does not. Questions, quotations, debunks, attributions and
 * evidence hedges count wherever they stand in the sentence; modal hedges ("may", "probably") only in
 * the clause of the match when `match` is given.
 */
export function whyNotAsserted(sentence: string, match?: MatchSpan): NotAsserted | undefined {
  if (QUESTION.test(sentence)) return 'question';
  if (QUOTED.test(sentence)) return 'attributed';
  if (DEBUNK.test(sentence)) return 'debunk';
  if (ATTRIBUTED.test(sentence)) return 'attributed';
  if (REPORTED_TAIL.test(sentence)) return 'attributed';
  if (HEDGE_SENTENCE.test(sentence)) return 'hedge';
  if (!match) return HEDGE.test(sentence) || EMBEDDED_QUESTION.test(sentence) ? 'hedge' : undefined;
  if (EMBEDDED_QUESTION.test(match.before)) return 'hedge';
  if (REPORTED_SPEECH.test(clauseBefore(match.before))) return 'attributed';
  if (NEGATED_OPINION.test(clauseBefore(match.before))) return 'negated';
  if (NEGATED_COMPARISON.test(clauseBefore(match.before))) return 'negated';
  if (insideQuotes(match)) return 'attributed';
  const unlike = UNLIKE.exec(match.before + match.matched);
  if (unlike && unlike[0].length > match.before.length) return 'negated';
  const clause = `${clauseBefore(match.before)} ${match.matched} ${clauseAfter(match.after)}`;
  return HEDGE.test(clause) ? 'hedge' : undefined;
}

// A contrast inside the words a pattern matched ("Chocolate won't cure you, but it does boost…").
const CONTRAST = /;|\b(?:but(?! also| even)|yet(?! to)|however|though|although|whereas)\b/gi;
// The clause after such a contrast goes on about the same subject when it opens with a pronoun.
const SAME_SUBJECT = /^[\s,]*(?:it|they|these|those|this|he|she)\b/i;

/**
 * Whether the words a pattern matched, with the four words before them in their clause, are negated.
 * When a contrast splits the match, only the clause after it counts, and only if it goes on about the
 * same subject ("…, but it does"); a new subject ("Chocolate won't, but exercise does…") leaves the
 * claim's first words denied, which counts as negated.
 */
export function isNegated(matched: string, before: string): boolean {
  let cut = -1;
  for (const m of matched.matchAll(CONTRAST)) cut = m.index + m[0].length;
  // A contrast that only closes the match ("…an endorphin panel;") splits nothing.
  if (cut >= 0 && /[\p{L}\p{N}]/u.test(matched.slice(cut))) {
    const rest = matched.slice(cut);
    // Nothing denied before the contrast ("Ask for a panel; a lab test can…"): only the rest counts.
    const head = `${clauseBefore(before).trim().split(/\s+/).slice(-4).join(' ')} ${matched.slice(0, cut)}`;
    if (!NEGATION.test(head)) return NEGATION.test(rest);
    return !SAME_SUBJECT.test(rest) || NEGATION.test(rest);
  }
  const words = clauseBefore(before).trim().split(/\s+/);
  if (NEGATION.test(`${words.slice(-4).join(' ')} ${matched}`)) return true;
  // The word before the four is kept for the look-behind ("a few drops" is no negation).
  const lead = words.slice(-5).join(' ');
  const quantifier = NEGATING_QUANTIFIER.exec(lead);
  return !!quantifier && (words.length <= 4 || quantifier.index + quantifier[0].length > words.at(-5)!.length);
}

/** Whether a pattern states the claim with a negation of its own ("you can't have too many"). */
export function patternHasNegation(pattern: string): boolean {
  return NEGATION.test(pattern.replace(/[()|]/g, ' '));
}
