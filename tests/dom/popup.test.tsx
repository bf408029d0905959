import { describe, expect, it, vi } from 'vitest';
import type { PageSummary } from '../../lib/extension/messages';
import { PopupApp, type PopupAppProps } from '../../lib/ui/popup/PopupApp';
import { button, catalogueOf, click, key, mount, mythOf, settle, termOf, textOf, type } from './helpers';

const catalogue = catalogueOf(
  [
    termOf('endorphin', { name: 'Endorphin', related: ['beta-endorphin'] }),
    termOf('beta-endorphin', { name: 'Beta-endorphin', category: 'peptide' }),
    termOf('naloxone', { name: 'Naloxone', category: 'drug' }),
  ],
  [mythOf('happiness-chemical', { claim: 'Endorphins are the happiness chemical.', verdict: 'oversimplification', related: ['endorphin'] })],
);
const summary: PageSummary = {
  terms: [
    { id: 'endorphin', count: 3 },
    { id: 'naloxone', count: 1 },
  ],
  termTotal: 4,
  myths: [
    { id: 'happiness-chemical', verdict: 'oversimplification', sentence: 'Endorphins are your happiness chemical.' },
    { id: 'happiness-chemical', verdict: 'oversimplification', sentence: 'Get your happy hormone.' },
  ],
  host: 'example.org',
};

function popup(props: Partial<PopupAppProps> = {}) {
  const all: PopupAppProps = {
    catalogue, summary, host: 'example.org', siteOn: true, onToggleSite: vi.fn(), onReveal: vi.fn(),
    optionsHref: 'chrome-extension://x/options.html', onOpenOptions: vi.fn(), ...props,
  };
  return { c: mount(<PopupApp {...all} />), ...all };
}
const search = (c: HTMLElement) => c.querySelector<HTMLInputElement>('input[type=search]')!;
const visible = (c: HTMLElement) => c.querySelector('.el-popup__body > div:not([hidden]), .el-popup__entry')!;

describe('popup: on this page', () => {
  it('says how many terms and myths the page has', () => {
    expect(textOf(popup().c.querySelector('[data-testid=summary]'))).toBe('4 terms, 2 myths on this page.');
  });

  it('lists the myths with their sentence and verdict, then the terms with how often', () => {
    const rows = [...popup().c.querySelectorAll('.el-row')].map(textOf);
    expect(rows).toEqual([
      '“Endorphins are your happiness chemical.” Oversimplified',
      '“Get your happy hormone.” Oversimplified',
      'Endorphin 3 times',
      'Naloxone once',
    ]);
  });

  it.each([
    ['the second myth', /Get your happy hormone/, 'myth', 1],
    ['the first term', /^Endorphin 3 times/, 'term', 0],
    ['the second term', /^Naloxone/, 'term', 1],
  ] as const)('asks the page to show %s', (_, name, kind, index) => {
    const { c, onReveal } = popup();
    click(button(c, name));
    expect(onReveal).toHaveBeenCalledWith(kind, index);
  });

  it.each([
    ['loading', { summary: undefined }, 'Reading this page…'],
    ['off on this site', { summary: null, siteOn: false }, 'EndoLens is off on example.org. Use the switch above to turn it on.'],
    ['a browser page', { summary: null, host: null }, 'EndoLens does not read this page: it works on ordinary web pages, not on the browser’s own pages.'],
    ['a page it has not read', { summary: null }, 'EndoLens has not read this page. Reload it to read it.'],
  ])('explains why there is nothing: %s', (_, props, message) => {
    expect(textOf(popup(props).c.querySelector('[role=status]'))).toBe(message);
  });

  it('counts an empty page as nothing found', () => {
    const { c } = popup({ summary: { terms: [], termTotal: 0, myths: [], host: 'example.org' } });
    expect(textOf(c.querySelector('[data-testid=summary]'))).toBe('0 terms, 0 myths on this page.');
    expect(c.querySelectorAll('.el-row')).toHaveLength(0);
  });
});

describe('popup: search', () => {
  it('shows results as you type, with their kind', () => {
    const { c } = popup();
    type(search(c), 'endorph');
    expect([...c.querySelectorAll('.el-results .el-row')].map(textOf)).toEqual([
      'Endorphin Term · Opioid peptide',
      '“Endorphins are the happiness chemical” Myth · Oversimplified',
      'Beta-endorphin Term · Opioid peptide',
    ]);
    expect(textOf(c.querySelector('.el-results [role=status]'))).toBe('3 results');
  });

  it('says when nothing matches', () => {
    const { c } = popup();
    type(search(c), 'serotonin');
    expect(textOf(c.querySelector('.el-results [role=status]'))).toBe('Nothing in the catalogue matches “serotonin”.');
  });

  it('opens a result as a full entry and goes back to the results', () => {
    const { c } = popup();
    type(search(c), 'naloxone');
    click(button(c, /^Naloxone/));
    expect(textOf(c.querySelector('.el-entry h2'))).toBe('Naloxone');
    expect(document.activeElement).toBe(c.querySelector('.el-entry h2'));
    click(button(c, '← Back to results'));
    expect(c.querySelector('.el-entry')).toBeNull();
    expect(textOf(visible(c))).toContain('1 result');
  });

  it('goes from entry to related entry and back one step at a time', () => {
    const { c } = popup();
    click(button(c, 'About: Endorphin'));
    click(button(c, 'Beta-endorphin'));
    expect(textOf(c.querySelector('.el-entry h2'))).toBe('Beta-endorphin');
    click(button(c, '← Back'));
    expect(textOf(c.querySelector('.el-entry h2'))).toBe('Endorphin');
    click(button(c, '← Back to this page'));
    expect(c.querySelector('.el-entry')).toBeNull();
    expect(c.querySelector('[data-testid=summary]')).not.toBeNull();
  });

  it('moves focus to the entry and back to the control that opened it', async () => {
    const { c } = popup();
    const opener = button(c, 'About: Naloxone');
    opener.focus();
    click(opener);
    expect(document.activeElement).toBe(c.querySelector('.el-entry h2'));
    click(button(c, '← Back to this page'));
    await settle();
    expect(document.activeElement).toBe(opener);
  });

  it('opens a myth of the page as its full entry', () => {
    const { c } = popup();
    click(c.querySelectorAll<HTMLButtonElement>('button[aria-label^="About the myth"]')[1]!);
    expect(textOf(c.querySelector('.el-entry h2'))).toBe('“Endorphins are the happiness chemical”');
  });

  it('works by keyboard: arrows move between the box and the results, Escape clears', () => {
    const { c } = popup();
    const box = search(c);
    type(box, 'endorph');
    key(box, 'ArrowDown');
    const results = [...c.querySelectorAll<HTMLButtonElement>('.el-results .el-row')];
    expect(document.activeElement).toBe(results[0]);
    key(results[0]!, 'ArrowDown');
    expect(document.activeElement).toBe(results[1]);
    key(results[1]!, 'ArrowUp');
    key(results[0]!, 'ArrowUp');
    expect(document.activeElement).toBe(box);
    key(box, 'Escape');
    expect(box.value).toBe('');
    expect(c.querySelector('[data-testid=summary]')).not.toBeNull();
  });

  it('typing while an entry is open goes back to the results', () => {
    const { c } = popup();
    click(button(c, 'About: Naloxone'));
    type(search(c), 'beta');
    expect(c.querySelector('.el-entry')).toBeNull();
    expect(textOf(c.querySelector('.el-results'))).toContain('Beta-endorphin');
  });
});

describe('popup: site switch and settings', () => {
  it.each([
    [true, 'true', false],
    [false, 'false', true],
  ])('shows "On this site" as %s and turns it to %s', (on, checked, next) => {
    const { c, onToggleSite } = popup({ siteOn: on });
    const sw = c.querySelector('[role=switch]')!;
    expect(textOf(sw)).toBe('On this site');
    expect(sw.getAttribute('aria-checked')).toBe(checked);
    click(sw);
    expect(onToggleSite).toHaveBeenCalledWith(next);
  });

  it('disables the switch while the settings load, and hides it on pages without a site', () => {
    expect(popup({ siteOn: undefined }).c.querySelector<HTMLButtonElement>('[role=switch]')!.disabled).toBe(true);
    expect(popup({ host: null, summary: null }).c.querySelector('[role=switch]')).toBeNull();
  });

  it('opens the options page from its link', () => {
    const { c, onOpenOptions } = popup();
    const link = [...c.querySelectorAll('a')].find((a) => textOf(a) === 'Settings')!;
    expect(link.getAttribute('href')).toBe('chrome-extension://x/options.html');
    click(link);
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });
});
