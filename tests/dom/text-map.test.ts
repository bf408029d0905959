import { beforeEach, describe, expect, it } from 'vitest';
import { collectTextMap, segmentAt } from '../../lib/scan/text-map';

function mapOf(html: string) {
  document.body.innerHTML = html;
  return collectTextMap(document.body);
}

describe('text map', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    ['joins inline elements into one word', '<p>β-<i>endorphin</i> rises</p>', 'β-endorphin rises\n'],
    ['joins emphasis inside a sentence', '<p><em>dark chocolate</em> boosts endorphins</p>', 'dark chocolate boosts endorphins\n'],
    ['separates blocks with a line break', '<h1>Title</h1><p>One</p><p>Two</p>', 'Title\nOne\nTwo\n'],
    ['separates at <br>', '<p>one<br>two</p>', 'one\ntwo\n'],
    ['turns source line breaks inside a paragraph into spaces', '<p>mu-opioid\n  receptor</p>', 'mu-opioid   receptor\n'],
    ['skips script, style, noscript and template', '<p>a</p><script>endorphin()</script><style>.x{}</style><noscript>n</noscript><template>t</template><p>b</p>', 'a\nb\n'],
    ['skips textarea, input and select', '<p>a</p><textarea>endorphins</textarea><input value="x"><select><option>o</option></select>', 'a\n'],
    ['skips contenteditable regions', '<p>a</p><div contenteditable="true"><p>endorphins</p></div><div contenteditable>x</div><div contenteditable="false">kept</div>', 'a\nkept\n'],
    ['skips hidden and aria-hidden subtrees', '<p>a</p><div hidden>h</div><div aria-hidden="true">x</div><div aria-hidden="false">kept</div>', 'a\nkept\n'],
    ['skips inline display:none', '<p>a<span style="display: none">x</span>b</p>', 'ab\n'],
    ['skips the extension’s own UI', '<p>a</p><div data-endolens-ui>tooltip</div><endolens-ui>x</endolens-ui>', 'a\n'],
  ])('%s', (_, html, expected) => {
    expect(mapOf(html).text).toBe(expected);
  });

  it('maps every segment back to its text node', () => {
    const map = mapOf('<p>Beta-<b>endorphin</b> and <a href="#">POMC</a>.</p><p>Next</p>');
    for (const s of map.segments) expect(map.text.slice(s.start, s.end)).toBe(s.node.data);
    const offset = map.text.indexOf('POMC');
    expect(segmentAt(map, offset)?.node.data).toBe('POMC');
    expect(segmentAt(map, map.text.indexOf('\n'))).toBeUndefined();
  });

  it('reads a deeply nested page without recursion', () => {
    const depth = 3_000;
    document.body.innerHTML = `${'<span>'.repeat(depth)}endorphins${'</span>'.repeat(depth)}`;
    expect(collectTextMap(document.body).text).toBe('endorphins');
  });

  it('returns nothing for a skipped root', () => {
    document.body.innerHTML = '<textarea>endorphins</textarea>';
    expect(collectTextMap(document.querySelector('textarea')!).text).toBe('');
  });
});

describe('text map in chunks', () => {
  it('reads a page in chunks that end at block boundaries and add up to the whole', async () => {
    const { TextMapReader } = await import('../../lib/scan/text-map');
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<p>Paragraph ${i} about <b>endorphins</b>.</p>`).join('');
    const whole = collectTextMap(document.body).text;
    const reader = new TextMapReader(document.body);
    const chunks: string[] = [];
    while (!reader.done) {
      const chunk = reader.read(100);
      expect(chunk.text.endsWith('\n') || reader.done).toBe(true);
      for (const s of chunk.segments) expect(chunk.text.slice(s.start, s.end)).toBe(s.node.data);
      chunks.push(chunk.text);
    }
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join('')).toBe(whole);
  });

  it('records where each heading starts a section', async () => {
    const { TextMapReader } = await import('../../lib/scan/text-map');
    document.body.innerHTML = '<p>intro</p><h2>One</h2><p>a</p><h3>Two</h3><p>b</p>';
    const chunk = new TextMapReader(document.body).read();
    expect(chunk.sections.map((at) => chunk.text.slice(at, at + 3))).toEqual(['One', 'Two']);
  });
});
