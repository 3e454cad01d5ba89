import type { Claim } from '../claims/types';
import type { Fact, Source } from '../factbase/schema';
import type { FactSlice, FactStore } from '../factbase/store';
import { claimReviewFor } from './claim-review';
import { judgeComparison } from './compare';
import { explain } from './explain';
import { judgeFamilyClaim, judgeModelClaim, resolveTarget, type JudgeOptions } from './judge';
import type { Outcome } from './outcome';
import { SliceIndex } from './slice-index';
import type { VerdictResult } from './types';

export type { JudgeOptions } from './judge';
export { SliceIndex } from './slice-index';
export { claimReviewFor, toClaimReviewJsonLd } from './claim-review';

/** Decides which rule applies (comparison, one model, a whole family) and returns the Outcome. */
function decide(claim: Claim, idx: SliceIndex, opts: JudgeOptions): Outcome {
  const { target, settingHint } = resolveTarget(claim, idx);
  const empty: Outcome = {
    verdict: 'unverified',
    claim,
    target,
    matched: [],
    reference: [],
    disputing: [],
    context: [],
  };
  if (claim.metric === 'comparison' || (claim.value === null && claim.comparison)) {
    return target ? judgeComparison(claim, idx, target, opts) : empty;
  }
  if (target) return judgeModelClaim(claim, idx, target, opts, settingHint);
  const members = idx.familyMembers(claim.model.id, claim.model.name);
  return members.length ? judgeFamilyClaim(claim, idx, members, opts) : empty;
}

function placeholderSource(f: Fact): Source {
  return { id: f.sourceId, title: f.sourceId, publisher: 'unknown', date: f.asOf, licence: 'unknown' };
}

function toResult(o: Outcome, idx: SliceIndex): VerdictResult {
  const used = [...o.matched, ...o.reference, ...o.disputing, ...o.context];
  if (o.comparison) used.push(o.comparison.subject.fact, ...o.comparison.others.map((x) => x.fact));
  const facts = [...new Map(used.map((f) => [f.id, f])).values()];
  // Expected values: what the sources say, each with its provenance (vendor / independent / database).
  const expectedFacts = [
    ...new Map([...o.reference, ...o.matched, ...o.disputing, ...o.context].map((f) => [f.id, f])).values(),
  ];
  return {
    claimId: o.claim.id,
    verdict: o.verdict,
    expected: expectedFacts.map((f) => {
      const m = idx.model(f.modelId);
      return {
        value: f.value,
        low: f.low,
        high: f.high,
        valueText: f.valueText,
        unit: f.unit,
        modelId: f.modelId,
        modelName: m?.name ?? f.modelId,
        variant: m?.variantLabel,
        benchmark: f.metric === 'arena_elo' ? (f.benchmark ?? 'LMArena') : f.benchmark,
        setting: f.setting,
        asOf: f.asOf,
        provenance: f.provenance,
      };
    }),
    facts: facts.map((fact) => ({ fact, source: idx.source(fact.sourceId) ?? placeholderSource(fact) })),
    explanation: explain(o, idx),
    benchmarkUsed: o.comparison ? `${o.comparison.benchmark} (${o.comparison.asOf})` : undefined,
    claimReview: claimReviewFor(o.verdict),
  };
}

/** Judges one claim against a slice of the fact base (pure; runs in Node and the browser). */
export function judgeClaim(
  claim: Claim,
  slice: FactSlice | SliceIndex,
  opts: JudgeOptions = {},
): VerdictResult {
  const idx = slice instanceof SliceIndex ? slice : new SliceIndex(slice);
  return toResult(decide(claim, idx, opts), idx);
}

/** Judges a page of claims with one store read (`sliceFor`). */
export async function judgeClaims(
  claims: Claim[],
  store: FactStore,
  opts: JudgeOptions = {},
): Promise<VerdictResult[]> {
  if (!claims.length) return [];
  const idx = new SliceIndex(await store.sliceFor(claims));
  return claims.map((c) => toResult(decide(c, idx, opts), idx));
}
