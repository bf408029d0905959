import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { loadCatalogue } from '../../lib/catalogue/load-node';
import { toPageCatalogue } from '../../lib/catalogue/page';

const full = loadCatalogue();
const page = toPageCatalogue(full);

describe('the slim catalogue the content script carries', () => {
  it('keeps every surface form and trigger, and each entry’s tooltip text', () => {
    expect(page.forms).toEqual(full.forms);
    expect(page.myths.map((m) => m.detect.triggers)).toEqual(full.myths.map((m) => m.detect.triggers));
    expect(page.terms.map((t) => t.summary)).toEqual(full.terms.map((t) => t.summary));
    expect(page.myths.map((m) => [m.correction, m.true_part, m.verdict])).toEqual(full.myths.map((m) => [m.correction, m.true_part, m.verdict]));
  });

  it('resolves every source it cites', () => {
    for (const entry of [...page.terms, ...page.myths]) {
      for (const s of entry.sources) expect(page.sources[s.id]?.title).toBeTruthy();
    }
  });

  it('leaves the long texts out, so it is a fraction of the full catalogue', () => {
    expect(page.terms.every((t) => t.explanation === '')).toBe(true);
    const size = (o: unknown) => gzipSync(JSON.stringify(o)).length;
    expect(size(page)).toBeLessThan(size(full) / 3);
  });
});
