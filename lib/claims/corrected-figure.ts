/**
 * "Myth: GPT-4o has a 1 million-token window." / "Fact: It’s 128K.": a bare figure right after
 * "it's" / "it is" that answers the size or window claim just made (in a myth-or-fact heading, a
 * quoted rumour, the sentence before) is the same model's figure for the same metric — the
 * correction of the claim. The corrected claim must be the last claim read, in this block or the
 * one just before, and the figure must be scaled the way such a figure is (K, M, B, T) and close
 * its clause; a figure with its own words ("It's 17B active") is left to the prose cues.
 */
import { foldText } from './fold-text';
import { hedgeBefore } from './hedges';
import { findQuantities } from './parse-quantity';
import type { Claim } from './types';

const CORRECTABLE = new Set(['context_window', 'total_params', 'active_params', 'training_tokens']);
/** "Fact: It's", "No, it is", "Actually, it's only": the answer's subject is the claim's model. */
const LEAD =
  /(?:^|[.;:!?]\s+|,\s+|\s[\u2014-]\s)(?:(?:fact|answer|reality|no|nope|actually|in fact|in reality|truth)\s*[,:.]?\s+)?(?:it's|it is|it was|that's|that is)\s+(?:actually\s+|only\s+|just\s+|really\s+)?$/;
/** The figure closes its clause: punctuation, the block's end, or a new clause. */
const CLOSES = /^\s*(?:[.,;!?)]|$|(?:and|but|not|of which|though|although|which)\b)/;

/**
 * Claims for the corrections in block [bStart, bEnd) of `text`: `claims` are those read so far
 * (this block's too), and a corrected claim must start at or after `from` (the block before).
 */
export function correctedFigures(
  text: string,
  bStart: number,
  bEnd: number,
  claims: readonly Claim[],
  from: number,
): Claim[] {
  const orig = text.slice(bStart, bEnd);
  if (!/\bit(?:['\u2019]s| is| was)|\bthat(?:['\u2019]s| is)/i.test(orig)) return [];
  const f = foldText(orig);
  const out: Claim[] = [];
  for (const q of findQuantities(f)) {
    if (!q.scale || q.percent || q.currency || q.low !== undefined) continue;
    const at = bStart + q.start;
    // the last claim read before the figure, and nothing read on the figure itself
    let last: Claim | null = null;
    // (claims are appended block by block: walk back only over this block and the one before)
    for (let i = claims.length - 1; i >= 0 && claims[i].start >= from; i--) {
      const c = claims[i];
      if (c.start < at + (q.end - q.start) && c.end > at) {
        last = null;
        break;
      }
      if (c.end <= at && (!last || c.end > last.end)) last = c;
    }
    if (!last || !CORRECTABLE.has(last.metric) || last.value === null) continue;
    let before = f.slice(Math.max(0, q.start - 40), q.start);
    const hedge = hedgeBefore(before);
    if (hedge) before = before.slice(0, before.length - hedge.length);
    if (!LEAD.test(before) || !CLOSES.test(f.slice(q.end, q.end + 16))) continue;
    // the same kind of figure: a window is thousands or millions, a size billions or trillions
    const big = (v: number) => v >= 1e9;
    if (big(q.value) !== big(last.value)) continue;
    const start = bStart + q.start;
    const end = bStart + q.end;
    out.push({
      id: `${start}:${end}:${last.metric}`,
      quote: text.slice(start, end),
      start,
      end,
      model: last.model,
      ...(last.variant ? { variant: last.variant } : {}),
      metric: last.metric,
      value: q.value,
      ...(last.unit ? { unit: last.unit } : {}),
      hedge: hedge?.hedge ?? 'exact',
      context: 'prose',
    });
  }
  return out;
}
