import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { loadCatalogue } from '../../lib/catalogue/load-node';
import { cardOf, toScanCatalogue } from '../../lib/catalogue/page';
import { citedSources, mythsAbout } from '../../lib/ui/lookup';

const full = loadCatalogue();
const gz = (o: unknown) => gzipSync(JSON.stringify(o)).length;

describe('the scan catalogue the content script carries', () => {
  const scan = toScanCatalogue(full);

  it('keeps every surface form and each myth’s trigger words', () => {
    expect(scan.forms).toEqual(full.forms);
    expect(scan.myths).toEqual(full.myths.map((m) => ({ id: m.id, detect: { triggers: m.detect.triggers } })));
  });

  it('holds no entry text at all, so it stays a small part of the content script', () => {
    const json = JSON.stringify(scan);
    for (const t of full.terms) expect(json).not.toContain(t.summary);
    for (const m of full.myths) expect(json).not.toContain(m.correction);
    expect(gz(scan)).toBeLessThan(gz(full) / 8);
  });
});

describe('the tooltip card the background hands out', () => {
  it('has a term’s tooltip text, its first source resolved, and the myths about it', () => {
    for (const term of full.terms) {
      const card = cardOf(full, term.id)!;
      expect(card.entry).toMatchObject({ id: term.id, kind: 'term', name: term.name, summary: term.summary, explanation: '' });
      const sources = citedSources(card.view, card.entry);
      expect(sources.map((s) => s.source.title)).toEqual([full.sources[term.sources[0]!.id]!.title]);
      expect(mythsAbout(card.view, term.id).map((m) => m.id)).toEqual(mythsAbout(full, term.id).map((m) => m.id));
    }
  });

  it('has a myth’s verdict, correction and what is true, with every source it cites', () => {
    for (const myth of full.myths) {
      const card = cardOf(full, myth.id)!;
      expect(card.entry).toMatchObject({ id: myth.id, kind: 'myth', verdict: myth.verdict, correction: myth.correction, true_part: myth.true_part });
      expect(citedSources(card.view, card.entry).map((s) => s.source.id)).toEqual(myth.sources.map((s) => s.id));
      expect(card.entry.kind === 'myth' && card.entry.detect.patterns).toEqual([]);
    }
  });

  it('is undefined for an id the catalogue does not have', () => {
    expect(cardOf(full, 'no-such-entry')).toBeUndefined();
    expect(cardOf(full, '__proto__')).toBeUndefined();
  });

  it('stays small: one card is a fraction of a kilobyte or two gzipped', () => {
    const largest = Math.max(...[...full.terms, ...full.myths].map((e) => gz(cardOf(full, e.id))));
    expect(largest).toBeLessThan(4000);
  });
});
