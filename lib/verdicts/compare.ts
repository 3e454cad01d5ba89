import type { Claim } from '../claims/types';
import type { Fact, Model } from '../factbase/schema';
import { ANY_BENCHMARK, factPools, isModeSetting, type JudgeOptions } from './judge';
import type { ComparisonDetail, Outcome } from './outcome';
import { pickSnapshotDate } from './pick-snapshot';
import type { SliceIndex } from './slice-index';
import { unitInfo } from './units';

/**
 * "Maverick beats GPT-4o": both models' scores on one benchmark, from the same source and snapshot
 * (LMArena re-fits its scale between snapshots, and vendors' harnesses differ, so nothing else is
 * comparable). An unqualified name ("GPT-4o") stands for its best dated version in that snapshot.
 */

type Direction = 'beats' | 'trails' | 'matches';

/** Relative gap within which two scores "match". */
export const MATCH_BAND = 0.01;

interface Score {
  bench: string;
  asOf: string;
  sourceId: string;
  fact: Fact;
  value: number;
}

const benchName = (f: Fact) => (f.metric === 'arena_elo' ? 'LMArena' : (f.benchmark ?? ''));
/**
 * Comparable scores share a benchmark and a source; LMArena scores must also share the snapshot date
 * (the scale is re-fit each time), while a harness run (Epoch, Aider) stays comparable across dates.
 */
const snapKey = (s: Pick<Score, 'bench' | 'asOf' | 'sourceId'>) =>
  `${s.bench.toLowerCase()}|${s.sourceId}|${s.bench === 'LMArena' ? s.asOf : ''}`;

/** Best score per (benchmark, snapshot, source) among the given facts. */
function scoreMap(facts: Fact[], claimSetting?: string): Map<string, Score> {
  const out = new Map<string, Score>();
  for (const f of facts) {
    if (f.value === undefined) continue;
    if (!claimSetting && isModeSetting(f.setting)) continue;
    const s: Score = {
      bench: benchName(f),
      asOf: f.asOf,
      sourceId: f.sourceId,
      fact: f,
      value: f.value * unitInfo(f.unit).factor,
    };
    const k = snapKey(s);
    const prev = out.get(k);
    if (!prev || s.value > prev.value) out.set(k, s);
  }
  return out;
}

function scoresOf(
  claim: Claim,
  idx: SliceIndex,
  m: Model,
): { own: Map<string, Score>; variants: Map<string, Map<string, Score>> } {
  const probe: Claim = { ...claim, benchmark: ANY_BENCHMARK };
  const arena = factPools(probe, idx, m, 'arena_elo');
  const bench = factPools(probe, idx, m, 'benchmark_score');
  const own = scoreMap([...arena.own, ...bench.own], claim.setting);
  const variants = new Map<string, Map<string, Score>>();
  for (const f of [...arena.other, ...bench.other]) {
    const list = variants.get(f.modelId) ?? new Map<string, Score>();
    for (const [k, s] of scoreMap([f], claim.setting)) list.set(k, s);
    variants.set(f.modelId, list);
  }
  return { own, variants };
}

function holds(direction: Direction, s: number, o: number): boolean {
  if (direction === 'beats') return s > o;
  if (direction === 'trails') return s < o;
  return Math.abs(s - o) <= Math.max(Math.abs(o), Math.abs(s)) * MATCH_BAND;
}

/** Keys shared by the subject and every other model, grouped by benchmark. */
function sharedByBench(subject: Map<string, Score>, others: Map<string, Score>[]): Map<string, Score[]> {
  const out = new Map<string, Score[]>();
  for (const [k, s] of subject) {
    if (!others.every((o) => o.has(k))) continue;
    const b = s.bench.toLowerCase();
    out.set(b, [...(out.get(b) ?? []), s]);
  }
  return out;
}

function chooseBench(shared: Map<string, Score[]>, named?: string): string | undefined {
  if (named) return shared.has(named.toLowerCase()) ? named.toLowerCase() : undefined;
  if (shared.has('lmarena')) return 'lmarena';
  const ranked = [...shared.entries()].sort((a, b) => {
    const ai = a[1].some((s) => s.fact.provenance === 'independent') ? 0 : 1;
    const bi = b[1].some((s) => s.fact.provenance === 'independent') ? 0 : 1;
    return ai - bi || a[0].localeCompare(b[0]);
  });
  return ranked[0]?.[0];
}

function pickScore(scores: Score[], pageDate?: string): Score {
  const date = pickSnapshotDate(
    scores.map((s) => s.asOf),
    pageDate,
  );
  return scores.find((s) => s.asOf === date) ?? scores[scores.length - 1];
}

export function judgeComparison(claim: Claim, idx: SliceIndex, subject: Model, opts: JudgeOptions): Outcome {
  const base: Outcome = {
    verdict: 'unverified',
    claim,
    target: subject,
    matched: [],
    reference: [],
    disputing: [],
    context: [],
  };
  const direction: Direction = claim.comparison?.direction ?? 'beats';
  const otherModels = (claim.comparison?.others ?? []).map((r) => idx.model(r.id));
  if (!otherModels.length || otherModels.some((m) => !m)) return base;
  const others = otherModels as Model[];
  const named = claim.comparison?.benchmark ?? claim.benchmark;

  const subj = scoresOf(claim, idx, subject);
  const otherScores = others.map((o) => scoresOf(claim, idx, o).own);
  const shared = sharedByBench(subj.own, otherScores);
  const bench = chooseBench(shared, named);

  const detailFor = (s: Score, subjectModel: Model): ComparisonDetail => ({
    benchmark: s.bench,
    asOf: s.asOf,
    sourceId: s.sourceId,
    subject: { model: subjectModel, fact: s.fact },
    others: others.map((m, i) => {
      const o = otherScores[i].get(snapKey(s))!;
      return { model: m, fact: o.fact, holds: holds(direction, s.value, o.value) };
    }),
    alsoShared: [],
  });

  if (bench) {
    const snaps = shared.get(bench)!;
    const chosen = pickScore(snaps, opts.pageDate);
    const detail = detailFor(chosen, subject);
    for (const [b, scores] of shared) {
      if (b === bench) continue;
      const s = pickScore(scores, opts.pageDate);
      const ok = otherScores.every((o) => holds(direction, s.value, o.get(snapKey(s))!.value));
      detail.alsoShared.push({ benchmark: s.bench, holds: ok });
    }
    const facts = [chosen.fact, ...detail.others.map((o) => o.fact)];
    if (detail.others.every((o) => o.holds))
      return { ...base, verdict: 'supported', matched: facts, comparison: detail };

    // Held in an earlier snapshot of the same leaderboard?
    const older = snaps
      .filter((s) => s.asOf < chosen.asOf)
      .sort((a, b) => b.asOf.localeCompare(a.asOf))
      .find((s) => otherScores.every((o) => holds(direction, s.value, o.get(snapKey(s))!.value)));
    if (older) {
      const od = detailFor(older, subject);
      return {
        ...base,
        verdict: 'outdated',
        matched: [older.fact, ...od.others.map((o) => o.fact)],
        reference: facts,
        comparison: detail,
      };
    }
    const mis = variantThatHolds();
    if (mis) return { ...base, ...mis, reference: facts };
    return { ...base, verdict: 'contradicted', reference: facts, comparison: detail };
  }

  const mis = variantThatHolds();
  if (mis) return { ...base, ...mis };
  return base;

  /** True only of another variant of the subject (the experimental Arena checkpoint)? */
  function variantThatHolds(): Partial<Outcome> | undefined {
    for (const [modelId, scores] of subj.variants) {
      const vm = idx.model(modelId);
      if (!vm) continue;
      const vShared = sharedByBench(scores, otherScores);
      const vb = chooseBench(vShared, named);
      if (!vb) continue;
      const s = pickScore(vShared.get(vb)!, opts.pageDate);
      const d = detailFor(s, vm);
      if (d.others.every((o) => o.holds)) {
        return {
          verdict: 'misleading',
          misleadingKind: 'variant',
          matched: [s.fact, ...d.others.map((o) => o.fact)],
          comparison: d,
        };
      }
    }
    return undefined;
  }
}
