/**
 * "Qwen3-32B scores 81.4 and 72.9 on AIME 2024 and AIME 2025, respectively": a list of scores
 * mapped in order onto a list of benchmarks of the same length ("respectively" required).
 * Also the other order: "On MMLU and GPQA it gets 88.7 and 53.1, respectively." Reads the folded
 * text with names masked, so digits inside names ("GPT-4o") are not figures.
 */
import type { Cue } from './metric-cues';
import type { Quantity } from './parse-quantity';

interface Bench {
  start: number;
  end: number;
  name: string;
}

const SEP = /^\s*%?\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$/;
const BENCH_SEP = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$/;
const isScore = (q: Quantity) =>
  !q.scale && !q.currency && q.low === undefined && (q.percent || q.decimals > 0) && q.value <= 100;

/** Runs of items whose gaps all match `sep`. */
function runs<T extends { start: number; end: number }>(f: string, items: T[], sep: RegExp): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  for (const it of items) {
    if (cur.length && sep.test(f.slice(cur[cur.length - 1].end, it.start))) cur.push(it);
    else {
      if (cur.length > 1) out.push(cur);
      cur = [it];
    }
  }
  if (cur.length > 1) out.push(cur);
  return out;
}

export function respectiveScores(
  f: string,
  e: number,
  quantities: Quantity[],
  benchmarks: Bench[],
  arenaName: string,
): Map<Quantity, Cue> | null {
  const benches = benchmarks.filter((b) => b.name !== arenaName);
  if (benches.length < 2) return null;
  const qRuns = runs(f, quantities.filter(isScore), SEP);
  const bRuns = runs(f, benches, BENCH_SEP);
  const out = new Map<Quantity, Cue>();
  for (const qs of qRuns)
    for (const bs of bRuns) {
      if (qs.length !== bs.length || new Set(bs.map((b) => b.name)).size !== bs.length) continue;
      const lastQ = qs[qs.length - 1];
      const lastB = bs[bs.length - 1];
      // scores then benchmarks: "81.4 and 72.9 on A and B, respectively"
      const after =
        bs[0].start > lastQ.end &&
        /^\s*%?\s*(?:points?\s+)?(?:on|in|across|for)\s+(?:the\s+)?$/.test(f.slice(lastQ.end, bs[0].start)) &&
        /^[^.;\d]{0,30}\brespectively\b/.test(f.slice(lastB.end, e));
      // benchmarks then scores: "on A and B it gets 88.7 and 53.1, respectively"
      const before =
        qs[0].start > lastB.end &&
        /^[^.;\d]{0,40}$/.test(f.slice(lastB.end, qs[0].start)) &&
        /^\s*%?\s*,?\s*respectively\b/.test(f.slice(lastQ.end, e));
      if (!after && !before) continue;
      qs.forEach((q, i) =>
        out.set(q, {
          metric: 'benchmark_score',
          unit: q.percent || q.value > 1 ? '%' : undefined,
          quoteEnd: q.end,
          benchmark: bs[i].name,
        }),
      );
    }
  return out.size ? out : null;
}
