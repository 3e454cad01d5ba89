import type { Fact } from '../factbase/schema';

/**
 * Leaderboards are re-fit over time (gpt-4o-2024-05-13: 1285 in Apr-2025, 1302 in Aug-2025), so a
 * claim is judged against the snapshot its article could have seen.
 *
 * Rule: the latest asOf ≤ pageDate; with no page date, the latest; when the article predates every
 * snapshot, the earliest one (the closest in time, e.g. the released Maverick's first rating).
 */
export function pickSnapshotDate(dates: string[], pageDate?: string): string | undefined {
  if (!dates.length) return undefined;
  const sorted = [...new Set(dates)].sort();
  if (!pageDate) return sorted[sorted.length - 1];
  const before = sorted.filter((d) => d <= pageDate || d.startsWith(pageDate));
  return before.length ? before[before.length - 1] : sorted[0];
}

/** Metrics whose facts are leaderboard snapshots of one quantity over time. */
export const SNAPSHOT_METRICS = new Set(['arena_elo', 'benchmark_score']);

export interface SnapshotSplit {
  current: Fact[];
  older: Fact[];
  newer: Fact[];
}

/** Splits facts of one series (same model, metric, benchmark, setting, provenance) around the picked snapshot. */
export function splitSeries(series: Fact[], pageDate?: string): SnapshotSplit {
  const date = pickSnapshotDate(
    series.map((f) => f.asOf),
    pageDate,
  );
  const out: SnapshotSplit = { current: [], older: [], newer: [] };
  for (const f of series) {
    if (f.asOf === date) out.current.push(f);
    else if (date && f.asOf < date) out.older.push(f);
    else out.newer.push(f);
  }
  return out;
}

export function seriesKey(f: Fact): string {
  const bench = f.metric === 'arena_elo' ? 'lmarena' : (f.benchmark ?? '').toLowerCase();
  return [f.modelId, f.metric, bench, normSetting(f.setting), f.provenance].join('|');
}

export function normSetting(s: string | undefined): string {
  return (s ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Splits facts into current / older snapshots per series. Metrics that are not leaderboards
 * (parameters, dates) have no snapshots: all their facts are current.
 */
export function splitBySnapshot(facts: Fact[], pageDate?: string): SnapshotSplit {
  const out: SnapshotSplit = { current: [], older: [], newer: [] };
  const series = new Map<string, Fact[]>();
  for (const f of facts) {
    if (!SNAPSHOT_METRICS.has(f.metric)) {
      out.current.push(f);
      continue;
    }
    const k = seriesKey(f);
    series.set(k, [...(series.get(k) ?? []), f]);
  }
  for (const s of series.values()) {
    const r = splitSeries(s, pageDate);
    out.current.push(...r.current);
    out.older.push(...r.older);
    out.newer.push(...r.newer);
  }
  return out;
}
