import { describe, expect, it, vi } from 'vitest';
import { VERDICTS } from '../../lib/catalogue/types';
import { MythCard } from '../../lib/ui/MythCard';
import { TermCard } from '../../lib/ui/TermCard';
import { button, catalogueOf, click, mount, mythOf, termOf, textOf } from './helpers';

const endorphin = termOf('endorphin', {
  name: 'Endorphin',
  category: 'peptide',
  summary: 'The body’s own opioid peptides.',
  sources: [
    { id: 'boecker-2008', supports: 'Release during running.' },
    { id: 'berridge-2015', supports: 'Pleasure systems.' },
  ],
});
const myths = ['a', 'b', 'c', 'd', 'e'].map((id) => mythOf(id, { related: ['endorphin'] }));
const catalogue = catalogueOf([endorphin, termOf('pomc')], [...myths, mythOf('unrelated')]);

describe('term card', () => {
  const card = (term = endorphin, onFullEntry = vi.fn()) => mount(<TermCard term={term} catalogue={catalogue} onFullEntry={onFullEntry} />);

  it('shows the name as the heading, the category in words and the summary', () => {
    const c = card();
    expect(textOf(c.querySelector('h2'))).toBe('Endorphin');
    expect(c.querySelector('article')?.getAttribute('aria-labelledby')).toBe(c.querySelector('h2')?.id);
    expect(textOf(c)).toContain('Opioid peptide');
    expect(textOf(c)).toContain('The body’s own opioid peptides.');
  });

  it('cites only the first source, short, with its link in a new tab', () => {
    const links = mount(<TermCard term={endorphin} catalogue={catalogue} onFullEntry={vi.fn()} />).querySelectorAll('a');
    expect([...links].map((a) => [textOf(a), a.href, a.target, a.rel])).toEqual([
      ['Boecker et al., 2008', 'https://doi.org/10.1093/cercor/bhn013', '_blank', 'noopener noreferrer'],
    ]);
  });

  it('lists at most three related myths, quoted, and says how many more the full entry has', () => {
    const items = [...card().querySelectorAll('li')].map(textOf);
    expect(items).toEqual(['“Claim of a”', '“Claim of b”', '“Claim of c”']);
    expect(textOf(card())).toContain('2 more myths in the full entry.');
  });

  it.each([
    ['no related myth', termOf('pomc')],
    ['no source', termOf('pomc', { sources: [] })],
  ])('leaves out what it does not have: %s', (_, term) => {
    const c = card(term);
    expect(c.querySelector('a')).toBeNull();
    expect(textOf(c)).not.toContain('Related myths');
  });

  it('opens the full entry', () => {
    const onFullEntry = vi.fn();
    click(button(card(endorphin, onFullEntry), 'Full entry'));
    expect(onFullEntry).toHaveBeenCalledOnce();
  });
});

describe('myth card', () => {
  const myth = mythOf('happiness-chemical', {
    claim: 'Endorphins are the happiness chemical.',
    sources: [
      { id: 'boecker-2008', supports: 'x' },
      { id: 'who-2023', supports: 'y' },
      { id: 'missing-source', supports: 'z' },
    ],
  });
  const card = (props: Partial<Parameters<typeof MythCard>[0]> = {}) =>
    mount(<MythCard myth={myth} catalogue={catalogue} onFullEntry={vi.fn()} onNotAMyth={vi.fn()} {...props} />);

  it.each([
    ['false', 'False'],
    ['misleading', 'Misleading'],
    ['oversimplification', 'Oversimplified'],
    ['overstated', 'Overstated'],
    ['unsupported', 'Not supported by evidence'],
    ['unproven', 'Unproven'],
    ['mixed-evidence', 'Mixed evidence'],
    ['incomplete', 'Incomplete'],
  ] as const)('says the verdict %s in words', (verdict, words) => {
    const c = card({ myth: { ...myth, verdict } });
    expect(textOf(c.querySelector('.el-verdict'))).toBe(`Myth verdict: ${words}`);
  });

  it('has words for every verdict the catalogue allows', () => {
    for (const verdict of VERDICTS) expect(textOf(card({ myth: { ...myth, verdict } }).querySelector('.el-verdict__label'))).not.toMatch(/-|^verdict: [a-z]/);
  });

  it('shows the claim quoted, the correction and what is true', () => {
    const c = card();
    expect(textOf(c.querySelector('h2'))).toBe('“Endorphins are the happiness chemical”');
    expect(textOf(c)).toContain('Correction of happiness-chemical.');
    expect(textOf(c.querySelector('h3'))).toBe('What is true');
    expect(textOf(c)).toContain('True part of happiness-chemical.');
  });

  it('lists the short sources with links, skipping unknown ones', () => {
    expect([...card().querySelectorAll('a')].map((a) => [textOf(a), a.href])).toEqual([
      ['Boecker et al., 2008', 'https://doi.org/10.1093/cercor/bhn013'],
      ['World Health Organization, 2023', 'https://www.who.int/news-room/fact-sheets/detail/opioid-overdose'],
    ]);
  });

  it.each([
    ['Full entry', 'onFullEntry'],
    ['Not a myth here?', 'onNotAMyth'],
  ] as const)('calls back when "%s" is chosen', (name, prop) => {
    const callback = vi.fn();
    click(button(card({ [prop]: callback }), name));
    expect(callback).toHaveBeenCalledOnce();
  });

  it('thanks the reader instead of offering the report twice', () => {
    const c = card({ reported: true });
    expect(() => button(c, 'Not a myth here?')).toThrow();
    expect(textOf(c.querySelector('[role=status]'))).toBe('Noted on this computer. Thank you.');
  });
});
