import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import type { CompiledCatalogue, Myth, Source, Term } from '../../lib/catalogue/types';

const mounted: HTMLElement[] = [];

/** Renders `vnode` into a fresh container in the document; unmounted after each test. */
export function mount(vnode: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  act(() => render(vnode, container));
  return container;
}

afterEach(() => {
  for (const c of mounted.splice(0)) {
    render(null, c);
    c.remove();
  }
});

/** Normalised text of an element (spaces collapsed). */
export const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The button whose accessible name (aria-label, else text) matches `name`. @throws when there is none */
export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const all = [...root.querySelectorAll('button')];
  const found = all.find((b) => {
    const label = b.getAttribute('aria-label') ?? textOf(b);
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (!found) throw new Error(`No button named ${name}; buttons: ${all.map((b) => b.getAttribute('aria-label') ?? textOf(b)).join(' | ')}`);
  return found;
}

/** The form control whose <label> text matches `name`. @throws when there is none */
export function control<T extends HTMLElement = HTMLInputElement>(root: ParentNode, name: string | RegExp): T {
  for (const label of root.querySelectorAll('label')) {
    const text = textOf(label);
    if (typeof name === 'string' ? text === name : name.test(text)) {
      const target = label.htmlFor ? root.querySelector(`[id="${label.htmlFor}"]`) : label.querySelector('input, select, textarea');
      if (target) return target as T;
    }
  }
  throw new Error(`No control labelled ${name}`);
}

export function click(el: Element) {
  act(() => (el as HTMLElement).click());
}

/** Types `value` into a text field as a person would (an input event). */
export function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function key(el: Element, name: string) {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
  });
}

/** Lets effects and promises of the containers settle. */
export async function settle(times = 5) {
  for (let i = 0; i < times; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
}

// A small hand-made catalogue, so UI tests do not move when the real wording does.
export function termOf(id: string, over: Partial<Term> = {}): Term {
  return {
    kind: 'term', id, name: id[0]!.toUpperCase() + id.slice(1), category: 'peptide', aliases: [],
    summary: `${id} summary.`, explanation: `${id} first paragraph.\n\n${id} second\nparagraph.`, related: [], sources: [], ...over,
  };
}

export function mythOf(id: string, over: Partial<Myth> = {}): Myth {
  return {
    kind: 'myth', id, claim: `Claim of ${id}.`, verdict: 'oversimplification', correction: `Correction of ${id}.`,
    true_part: `True part of ${id}.`, explanation: `Evidence one of ${id}.\n\nEvidence two of ${id}.`, related: [], sources: [],
    detect: { triggers: [], patterns: [] }, examples: { flag: [], pass: [] }, ...over,
  };
}

export const SOURCES: Record<string, Source> = {
  'boecker-2008': {
    id: 'boecker-2008', type: 'primary', authors: 'Boecker H, Sprenger T, Spilker ME, et al.', year: 2008,
    title: "The runner's high: opioidergic mechanisms in the human brain", container: 'Cerebral Cortex', details: '18(11):2523-2531',
    doi: '10.1093/cercor/bhn013',
  },
  'berridge-2015': {
    id: 'berridge-2015', type: 'review', authors: 'Berridge KC, Kringelbach ML', year: 2015, title: 'Pleasure systems in the brain',
    container: 'Neuron', pmid: '25950633',
  },
  'who-2023': {
    id: 'who-2023', type: 'web', authors: 'World Health Organization', year: 2023, title: 'Opioid overdose (fact sheet)',
    url: 'https://www.who.int/news-room/fact-sheets/detail/opioid-overdose',
  },
};

export function catalogueOf(terms: Term[], myths: Myth[]): Pick<CompiledCatalogue, 'terms' | 'myths' | 'sources'> {
  return { terms, myths, sources: SOURCES };
}
