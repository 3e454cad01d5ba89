import { parseCsvObjects } from './lib/csv';
import { FactSink, num } from './lib/facts';
import type { ModelRegistry } from './lib/registry';

/** `+13/-12` → { plus: 13, minus: 12 }. */
export function parseCi(ci: string): { plus: number; minus: number } | undefined {
  const m = /^\s*\+?(\d+(?:\.\d+)?)\s*\/\s*-(\d+(?:\.\d+)?)\s*$/.exec(ci ?? '');
  return m ? { plus: Number(m[1]), minus: Number(m[2]) } : undefined;
}

/**
 * One fboulnois/llm-leaderboard-csv snapshot (MPL-2.0; primary LMArena copy) → one arena_elo
 * fact per row, asOf = snapshot date. The CI becomes low/high; rank, style-control rank and
 * votes go to `extra` (LMArena's rank is CI-based; several models can share one).
 */
export function importLmarenaCsv(
  csv: string,
  sourceId: string,
  date: string,
  reg: ModelRegistry,
  sink: FactSink,
): number {
  const rows = parseCsvObjects(csv);
  for (const r of rows) {
    const name = r['model'];
    const score = num(r['arena_score']);
    if (!name || score === undefined) continue;
    const res = reg.resolve(name, sourceId, {
      createIfMissing: true,
      create: { vendor: r['organization'] || undefined },
    })!;
    const ci = parseCi(r['95_pct_ci']);
    const extra: Record<string, string | number> = { displayName: name };
    const rank = num(r['rank']);
    const rankSc = num(r['rank_stylectrl']);
    const votes = num(r['votes']);
    if (rank !== undefined) extra.rank = rank;
    if (rankSc !== undefined) extra.rankStyleControl = rankSc;
    if (votes !== undefined) extra.votes = votes;
    if (r['95_pct_ci']) extra.ci = r['95_pct_ci'];
    if (r['license']) extra.license = r['license'];
    if (r['knowledge_cutoff'] && !/unknown/i.test(r['knowledge_cutoff']))
      extra.knowledgeCutoff = r['knowledge_cutoff'];
    Object.assign(extra, res.extra);
    sink.add({
      modelId: res.model.id,
      metric: 'arena_elo',
      benchmark: 'LMArena',
      setting: res.setting,
      value: score,
      low: ci ? score - ci.minus : undefined,
      high: ci ? score + ci.plus : undefined,
      unit: 'elo',
      asOf: date,
      provenance: 'independent',
      sourceId,
      extra,
    });
  }
  return rows.length;
}
