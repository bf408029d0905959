import { afterEach, describe, expect, it } from 'vitest';
import type { CompiledCatalogue } from '../../lib/catalogue/types';
import { PageLens } from '../../lib/scan/page-lens';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';

// The User Timing marks `npm run bench` reads: one set per full scan, names only, gone on stop().
const catalogue: CompiledCatalogue = {
  version: 1,
  terms: [],
  myths: [],
  sources: {},
  forms: [{ id: 'endorphin', text: 'endorphins' }, { id: 'naloxone', text: 'naloxone' }],
  lexicon: { tags: {}, groups: {} },
  patterns: {},
};
const NAMES = ['endolens:scan-start', 'endolens:read', 'endolens:painted'];
const marks = () => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('endolens:'));
const judgeNothing = { judge: async (sentences: unknown[]) => sentences.map(() => []) };

describe('PageLens timing marks', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    performance.clearMarks();
  });

  it('marks the start of a full scan, the end of reading and the last paint, in that order, without detail', async () => {
    document.body.innerHTML = '<p>Endorphins are the happiness chemical.</p>';
    const lens = new PageLens(catalogue, { ...DEFAULT_SETTINGS }, judgeNothing);
    await lens.scan(document.body);
    expect(marks().map((m) => m.name)).toEqual(NAMES);
    expect(marks().map((m) => (m as PerformanceMark).detail ?? null)).toEqual([null, null, null]);
    lens.stop();
  });

  it('makes no mark for content added later, and stop() clears its marks', async () => {
    document.body.innerHTML = '<p>Naloxone blocks endorphins.</p>';
    const lens = new PageLens(catalogue, { ...DEFAULT_SETTINGS }, judgeNothing);
    await lens.scan(document.body);
    const added = document.createElement('p');
    added.textContent = 'More endorphins.';
    document.body.append(added);
    await lens.scan(added, true);
    expect(marks().map((m) => m.name)).toEqual(NAMES);
    lens.stop();
    expect(marks()).toEqual([]);
  });
});
