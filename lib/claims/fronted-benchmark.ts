/**
 * "On GPQA Diamond, a set of 198 graduate-level questions, Epoch found X scoring 0.670, Y 0.565 and
 * Z 0.489": a benchmark fronted as the sentence's opening adverbial ("On B,", "In B (5-shot),") scopes
 * every score of the sentence, however many other figures (counts, a human baseline) stand between.
 * Only for a score-shaped figure that follows a model name inside the same clause, so the baseline
 * in the appositive ("experts answer about 65% of the time") is not read as a model's score.
 */
const FRONT = /^[\s"'“‘(]*(?:(?:and|but|so|yet)\s+)?(?:on|in|for|across|with)\s+(?:the\s+)?$/;
// ("On the Aider Polyglot coding leaderboard,": the benchmark's own head noun may close the phrase)
const CLOSE =
  /^\s*(?:(?:[a-z-]+\s+)?(?:leaderboard|benchmark|test|eval|evaluation|suite|exam)\s*)?(?:\([^()]{0,40}\)\s*)?,/;

export function frontedBenchmark(
  f: string,
  sentStart: number,
  bench: { start: number; end: number },
  qStart: number,
  q: { percent: boolean; decimals: number; value: number; scale?: string | null },
): boolean {
  if (!(q.percent || q.decimals > 0) || q.value > 100 || q.scale) return false;
  if (!FRONT.test(f.slice(sentStart, bench.start)) || !CLOSE.test(f.slice(bench.end, bench.end + 44)))
    return false;
  const gap = f.slice(bench.end, qStart);
  if (gap.includes(';')) return false;
  // (names are masked to x's: a model named before the figure, and no other score in between)
  const lastName = gap.lastIndexOf('xxx');
  return lastName >= 0 && !/\d\s*%|\d\.\d/.test(gap.slice(lastName));
}
