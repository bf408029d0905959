import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FindingIndex, type Finding } from '../../lib/highlight/findings';
import { collectTextMap } from '../../lib/scan/text-map';
import type { TooltipHost } from '../../lib/ui/tooltip/host';
import { watchHover } from '../../lib/ui/tooltip/hover';

// happy-dom lays nothing out: the test says which word is under the pointer (caretPositionFromPoint)
// and where each word's box is (getClientRects), as a browser would.
const BOX = { naloxone: { left: 0, right: 80 }, naltrexone: { left: 200, right: 290 } } as const;

function setUp() {
  document.body.innerHTML = '<p>naloxone and then naltrexone</p>';
  const map = collectTextMap(document.body);
  const index = new FindingIndex();
  const text = map.segments[0]!.node;
  const [a, b] = [index.add(map, 'term', 'naloxone', 0, 8)!, index.add(map, 'term', 'naltrexone', 18, 28)!];
  for (const [finding, box] of [[a, BOX.naloxone], [b, BOX.naltrexone]] as const) {
    finding.range.getClientRects = () => [{ ...box, top: 0, bottom: 20 }] as unknown as DOMRectList;
  }
  (document as unknown as { caretPositionFromPoint: (x: number) => unknown }).caretPositionFromPoint = (x: number) =>
    x < 100 ? { offsetNode: text, offset: 3 } : x >= 200 && x < 300 ? { offsetNode: text, offset: 20 } : null;
  const tooltip = { contains: () => false, current: undefined, isOpen: false, close: vi.fn() } as unknown as TooltipHost;
  const calls: string[] = [];
  const controller = new AbortController();
  watchHover({
    doc: document,
    index,
    tooltip,
    delayMs: () => 400,
    open: (f: Finding) => calls.push(`open ${f.id}`),
    arrive: (f: Finding) => calls.push(`arrive ${f.id}`),
    leave: () => calls.push('leave'),
    signal: controller.signal,
  });
  const move = async (x: number) => {
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: 10, bubbles: true }));
    await vi.advanceTimersByTimeAsync(20); // the animation frame that reads the pointer
  };
  return { calls, move, stop: () => controller.abort() };
}

describe('hover', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('asks for the card as soon as the pointer reaches a word, and opens after the dwell', async () => {
    const { calls, move, stop } = setUp();
    await move(40);
    expect(calls).toEqual(['arrive naloxone']);
    await vi.advanceTimersByTimeAsync(400);
    expect(calls).toEqual(['arrive naloxone', 'open naloxone']);
    stop();
  });

  it('says when the pointer leaves the word it rested on, and does not open it', async () => {
    const { calls, move, stop } = setUp();
    await move(40);
    await move(150); // between the words
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toEqual(['arrive naloxone', 'leave']);
    stop();
  });

  it('leaves one word for the next: the first is given up, the second opens', async () => {
    const { calls, move, stop } = setUp();
    await move(40);
    await move(250);
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toEqual(['arrive naloxone', 'leave', 'arrive naltrexone', 'open naltrexone']);
    stop();
  });
});
