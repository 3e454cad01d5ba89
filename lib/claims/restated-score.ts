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

/** Benchmark scores by value, indexed incrementally (the claim list only grows during a scan). */
const INDEX = new WeakMap<Claim[], { n: number; byValue: Map<number, Claim[]> }>();
function scoresByValue(claims: Claim[]): Map<number, Claim[]> {
  let ix = INDEX.get(claims);
  if (!ix) INDEX.set(claims, (ix = { n: 0, byValue: new Map() }));
  for (; ix.n < claims.length; ix.n++) {
    const c = claims[ix.n];
    if (c.metric !== 'benchmark_score' || c.value === null || c.value === undefined || !c.benchmark) continue;
    const list = ix.byValue.get(c.value);
    if (list) list.push(c);
    else ix.byValue.set(c.value, [c]);
  }
  return ix.byValue;
}

export function restatedCue(q: Quantity, c: Claim): Cue {
  return { metric: 'benchmark_score', unit: c.unit, quoteEnd: q.end, benchmark: c.benchmark };
}
