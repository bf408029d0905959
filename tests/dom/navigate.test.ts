import { describe, expect, it } from 'vitest';
import { FindingIndex } from '../../lib/highlight/findings';
import { collectTextMap } from '../../lib/scan/text-map';
import { stepFrom } from '../../lib/ui/tooltip/navigate';

function setup() {
  document.body.innerHTML = '<p>alpha beta gamma delta</p>';
  const map = collectTextMap(document.body);
  const index = new FindingIndex();
  for (const word of ['beta', 'gamma', 'delta']) {
    const at = map.text.indexOf(word);
    index.add(map, 'term', word, at, at + word.length);
  }
  return { map, all: index.all() };
}

describe('stepping through findings', () => {
  it('goes to the first finding, then on, and wraps around at the end', () => {
    const { all } = setup();
    const names = (r?: Range) => r?.toString();
    let current = stepFrom(all, undefined, 1)!.range;
    expect(names(current)).toBe('beta');
    current = stepFrom(all, current, 1)!.range;
    expect(names(current)).toBe('gamma');
    current = stepFrom(all, stepFrom(all, current, 1)!.range, 1)!.range;
    expect(names(current)).toBe('beta');
  });

  it('goes back, and wraps to the last finding from the first', () => {
    const { all } = setup();
    expect(stepFrom(all, undefined, -1)!.range.toString()).toBe('delta');
    expect(stepFrom(all, all[0]!.range, -1)!.range.toString()).toBe('delta');
    expect(stepFrom(all, all[2]!.range, -1)!.range.toString()).toBe('gamma');
  });

  it('finds nothing on a page without findings', () => {
    expect(stepFrom([], undefined, 1)).toBeUndefined();
  });
});
