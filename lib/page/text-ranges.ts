/**
 * Maps offsets into a document's extracted text back to the DOM Text nodes
 * they came from. The claim engine's extractDocument gives `segments`: each
 * Text node and the offset in `text` where its first character lands.
 */
export interface Segment {
  node: Text;
  start: number;
}

/** One contiguous slice of one Text node: characters [from, to). */
export interface Piece {
  node: Text;
  from: number;
  to: number;
}

/** Index of the last segment whose start is ≤ offset (segments sorted by start). */
function segmentAt(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The Text-node pieces covering [start, end) of the extracted text. Characters
 * the extractor added between nodes (block separators) belong to no node and
 * are skipped. Returns [] when the range touches no node or a node changed
 * since extraction (its text no longer matches).
 */
export function piecesFor(segments: readonly Segment[], start: number, end: number, text?: string): Piece[] {
  if (end <= start || segments.length === 0) return [];
  const pieces: Piece[] = [];
  let i = Math.max(0, segmentAt(segments, start));
  for (; i < segments.length; i++) {
    const seg = segments[i];
    if (seg.start >= end) break;
    const len = seg.node.data.length;
    const segEnd = seg.start + len;
    if (segEnd <= start) continue;
    const from = Math.max(start, seg.start) - seg.start;
    const to = Math.min(end, segEnd) - seg.start;
    if (to <= from) continue;
    if (
      text !== undefined &&
      !sameChars(seg.node.data.slice(from, to), text.slice(seg.start + from, seg.start + to))
    ) {
      return [];
    }
    pieces.push({ node: seg.node, from, to });
  }
  return pieces;
}

/**
 * Extracted text may fold NBSP, typographic dashes or quotes to plain ones;
 * compare letters and digits exactly and let punctuation/space differ.
 */
function sameChars(dom: string, extracted: string): boolean {
  if (dom === extracted) return true;
  if (dom.length !== extracted.length) return false;
  const word = /[\p{L}\p{N}]/u;
  for (let k = 0; k < dom.length; k++) {
    const a = dom[k];
    const b = extracted[k];
    if (a !== b && (word.test(a) || word.test(b))) return false;
  }
  return true;
}
