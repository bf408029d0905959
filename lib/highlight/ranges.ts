/**
 * Text offsets -> DOM Ranges: a match found in a text map becomes a Range over the text nodes it
 * covers, however the match is split by inline markup.
 */
import { segmentAt, type Segment, type TextMap } from '../scan/text-map';

function nextSegment(map: TextMap, offset: number): Segment | undefined {
  let lo = 0;
  let hi = map.segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map.segments[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return map.segments[lo];
}

/**
 * The Range covering text offsets [start, end) of `map`, or undefined when the span holds no
 * text node (or a node was removed from the page since the map was read).
 */
export function rangeOf(map: TextMap, start: number, end: number): Range | undefined {
  const first = segmentAt(map, start) ?? nextSegment(map, start);
  const last = segmentAt(map, end - 1);
  if (!first || !last || first.start >= end) return undefined;
  if (!first.node.isConnected || !last.node.isConnected) return undefined;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, Math.max(0, start - first.start));
  range.setEnd(last.node, Math.min(last.node.length, end - last.start));
  return range;
}
