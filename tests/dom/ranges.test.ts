import { describe, expect, it } from 'vitest';
import { rangeOf } from '../../lib/highlight/ranges';
import { collectTextMap } from '../../lib/scan/text-map';

function rangeText(html: string, phrase: string): string | undefined {
  document.body.innerHTML = html;
  const map = collectTextMap(document.body);
  const start = map.text.indexOf(phrase);
  return rangeOf(map, start, start + phrase.length)?.toString();
}

describe('text offsets to DOM ranges', () => {
  it.each([
    ['a word inside one text node', '<p>The endorphin system</p>', 'endorphin'],
    ['a term split by inline markup', '<p>β-<i>endorphin</i> levels</p>', 'β-endorphin'],
    ['a sentence across several elements', '<p><em>Dark chocolate</em> boosts <a href="#">your</a> endorphins.</p>', 'Dark chocolate boosts your endorphins.'],
  ])('covers %s', (_, html, phrase) => {
    expect(rangeText(html, phrase)).toBe(phrase);
  });

  it('gives no range for a span that holds only a block separator', () => {
    document.body.innerHTML = '<p>one</p><p>two</p>';
    const map = collectTextMap(document.body);
    expect(rangeOf(map, 3, 4)).toBeUndefined();
  });

  it('gives no range once the page removed the text node', () => {
    document.body.innerHTML = '<p>endorphins</p>';
    const map = collectTextMap(document.body);
    document.body.innerHTML = '';
    expect(rangeOf(map, 0, 10)).toBeUndefined();
  });
});
