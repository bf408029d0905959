/**
 * DOM -> text map: the readable text under a root, with the offsets of every text node in it, so a
 * match in the text can be turned back into a DOM Range. Blocks are separated by a line break;
 * inline elements join their text (`β-<i>endorphin</i>` reads as one word).
 */
import { BLOCK_SEPARATOR, BLOCK_TAGS, SKIPPED_TAGS, SKIP_ATTRIBUTES, flattenWhitespace, isSkippedByAttributes } from './rules';

/** A text node and where its value stands in the map's text: `[start, end)`, UTF-16 offsets. */
export interface Segment {
  node: Text;
  start: number;
  end: number;
}

export interface TextMap {
  text: string;
  segments: Segment[];
}

const ELEMENT = 1;
const TEXT = 3;

// Elements that have one of the attributes the skip rules read: one selector match instead of five
// attribute reads for every element (most elements of a page have none of these).
const MAY_SKIP = SKIP_ATTRIBUTES.map((name) => `[${name}]`).join(',');

/** Whether an element's subtree is left out of the map. */
export function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (!element.hasAttributes() || !element.matches(MAY_SKIP)) return false;
  return isSkippedByAttributes((name) => element.getAttribute(name));
}

const HEADING = /^h[1-6]$/;

/**
 * Reads the text under a root in chunks, so a large page can be read a slice at a time. Each
 * chunk is a TextMap of its own (offsets from 0) that ends at a block boundary, plus the offsets
 * where a heading starts a new section. The walk is iterative: a hostile page nested 100,000 deep
 * must not overflow the stack.
 */
export class TextMapReader {
  // A block element is pushed twice: to enter it, and as `null` to leave it.
  private stack: (Node | null)[] = [];

  /** `skipText`: text nodes already read (a later pass over added content leaves them out). */
  constructor(
    root: Node,
    private readonly skipText?: (node: Text) => boolean,
  ) {
    if (root.nodeType === TEXT) this.stack.push(root);
    else if (root.nodeType !== ELEMENT || !isSkipped(root as Element)) {
      for (let c = root.lastChild; c; c = c.previousSibling) this.stack.push(c);
    }
  }

  get done(): boolean {
    return this.stack.length === 0;
  }

  /** Reads on until about `maxChars` characters (then the next block boundary), or the end. */
  read(maxChars = Infinity): TextMap & { sections: number[] } {
    const parts: string[] = [];
    const segments: Segment[] = [];
    const sections: number[] = [];
    let length = 0;
    let lastChar = BLOCK_SEPARATOR;
    const separate = () => {
      if (lastChar !== BLOCK_SEPARATOR) {
        parts.push(BLOCK_SEPARATOR);
        length += 1;
        lastChar = BLOCK_SEPARATOR;
      }
    };
    const stack = this.stack;
    while (stack.length) {
      if (length >= maxChars && lastChar === BLOCK_SEPARATOR) break;
      const node = stack.pop();
      if (node === null) {
        separate();
        continue;
      }
      if (!node) break;
      if (node.nodeType === TEXT) {
        const value = (node as Text).data;
        if (!value || this.skipText?.(node as Text)) continue;
        parts.push(flattenWhitespace(value));
        segments.push({ node: node as Text, start: length, end: length + value.length });
        length += value.length;
        lastChar = value[value.length - 1]!;
      } else if (node.nodeType === ELEMENT) {
        const element = node as Element;
        if (isSkipped(element)) continue;
        if (BLOCK_TAGS.has(element.localName)) {
          separate();
          stack.push(null);
        }
        if (HEADING.test(element.localName)) sections.push(length);
        for (let c = element.lastChild; c; c = c.previousSibling) stack.push(c);
      }
    }
    return { text: parts.join(''), segments, sections };
  }
}

/**
 * Reads the text under `root` (skipping what {@link isSkipped} says) into one string.
 * Offsets of segments point into `text`; separators between blocks belong to no segment.
 */
export function collectTextMap(root: Node): TextMap {
  const { text, segments } = new TextMapReader(root).read();
  return { text, segments };
}

/** The segment holding text offset `offset` (binary search), or undefined in a separator. */
export function segmentAt(map: TextMap, offset: number): Segment | undefined {
  let lo = 0;
  let hi = map.segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = map.segments[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
