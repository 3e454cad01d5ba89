/**
 * Second and later scores of one test in one sentence: "scores 52.8 at 8k but only 34.4 at 120k",
 * "62.3% in standard mode, and 70.3% with their custom scaffold", "64.9 percent versus 60.4 without".
 * The first score carries the benchmark; a later one shares it when only a conjunction (and the
 * first score's own setting words) stands between them — no other figure, test or clause break.
 */
import type { Cue } from './metric-cues';
import type { Quantity } from './parse-quantity';

/** What may follow the first score before the conjunction: its setting ("at 8k", "in standard mode"). */
const LINK =
  /^\s*%?\s*(?:\([^()]{0,30}\)\s*)?(?:(?:at|in|with|without|on|under|using|for)\s+[^,;.()\d]{0,40}?|at\s+\d+k(?:\s+tokens?)?|(?:with|using)\s+(?:an?\s+)?\d+k[\w\s-]{0,25}?)?\s*(?:,\s*)?(?:\b(?:but|and|while|whereas|yet|versus|vs\.?|against|compared (?:to|with))\s+)?(?:(?:only|just|still|about|around|roughly|nearly|a mere|a lower|a higher)\s+)?$/;

const isScore = (q: Quantity) =>
  !q.scale && !q.currency && (q.percent ? q.value <= 100 : q.decimals > 0 && q.value <= 100);

export function parallelScore(
  f: string,
  pc: { cue: Cue; q: Quantity },
  q: Quantity,
  qStart: number,
  benchmarks: { start: number; end: number }[],
): boolean {
  if (pc.cue.metric !== 'benchmark_score' || !pc.cue.benchmark) return false;
  if (!isScore(q) || !isScore(pc.q)) return false;
  // a fraction and a percentage are one test's score only when both are printed the same way
  if (pc.q.value <= 1 !== q.value <= 1 && !q.percent && !pc.q.percent) return false;
  const link = f.slice(pc.q.end, qStart);
  if (link.length > 70 || link.includes(';')) return false;
  // a conjunction must join them (a bare comma list is left to the list rules)
  if (!/\b(?:but|and|while|whereas|yet|versus|vs\.?|against|compared)\b/.test(link)) return false;
  if (benchmarks.some((b) => b.start >= pc.q.end && b.end <= qStart)) return false;
  // the second figure must close its phrase: "34.4 at 120k", "60.4 without", "70.3% with ..."
  const tail = f.slice(q.end, q.end + 16);
  if (/^\s*(?:points?|pts|pp|percentage|x\b|times|fold|of\s+(?:the\s+)?(?:gap|difference))/.test(tail))
    return false;
  return LINK.test(link);
}
