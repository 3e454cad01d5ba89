import type { Claim } from '../claims/types';
import type { Fact, Model } from '../factbase/schema';
import type { Verdict } from './types';

/**
 * What a rule decided and why, before it becomes a sentence and a VerdictResult. Kept separate so
 * judge.ts, compare.ts and explain.ts agree on one shape.
 */
export interface Outcome {
  verdict: Verdict;
  claim: Claim;
  /** The model the text is about (the most specific one it names). */
  target?: Model;
  /** Facts the claim's number matched (own fact, older snapshot, or another variant's). */
  matched: Fact[];
  /** The target's own facts in the picked snapshot: what the claim should have said. */
  reference: Fact[];
  /** Independent facts that contradict a vendor claim. */
  disputing: Fact[];
  /** Context shown but not deciding (e.g. an unreleased family member's figure). */
  context: Fact[];
  /** Why it is misleading: another variant, or another setting of the same model. */
  misleadingKind?: 'variant' | 'setting';
  /** The claim is a measured effective length, judged only against measured ones. */
  effectiveLength?: boolean;
  /** Family claims: which members the claim holds for. */
  familyHolds?: Model[];
  familyFails?: Model[];
  /** Comparison claims. */
  comparison?: ComparisonDetail;
}

export interface ComparisonDetail {
  benchmark: string;
  asOf: string;
  sourceId: string;
  subject: { model: Model; fact: Fact };
  others: { model: Model; fact: Fact; holds: boolean }[];
  /** Other benchmarks both models share in one snapshot, and how many agree with the claim. */
  alsoShared: { benchmark: string; holds: boolean }[];
}
