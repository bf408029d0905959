/**
 * What the page shows: every painted finding with its Range, indexed by the text nodes it covers,
 * so the pointer can be hit-tested in constant time per move.
 */
import type { TextMap } from '../scan/text-map';
import { rangeOf } from './ranges';

/** A painted term or myth sentence. `index` is its place in page order among findings of its kind. */
export interface Finding {
  kind: 'term' | 'myth';
  id: string;
  range: Range;
  index: number;
}

/** Findings of one page, in page order per kind, and the text nodes each covers. */
export class FindingIndex {
  readonly terms: Finding[] = [];
  readonly myths: Finding[] = [];
  private byNode = new Map<Node, Finding[]>();

  /** Adds a finding over text offsets [start, end) of `map`; returns it, or undefined when the text is gone. */
  add(map: TextMap, kind: Finding['kind'], id: string, start: number, end: number): Finding | undefined {
    const range = rangeOf(map, start, end);
    if (!range) return undefined;
    const list = kind === 'term' ? this.terms : this.myths;
    const finding: Finding = { kind, id, range, index: list.length };
    list.push(finding);
    for (const s of map.segments) {
      if (s.end <= start) continue;
      if (s.start >= end) break;
      const here = this.byNode.get(s.node) ?? [];
      here.push(finding);
      this.byNode.set(s.node, here);
    }
    return finding;
  }

  /** Findings whose range holds the point (node, offset); terms before myths, the innermost first. */
  at(node: Node, offset: number): Finding[] {
    const here = this.byNode.get(node);
    if (!here) return [];
    return here
      .filter((f) => {
        try {
          return f.range.comparePoint(node, offset) === 0;
        } catch {
          return false; // the page moved the node elsewhere
        }
      })
      .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'term' ? -1 : 1));
  }

  /** Every finding, terms and myths, in document order. */
  all(): Finding[] {
    return [...this.terms, ...this.myths].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  clear(): void {
    this.terms.length = 0;
    this.myths.length = 0;
    this.byNode.clear();
  }
}

/** Whether (x, y) in viewport pixels lies inside one of the range's boxes (the pointer is on the words). */
export function isOverRange(range: Range, x: number, y: number, slack = 2): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return true;
  }
  return false;
}

/** The text node and offset under the pointer, in either browser's API. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

/** The finding under the pointer at (x, y), if the pointer really is over its words. */
export function findingAtPoint(index: FindingIndex, doc: Document, x: number, y: number): Finding | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret) return undefined;
  return index.at(caret.node, caret.offset).find((f) => isOverRange(f.range, x, y));
}
