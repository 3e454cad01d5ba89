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

/** "<first score's source words>; without, " / "; w/o thinking " / "; at 120k, ". */
const SETTING_AFTER_SEMI =
  /^\s*%?[^;\d]{0,40};\s*(?:with|without|w\/o?|at|in|on|under|using)\b[^,;.\d]{0,30}?(?:\d+k\b[^,;.\d]{0,20})?,?\s*$/;

const isScore = (q: Quantity) =>
  !q.scale && !q.currency && (q.percent ? q.value <= 100 : q.decimals > 0 && q.value <= 100);

export function parallelScore(
  f: string,
  pc: { cue: Cue; q: Quantity },
  q: Quantity,
  qStart: number,
  benchmarks: { start: number; end: number; name?: string }[],
): boolean {
  if (pc.cue.metric !== 'benchmark_score' || !pc.cue.benchmark) return false;
  if (!isScore(q) || !isScore(pc.q)) return false;
  // a fraction and a percentage are one test's score only when both are printed the same way
  if (pc.q.value <= 1 !== q.value <= 1 && !q.percent && !pc.q.percent) return false;
  // (the first score's own benchmark may sit between: "0.797 on GPQA Diamond per Epoch; w/o thinking 0.660")
  let link = f.slice(pc.q.end, qStart);
  for (const b of benchmarks) {
    if (b.start < pc.q.end || b.end > qStart) continue;
    if (b.name !== pc.cue.benchmark) return false;
    link = link.slice(0, b.start - pc.q.end) + ' '.repeat(b.end - b.start) + link.slice(b.end - pc.q.end);
  }
  if (link.length > 70) return false;
  // "...; without, 60.4%", "...; w/o thinking 0.660": the other setting after a semicolon
  if (link.includes(';')) return SETTING_AFTER_SEMI.test(link);
  // a conjunction must join them (a bare comma list is left to the list rules)
  if (!/\b(?:but|and|while|whereas|yet|versus|vs\.?|against|compared)\b/.test(link)) return false;
  // the second figure must close its phrase: "34.4 at 120k", "60.4 without", "70.3% with ..."
  const tail = f.slice(q.end, q.end + 16);
  if (/^\s*(?:points?|pts|pp|percentage|x\b|times|fold|of\s+(?:the\s+)?(?:gap|difference))/.test(tail))
    return false;
  return LINK.test(link);
}
