import { describe, expect, it } from 'vitest';
import { lookUpUrl } from '../../lib/extension/look-up';
import type { Myth, Term } from '../../lib/catalogue/types';

const term = (id: string, name: string, aliases: string[]) =>
  ({ kind: 'term', id, name, aliases: aliases.map((text) => ({ text, case: 'insensitive', context: false, plural: true, unless: [] })) }) as unknown as Term;
const catalogue = { terms: [term('naloxone', 'Naloxone', ['naloxone', 'Narcan'])], myths: [] as Myth[] };

describe('look up selected text', () => {
  it.each([
    ['an exact name opens the entry', 'Naloxone', 7, '/popup.html?entry=naloxone&tab=7'],
    ['an exact alias opens the entry', '  narcan ', undefined, '/popup.html?entry=naloxone'],
    ['anything else opens a search', 'opioid overdose', 3, '/popup.html?q=opioid%20overdose&tab=3'],
  ])('%s', (_, selection, tab, url) => {
    expect(lookUpUrl(catalogue, selection, tab)).toBe(url);
  });
});
