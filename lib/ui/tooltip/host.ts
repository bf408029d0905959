/**
 * The tooltip's container: one element of ours under <html>, a closed shadow root, Preact inside,
 * placed beside the word with floating-ui (flipping and shifting at the viewport's edges).
 * The host is a plain <div>, never a custom element, so a page that defines an element of the same
 * name gains nothing; if the page removes the host, the next open makes a new one.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { Card } from '../../catalogue/page.ts';
import type { Myth, Term } from '../../catalogue/types.ts';
import { OWN_UI_ATTRIBUTE } from '../../scan/rules.ts';
import baseCss from '../styles/base.css?inline';
import cardsCss from '../styles/cards.css?inline';
import { Tooltip } from './Tooltip.tsx';
import tooltipCss from './tooltip.css?inline';

export interface TooltipActions {
  onFullEntry: (entry: Term | Myth) => void;
  onNotAMyth: (entry: Myth, range: Range) => void;
  /** Whether this sentence was already reported as not a myth. */
  isReported: (range: Range) => boolean;
}

const HOST_STYLE = {
  all: 'initial',
  position: 'fixed',
  top: '0',
  left: '0',
  'z-index': '2147483647',
  display: 'block',
  visibility: 'visible',
  opacity: '1',
};

export class TooltipHost {
  private host: HTMLDivElement | undefined;
  private root: ShadowRoot | undefined;
  private stopFollowing: (() => void) | undefined;
  private status: HTMLElement | undefined;
  /** The range the open tooltip belongs to. */
  current: Range | undefined;

  constructor(
    private readonly doc: Document,
    private readonly actions: TooltipActions,
  ) {}

  private ensureHost(): ShadowRoot {
    if (this.host?.isConnected && this.root) return this.root;
    const host = this.doc.createElement('div');
    host.setAttribute(OWN_UI_ATTRIBUTE, '');
    // Inline and important: a page rule aimed at our host cannot hide or move it.
    for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = `${baseCss}\n${cardsCss}\n${tooltipCss}`;
    const status = this.doc.createElement('div');
    status.setAttribute('role', 'status');
    status.className = 'el-visually-hidden';
    root.append(style, status, this.doc.createElement('div'));
    this.status = status;
    this.doc.documentElement.append(host);
    this.host = host;
    this.root = root;
    return root;
  }

  /** Tells screen readers what the keyboard stepped to. */
  announce(text: string): void {
    this.ensureHost();
    if (this.status) this.status.textContent = text;
  }

  /** Whether an event target is inside the tooltip. */
  contains(target: EventTarget | null): boolean {
    return Boolean(this.host && target instanceof Node && this.host.contains(target));
  }

  get isOpen(): boolean {
    return Boolean(this.current && this.host?.isConnected && this.root?.lastElementChild?.firstChild);
  }

  /** Opens the tooltip for a card's entry beside `range`; `focus` moves keyboard focus into it. */
  open({ entry, view }: Card, range: Range, focus = false): void {
    const root = this.ensureHost();
    const mount = root.lastElementChild as HTMLElement;
    this.current = range;
    const draw = () =>
      render(
        h(Tooltip, {
          entry,
          catalogue: view,
          reported: entry.kind === 'myth' && this.actions.isReported(range),
          onFullEntry: () => this.actions.onFullEntry(entry),
          onNotAMyth: () => {
            if (entry.kind === 'myth') this.actions.onNotAMyth(entry, range);
            draw();
          },
        }),
        mount,
      );
    draw();
    this.stopFollowing?.();
    const host = this.host!;
    const reference = { getBoundingClientRect: () => range.getBoundingClientRect(), getClientRects: () => range.getClientRects() };
    this.stopFollowing = autoUpdate(reference, host, () => {
      void computePosition(reference, host, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // Never taller than the room on the chosen side: the card scrolls inside instead.
          size({
            padding: 8,
            apply: ({ availableHeight }) => {
              const box = mount.firstElementChild as HTMLElement | null;
              box?.style.setProperty('max-height', `${Math.max(160, Math.floor(availableHeight))}px`);
            },
          }),
        ],
      }).then(({ x, y }) => {
        host.style.setProperty('transform', `translate(${Math.round(x)}px, ${Math.round(y)}px)`, 'important');
      });
    });
    if (focus) (mount.querySelector('button, a') as HTMLElement | null)?.focus();
  }

  close(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.current = undefined;
    // The host stays (empty, zero-sized) so the screen-reader status keeps its place.
    if (this.root) render(null, this.root.lastElementChild as HTMLElement);
  }
}
