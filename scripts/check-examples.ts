/**
 * Runs every myth's own examples through the real detector and prints the ones that misbehave:
 * `npx tsx scripts/check-examples.ts [myth-id…]`. The catalogue tests assert the same thing.
 */
import { loadCatalogue } from '../lib/catalogue/load-node';
import { CatalogueError } from '../lib/catalogue/schema';
import { findCandidates } from '../lib/match/candidates';
import { createEngine } from '../lib/match/engine';
import { judgeSentence } from '../lib/match/judge';

let catalogue;
try {
  catalogue = loadCatalogue();
} catch (error) {
  if (!(error instanceof CatalogueError)) throw error;
  console.log(error.message);
  process.exit(2);
}
const engine = createEngine(catalogue);
const judge = engine.judge();
const only = process.argv.slice(2);
let bad = 0;
let total = 0;
for (const myth of catalogue.myths.filter((m) => !only.length || only.includes(m.id))) {
  for (const [expect, list] of [[true, myth.examples.flag], [false, myth.examples.pass]] as const) {
    for (const sentence of list) {
      total++;
      const candidate = findCandidates(sentence, engine.candidates).some((c) => c.myths.includes(myth.id));
      const j = candidate ? judgeSentence(judge, sentence, [myth.id]) : { myths: [], rejected: 'no trigger' };
      if (j.myths.some((m) => m.id === myth.id) !== expect) {
        bad++;
        console.log(`${myth.id} ${expect ? 'MISSED' : 'FALSE+'} ${j.rejected ? `[${j.rejected}] ` : ''}${sentence}`);
      }
    }
  }
}
console.log(`${total - bad}/${total} examples behave`);
