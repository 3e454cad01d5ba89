/**
 * "Mistral Small 3.1 is the quiet surprise. At 0.475 it's well behind the big models": a score the
 * page already gave for this model (in a table or earlier prose), restated without its benchmark.
 * Only the exact printed value counts, and only when the figure's owner is that same model.
 */
import type { Cue } from './metric-cues';
import type { Quantity } from './parse-quantity';
import type { Claim } from './types';

/** A figure printed like a score: a percentage or a decimal, never a bare integer. */
export const scoreShaped = (q: Quantity): boolean =>
  !q.scale &&
  !q.currency &&
  q.low === undefined &&
  (q.percent ? q.value <= 100 : q.decimals >= 1 && q.value <= 100);

/** Earlier benchmark scores (same value) the figure may restate; [] when none. */
export function restatedScores(q: Quantity, claims: Claim[], tail: string): Claim[] {
  if (!scoreShaped(q)) return [];
  // (no earlier score of this value: nothing to restate, whatever follows)
  const same = scoresByValue(claims).get(q.value);
  if (!same) return [];
  // "0.475 seconds", "57.2 points": not a score
  if (/^\s*(?:[a-z]+\s+)?(?:points?|pts|pp|seconds?|ms|tokens?|tok\/s|gb|percentage)\b/.test(tail)) return [];
  const unit = q.percent || q.value > 1 ? '%' : undefined;
  return same.filter((c) => unit === undefined || c.unit === unit);
}

/**
 * Benchmark scores by value, indexed incrementally as the claim list grows. The engine edits a block's
 * own claims after scanning it (drops, relabels), so it calls rewindScores(out, blockStart) then: the
 * entries from that position on are forgotten and read again on the next look.
 */
interface ScoreIndex {
  n: number;
  byValue: Map<number, Claim[]>;
  /** Indexed positions in order, so a rewind pops exactly what it must forget. */
  log: { value: number; pos: number }[];
}
const INDEX = new WeakMap<Claim[], ScoreIndex>();
function scoresByValue(claims: Claim[]): Map<number, Claim[]> {
  let ix = INDEX.get(claims);
  if (!ix) INDEX.set(claims, (ix = { n: 0, byValue: new Map(), log: [] }));
  for (; ix.n < claims.length; ix.n++) {
    const c = claims[ix.n];
    if (c.metric !== 'benchmark_score' || c.value === null || c.value === undefined || !c.benchmark) continue;
    const list = ix.byValue.get(c.value);
    if (list) list.push(c);
    else ix.byValue.set(c.value, [c]);
    ix.log.push({ value: c.value, pos: ix.n });
  }
  return ix.byValue;
}

/** Forget what was indexed from position `from` on (the claims there were edited or removed). */
export function rewindScores(claims: Claim[], from: number): void {
  const ix = INDEX.get(claims);
  if (!ix || ix.n <= from) return;
  for (let e = ix.log.at(-1); e && e.pos >= from; e = ix.log.at(-1)) {
    ix.log.pop();
    const list = ix.byValue.get(e.value)!;
    list.pop();
    if (!list.length) ix.byValue.delete(e.value);
  }
  ix.n = from;
}

export function restatedCue(q: Quantity, c: Claim): Cue {
  return { metric: 'benchmark_score', unit: c.unit, quoteEnd: q.end, benchmark: c.benchmark };
}
