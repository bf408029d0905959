/**
 * Runs every myth's own examples through the real detector and prints the ones that misbehave:
 * `npx tsx scripts/check-examples.ts [myth-id…]`. The catalogue tests assert the same thing.
 */
import { readCatalogueFiles } from '../lib/catalogue/load-node';
import { parseMyth, parseLexicon } from '../lib/catalogue/schema';
import { createJudge, judgeSentence } from '../lib/match/judge';
import { buildCandidateFinder, findCandidates } from '../lib/match/candidates';

const raw = readCatalogueFiles();
const lexicon = parseLexicon(raw.lexicon.path, raw.lexicon.data);
const only = process.argv.slice(2);
const myths = raw.myths
  .map((f) => {
    try {
      return parseMyth(f.path, f.data);
    } catch (e) {
      console.log(String(e));
      return undefined;
    }
  })
  .filter((m) => m && (!only.length || only.includes(m.id)))
  .map((m) => m!);
const judge = createJudge(myths, lexicon);
const finder = buildCandidateFinder(myths);
let bad = 0;
let total = 0;
for (const myth of myths) {
  for (const [expect, list] of [[true, myth.examples.flag], [false, myth.examples.pass]] as const) {
    for (const sentence of list) {
      total++;
      const candidate = findCandidates(sentence, finder).some((c) => c.myths.includes(myth.id));
      const j = candidate ? judgeSentence(judge, sentence, [myth.id]) : { myths: [], rejected: 'no trigger' };
      const got = j.myths.some((m) => m.id === myth.id);
      if (got !== expect) {
        bad++;
        console.log(`${myth.id} ${expect ? 'MISSED' : 'FALSE+'} ${j.rejected ? `[${j.rejected}] ` : ''}${sentence}`);
      }
    }
  }
}
console.log(`${total - bad}/${total} examples behave`);
