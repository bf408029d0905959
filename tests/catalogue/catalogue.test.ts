import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../lib/catalogue/load-node';
import { CatalogueError } from '../../lib/catalogue/schema';
import { findCandidates } from '../../lib/match/candidates';
import { createEngine } from '../../lib/match/engine';
import { judgeSentence } from '../../lib/match/judge';
import { findTerms } from '../../lib/match/terms';

function load() {
  try {
    return loadCatalogue();
  } catch (error) {
    if (error instanceof CatalogueError) throw new Error(error.problems.join('\n'));
    throw error;
  }
}

const catalogue = load();
const engine = createEngine(catalogue);
const terms = new Map(catalogue.terms.map((t) => [t.id, t]));

describe('the catalogue', () => {
  it('compiles: every file valid, ids equal file names, references resolve, no form on two terms', () => {
    expect(catalogue.terms.length).toBeGreaterThanOrEqual(10);
    expect(catalogue.myths.length).toBeGreaterThanOrEqual(2);
  });

  it.each(catalogue.terms.map((t) => [t.id, t] as const))('%s: related terms link back', (id, term) => {
    const oneWay = term.related.filter((r) => terms.has(r) && !terms.get(r)!.related.includes(id));
    expect(oneWay).toEqual([]);
  });

  it.each(catalogue.terms.map((t) => [t.id, t] as const))('%s: is found by its own name', (id, term) => {
    const unambiguous = term.aliases.find((a) => !a.context);
    if (!unambiguous) return;
    const found = findTerms(`About ${unambiguous.text} today.`, engine.terms).map((m) => m.id);
    expect(found).toContain(id);
  });

  it('cites every source of the bibliography at least once', () => {
    const cited = new Set([...catalogue.terms, ...catalogue.myths].flatMap((e) => e.sources.map((s) => s.id)));
    expect(Object.keys(catalogue.sources).filter((id) => !cited.has(id))).toEqual([]);
  });

  it.each(catalogue.myths.map((m) => [m.id, m] as const))('%s: cites a primary study or a review', (_, myth) => {
    const kinds = myth.sources.map((s) => catalogue.sources[s.id]!.type);
    expect(kinds.some((k) => k === 'primary' || k === 'review' || k === 'meta-analysis')).toBe(true);
  });
});

describe('myth examples behave as declared', () => {
  const judge = engine.judge();
  const flags = (id: string, sentence: string) => {
    const candidate = findCandidates(sentence, engine.candidates).some((c) => c.myths.includes(id));
    return candidate && judgeSentence(judge, sentence, [id]).myths.some((m) => m.id === id);
  };
  for (const myth of catalogue.myths) {
    it.each(myth.examples.flag)(`${myth.id} flags: %s`, (sentence) => {
      expect(flags(myth.id, sentence)).toBe(true);
    });
    it.each(myth.examples.pass)(`${myth.id} passes: %s`, (sentence) => {
      expect(flags(myth.id, sentence)).toBe(false);
    });
  }
});
