import { describe, expect, it } from 'vitest';
import { applyDensity } from '../../lib/scan/density';

const m = (id: string, start: number) => ({ id, start, end: start + 1 });
const page = [m('a', 0), m('a', 5), m('b', 8), m('a', 20), m('b', 25), m('a', 30)];

describe('density', () => {
  it.each([
    ['all', [0, 5, 8, 20, 25, 30]],
    ['none', []],
    ['first-per-section', [0, 8, 20, 25]],
  ] as const)('%s keeps the mentions at %j', (density, starts) => {
    expect(applyDensity(page, [15], density, new Set()).map((x) => x.start)).toEqual(starts);
  });

  it('carries what was marked into the next chunk of the same section', () => {
    const seen = new Set<string>();
    applyDensity([m('a', 0)], [], 'first-per-section', seen);
    expect(applyDensity([m('a', 3), m('b', 4)], [], 'first-per-section', seen).map((x) => x.id)).toEqual(['b']);
    expect(applyDensity([m('a', 9)], [2], 'first-per-section', seen).map((x) => x.id)).toEqual(['a']);
  });
});
