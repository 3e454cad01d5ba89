/**
 * "Mistral Small 3.1 is the quiet surprise. At 0.475 it's well behind the big models": a score the
 * page already gave for this model (in a table or earlier prose), restated without its benchmark.
 * Only the exact printed value counts, and only when the figure's owner is that same model.
 */
import type { Cue } from './metric-cues';
import type { Quantity } from './parse-quantity';
import type { Claim } from './types';

/** A figure printed like a score: a percentage or a decimal, never a bare integer. */
const scoreShaped = (q: Quantity) =>
  !q.scale &&
  !q.currency &&
  q.low === undefined &&
  (q.percent ? q.value <= 100 : q.decimals >= 1 && q.value <= 100);

/** Earlier benchmark scores (same value) the figure may restate; [] when none. */
export function restatedScores(q: Quantity, claims: Claim[], tail: string): Claim[] {
  if (!scoreShaped(q)) return [];
  // "0.475 seconds", "57.2 points": not a score
  if (/^\s*(?:[a-z]+\s+)?(?:points?|pts|pp|seconds?|ms|tokens?|tok\/s|gb|percentage)\b/.test(tail)) return [];
  return claims.filter(
    (c) =>
      c.metric === 'benchmark_score' &&
      c.value === q.value &&
      !!c.benchmark &&
      c.unit === (q.percent || q.value > 1 ? '%' : c.unit),
  );
}

export function restatedCue(q: Quantity, c: Claim): Cue {
  return { metric: 'benchmark_score', unit: c.unit, quoteEnd: q.end, benchmark: c.benchmark };
}
