import { describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../lib/catalogue/types';
import { EntryView } from '../../lib/ui/EntryView';
import { button, catalogueOf, click, mount, mythOf, termOf, textOf } from './helpers';

const pomc = termOf('pomc', { name: 'POMC' });
const endorphin = termOf('endorphin', {
  name: 'Endorphin',
  category: 'peptide',
  summary: 'Opioid peptides of the body.',
  explanation: 'First paragraph\nwrapped by the editor.\n\nSecond paragraph.\n\n\nThird paragraph.',
  related: ['pomc', 'no-such-entry'],
  sources: [
    { id: 'boecker-2008', supports: 'Release during running.' },
    { id: 'who-2023', supports: 'Overdose facts.' },
  ],
});
const happy = mythOf('happiness-chemical', {
  claim: 'Endorphins are the happiness chemical.',
  verdict: 'oversimplification',
  related: ['endorphin', 'pomc'],
  sources: [{ id: 'berridge-2015', supports: 'Pleasure is a network.' }],
});
const catalogue = catalogueOf([endorphin, pomc], [happy, mythOf('unrelated')]);
const view = (entry: Entry = endorphin, onOpen = vi.fn()) => mount(<EntryView entry={entry} catalogue={catalogue} onOpen={onOpen} titleId="t" />);
const headings = (c: HTMLElement) => [...c.querySelectorAll('h3')].map(textOf);

describe('full entry of a term', () => {
  it('shows the name, its category and the summary first', () => {
    const c = view();
    expect(textOf(c.querySelector('h2#t'))).toBe('Endorphin');
    expect(textOf(c.querySelector('.el-entry__kicker'))).toBe('Opioid peptide');
    expect(textOf(c.querySelector('.el-entry__lead'))).toBe('Opioid peptides of the body.');
  });

  it('splits the explanation into paragraphs on blank lines only', () => {
    expect([...view().querySelectorAll('.el-entry__text')].map(textOf)).toEqual([
      'First paragraph wrapped by the editor.',
      'Second paragraph.',
      'Third paragraph.',
    ]);
  });

  it('has sections for related terms, myths about it and sources, in that order', () => {
    expect(headings(view())).toEqual(['Related terms', 'Myths about it', 'Sources']);
  });

  it.each([
    ['a related term', 'POMC', 'pomc'],
    ['a myth about it', '“Endorphins are the happiness chemical”', 'happiness-chemical'],
  ])('opens %s by id', (_, name, id) => {
    const onOpen = vi.fn();
    click(button(view(endorphin, onOpen), name));
    expect(onOpen).toHaveBeenCalledWith(id);
  });

  it('cites each source in full with what it supports and its link', () => {
    const items = [...view().querySelectorAll('.el-sources li')];
    expect(items.map((li) => textOf(li.querySelector('.el-sources__supports')))).toEqual(['Supports: Release during running.', 'Supports: Overdose facts.']);
    expect(textOf(items[0]!.querySelector('.el-sources__cite'))).toBe(
      "Boecker H, Sprenger T, Spilker ME, et al. (2008). The runner's high: opioidergic mechanisms in the human brain. Cerebral Cortex, 18(11):2523-2531. doi:10.1093/cercor/bhn013",
    );
    expect([...items.map((li) => li.querySelector('a')!.href)]).toEqual([
      'https://doi.org/10.1093/cercor/bhn013',
      'https://www.who.int/news-room/fact-sheets/detail/opioid-overdose',
    ]);
  });

  it('leaves out the sections it has nothing for', () => {
    expect(headings(view(termOf('lonely')))).toEqual(['Sources']);
  });
});

describe('full entry of a myth', () => {
  it('shows the claim quoted, the verdict in words and the correction first', () => {
    const c = view(happy);
    expect(textOf(c.querySelector('h2#t'))).toBe('“Endorphins are the happiness chemical”');
    expect(textOf(c.querySelector('.el-verdict'))).toBe('Myth verdict: Oversimplified');
    expect(textOf(c.querySelector('.el-entry__lead'))).toBe('Correction of happiness-chemical.');
  });

  it('has what is true, the evidence, related terms and sources, in that order', () => {
    const c = view(happy);
    expect(headings(c)).toEqual(['What is true', 'The evidence', 'Related terms', 'Sources']);
    expect([...c.querySelectorAll('.el-entry__text')].map(textOf)).toEqual([
      'True part of happiness-chemical.',
      'Evidence one of happiness-chemical.',
      'Evidence two of happiness-chemical.',
    ]);
  });

  it('opens a related term by id', () => {
    const onOpen = vi.fn();
    click(button(view(happy, onOpen), 'Endorphin'));
    expect(onOpen).toHaveBeenCalledWith('endorphin');
  });

  it('cites its sources with a PubMed link when there is no DOI', () => {
    expect(view(happy).querySelector('.el-sources a')?.getAttribute('href')).toBe('https://pubmed.ncbi.nlm.nih.gov/25950633/');
  });
});
