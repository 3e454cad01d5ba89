import type { Claim } from '../claims/types';
import type { Metric } from '../factbase/metrics';
import type { Fact, Model } from '../factbase/schema';
import type { Outcome } from './outcome';
import { normSetting, splitBySnapshot } from './pick-snapshot';
import { isVersionChild, type SliceIndex } from './slice-index';
import {
  claimInterval,
  closeBand,
  compareDates,
  contains,
  relativeDistance,
  type Interval,
} from './tolerance';
import { factValueInClaimScale } from './units';

export interface JudgeOptions {
  /** The article's publication date (YYYY-MM-DD): picks the leaderboard snapshot. */
  pageDate?: string;
}

/** Architecture facts a dated version or checkpoint shares with its parent unless it has its own. */
const INHERITED_METRICS = new Set<Metric>([
  'total_params',
  'active_params',
  'experts',
  'context_window',
  'license',
]);

/** Benchmarks that measure how much of a long context a model really uses. */
export const LONG_CONTEXT_BENCHMARKS = [
  'fiction.livebench',
  'nolima',
  'ruler',
  'longbench',
  'helmet',
  'michelangelo',
];

/** Settings that change what a number means: style control, thinking modes, the pretrained base. */
export function isModeSetting(s: string | undefined): boolean {
  const n = normSetting(s);
  if (!n) return false;
  if (/\b(no|non|without)\s?thinking\b/.test(n)) return false;
  return /style|thinking|reasoning|pretrain|\bbase\b/.test(n);
}

type SettingClass = 'match' | 'neutral' | 'other';
function settingClass(claimSetting: string | undefined, factSetting: string | undefined): SettingClass {
  const cs = normSetting(claimSetting);
  const fs = normSetting(factSetting);
  if (cs && fs && (fs.includes(cs) || cs.includes(fs))) return 'match';
  if (cs && isModeSetting(cs)) return 'other';
  if (isModeSetting(fs)) return 'other';
  return 'neutral';
}

/** Internal probe value: every benchmark (comparisons and long-context checks read them all). */
export const ANY_BENCHMARK = '\u0000any';

/** Does the fact speak about the same quantity (metric and benchmark) as the claim? */
export function benchmarkCompatible(
  claim: Pick<Claim, 'metric' | 'benchmark'>,
  f: Fact,
  metric: Metric = claim.metric,
): boolean {
  if (f.metric !== metric) return false;
  if (claim.benchmark === ANY_BENCHMARK) return true;
  if (metric === 'arena_elo')
    return (
      !f.benchmark ||
      !claim.benchmark ||
      sameBench(f.benchmark, claim.benchmark) ||
      /arena/i.test(f.benchmark)
    );
  // A score without a benchmark name cannot be checked: any coincidental number would "match".
  if (metric === 'benchmark_score')
    return !!claim.benchmark && !!f.benchmark && sameBench(f.benchmark, claim.benchmark);
  return !claim.benchmark || !f.benchmark || sameBench(f.benchmark, claim.benchmark);
}
export const sameBench = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Licence names compare without spacing, ".0" or the words licence/agreement: "Apache2" ≡ "Apache 2.0 License". */
export function normText(t: string): string {
  return t
    .toLowerCase()
    .replace(/\.0\b/g, '')
    .replace(/\b(licen[cs]e|agreement|the)\b/g, '')
    .replace(/[^a-z0-9]+/g, '');
}

const LICENCE_STOPWORDS = new Set([
  'license',
  'licence',
  'agreement',
  'the',
  'model',
  'weights',
  'code',
  'version',
]);
/** Significant words of a licence name ("DeepSeek Model License" → ["deepseek"]). */
export function textTokens(t: string): string[] {
  return t
    .toLowerCase()
    .replace(/\.0\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !LICENCE_STOPWORDS.has(w));
}

/**
 * Order for citing matched facts: the model's own developer first (it is what articles quote), then
 * independent measurements, then databases; within a rank, a source published by the vendor first.
 */
export function citeOrder(idx: SliceIndex): (a: Fact, b: Fact) => number {
  const rank = (f: Fact) => {
    const base = f.provenance === 'vendor' ? 0 : f.provenance === 'independent' ? 2 : 4;
    const vendor = idx.model(f.modelId)?.vendor;
    const pub = idx.source(f.sourceId)?.publisher;
    return base + (vendor && pub && pub.toLowerCase().startsWith(vendor.toLowerCase()) ? 0 : 1);
  };
  return (a, b) => rank(a) - rank(b);
}

export type MatchResult = { kind: 'match' | 'close' | 'no'; distance: number };

/** Compares one fact with the claim (numbers through units + tolerance; dates and licences as text). */
export function matchFact(claim: Claim, iv: Interval | undefined, f: Fact): MatchResult {
  if (claim.metric === 'release_date' || (claim.value === null && claim.valueText && f.valueText)) {
    if (!claim.valueText || !f.valueText) return { kind: 'no', distance: Infinity };
    if (claim.metric === 'release_date') {
      const r = compareDates(claim.valueText, f.valueText);
      return { kind: r, distance: r === 'match' ? 0 : r === 'close' ? 0.01 : Infinity };
    }
    const a = normText(claim.valueText);
    const b = normText(f.valueText);
    const words = (t: string) => new Set(textTokens(t));
    const fw = words(f.valueText);
    const cw = [...words(claim.valueText)];
    const subset = cw.length > 0 && cw.every((w) => fw.has(w));
    return a && b && (a.includes(b) || b.includes(a) || subset)
      ? { kind: 'match', distance: 0 }
      : { kind: 'no', distance: Infinity };
  }
  if (claim.value === null || !iv) return { kind: 'no', distance: Infinity };
  const candidates: number[] = [];
  const v = factValueInClaimScale(f.value, f.unit, claim.value, claim.unit);
  if (v !== undefined) candidates.push(v);
  // A fact given only as a range: any point of it may match.
  if (f.value === undefined && f.low !== undefined && f.high !== undefined) {
    const lo = factValueInClaimScale(f.low, f.unit, claim.value, claim.unit)!;
    const hi = factValueInClaimScale(f.high, f.unit, claim.value, claim.unit)!;
    candidates.push(Math.min(Math.max(claim.value, lo), hi));
  }
  let best = Infinity;
  for (const x of candidates) best = Math.min(best, relativeDistance(iv, x, claim.value));
  if (best === 0) return { kind: 'match', distance: 0 };
  if (best <= closeBand(claim.metric)) return { kind: 'close', distance: best };
  return { kind: 'no', distance: best };
}

/** The value of a fact in the claim's scale (for dispute thresholds and comparisons). */
export function scaled(claim: Claim, f: Fact): number | undefined {
  return claim.value === null ? f.value : factValueInClaimScale(f.value, f.unit, claim.value, claim.unit);
}

/** Resolves the model the claim is about: a variant the text names beats its parent. */
export function resolveTarget(claim: Claim, idx: SliceIndex): { target?: Model; settingHint?: string } {
  const m = idx.model(claim.model.id);
  if (!m) return {};
  if (!claim.variant) return { target: m };
  const want = normSetting(claim.variant);
  const variant = idx
    .descendants(m.id)
    .find(
      (d) =>
        normSetting(d.variantLabel) === want ||
        normSetting(d.name).endsWith(want) ||
        normSetting(d.id).endsWith(want),
    );
  if (variant) return { target: variant };
  if (m.variantLabel && normSetting(m.variantLabel) === want) return { target: m };
  // "Instruct", "FP8", "pretrained": not a model of its own, a setting of the facts.
  return { target: m, settingHint: claim.variant };
}

/** Dated versions of a model, and their dated versions (gpt-4o → chatgpt-4o-latest → chatgpt-4o-latest-2025-03-26). */
export function versionDescendants(idx: SliceIndex, m: Model): Model[] {
  const out: Model[] = [];
  const stack = idx.children(m.id).filter(isVersionChild);
  while (stack.length) {
    const c = stack.pop()!;
    out.push(c);
    stack.push(...idx.children(c.id).filter(isVersionChild));
  }
  return out;
}

interface FactPools {
  own: Fact[];
  other: Fact[];
}

/** The target's own facts for the claim (falling back to versions, then the parent for architecture), and every other variant's. */
export function factPools(
  claim: Claim,
  idx: SliceIndex,
  target: Model,
  metric: Metric = claim.metric,
): FactPools {
  const compat = (m: Model) => idx.facts(m.id, metric).filter((f) => benchmarkCompatible(claim, f, metric));
  let own = idx.flavourGroup(target).flatMap(compat);
  if (!own.length) own = versionDescendants(idx, target).flatMap(compat);
  if (!own.length && INHERITED_METRICS.has(metric) && target.parent) {
    const parent = idx.model(target.parent);
    if (parent) own = compat(parent);
  }
  const ownIds = new Set(own.map((f) => f.id));
  const other = idx
    .tree(target.id)
    .filter((m) => m.id !== target.id)
    .flatMap(compat)
    .filter((f) => !ownIds.has(f.id));
  return { own, other };
}

/** Judges a numeric/text claim about one model. */
export function judgeModelClaim(
  claim: Claim,
  idx: SliceIndex,
  target: Model,
  opts: JudgeOptions,
  settingHint?: string,
): Outcome {
  const base: Outcome = {
    verdict: 'unverified',
    claim,
    target,
    matched: [],
    reference: [],
    disputing: [],
    context: [],
  };
  const { own, other } = factPools(claim, idx, target);
  if (!own.length && !other.length) return base;

  // A mode variant (thinking) is judged in its own setting: its facts' "64K thinking" is not "another setting".
  const claimSetting =
    claim.setting ??
    settingHint ??
    (target.parent && !isVersionChild(target) ? target.variantLabel : undefined);
  const classes = own.map((f) => settingClass(claimSetting, f.setting));
  const hasMatch = classes.includes('match');
  const wantMode = isModeSetting(claimSetting);
  const primary = own.filter((_, i) =>
    wantMode && hasMatch ? classes[i] === 'match' : classes[i] !== 'other',
  );
  const otherSetting = own.filter((f) => !primary.includes(f));

  const iv = claim.value !== null ? claimInterval(claim) : undefined;
  const split = splitBySnapshot(primary, opts.pageDate);
  const m = (f: Fact) => matchFact(claim, iv, f);
  base.reference = split.current.length ? split.current : split.newer;

  // An effective (measured, usable) length is another quantity than the advertised window: it is
  // judged only against measured effective lengths, and with none that match it is unverified,
  // never "contradicted" by the spec sheet's window.
  if (claim.metric === 'context_window' && /effective/i.test(claimSetting ?? '')) {
    const eff = own.filter((f) => /effective/i.test(f.setting ?? ''));
    const hit = eff.filter((f) => m(f).kind === 'match').sort(citeOrder(idx));
    if (hit.length) return { ...base, verdict: 'supported', matched: hit, reference: eff };
    return { ...base, verdict: 'unverified', reference: eff.slice(0, 3), effectiveLength: true };
  }

  const current = split.current.filter((f) => m(f).kind === 'match').sort(citeOrder(idx));
  if (current.length) return checkDispute({ ...base, verdict: 'supported', matched: current }, idx, iv);

  const older = split.older.filter((f) => m(f).kind === 'match');
  if (older.length && split.current.length) return { ...base, verdict: 'outdated', matched: older };

  const newer = split.newer.filter((f) => m(f).kind === 'match');
  if (newer.length && !split.current.length)
    return checkDispute({ ...base, verdict: 'supported', matched: newer }, idx, iv);

  const otherVariant = other.filter((f) => m(f).kind === 'match');
  const otherSet = otherSetting.filter((f) => m(f).kind === 'match');
  if (otherVariant.length || otherSet.length) {
    const pool = otherSet.length ? otherSet : otherVariant;
    return {
      ...base,
      verdict: 'misleading',
      matched: [closestInTime(pool, opts.pageDate)],
      misleadingKind: otherSet.length ? 'setting' : 'variant',
    };
  }

  const order = citeOrder(idx);
  const close = split.current
    .filter((f) => m(f).kind === 'close')
    .sort((a, b) => m(a).distance - m(b).distance || order(a, b));
  if (close.length) return { ...base, verdict: 'close', matched: [close[0]] };

  if (!primary.length && !otherSetting.length) {
    // Only other variants have this metric: the claim names one they don't back.
    return { ...base, verdict: 'contradicted', reference: [], context: other.slice(0, 3) };
  }
  // Nothing in the picked snapshot to quote: show what other settings/variants say instead.
  if (!base.reference.length) {
    return { ...base, verdict: 'contradicted', context: [...otherSetting, ...other].slice(0, 3) };
  }
  return { ...base, verdict: 'contradicted' };
}

function closestInTime(facts: Fact[], pageDate?: string): Fact {
  const sorted = [...facts].sort((a, b) => a.asOf.localeCompare(b.asOf));
  if (!pageDate) return sorted[sorted.length - 1];
  const before = sorted.filter((f) => f.asOf <= pageDate);
  return before.length ? before[before.length - 1] : sorted[0];
}

/** Relative gap by which an independent score must undercut a vendor's for a `disputed` verdict. */
export const BENCHMARK_DISPUTE_GAP = 0.075;
/** A claimed context at least this many times longer than anything independently tested, where scores are poor. */
export const CONTEXT_DISPUTE_FACTOR = 4;
export const CONTEXT_DISPUTE_SCORE = 50;

/**
 * Turns `supported` into `disputed` when the claim rests only on vendor (or vendor-quoting) figures
 * and independent measurement contradicts them:
 *  1. a matched fact lists `disagreesWith` facts that are independent and do not match the claim;
 *  2. context windows: the claim is ≥ 4× the longest independently tested length and the score there
 *     is below 50% (Fiction.LiveBench: Scout 27.3% at 120k against a claimed 10M);
 *  3. benchmark scores: an independent run of the same benchmark on the same model is more than
 *     7.5% lower (Scout GPQA Diamond: Meta 57.2, Epoch 51.8).
 */
function checkDispute(o: Outcome, idx: SliceIndex, iv: Interval | undefined): Outcome {
  if (o.matched.some((f) => f.provenance === 'independent') || !o.target || o.claim.value === null || !iv)
    return o;
  const claim = o.claim;
  const disputing: Fact[] = [];

  // How far below the claim an independent figure must sit to dispute it: harness differences on
  // benchmarks (HELM's 5-shot 84.3 vs OpenAI's 88.7 MMLU) stay under 7.5% and are not disputes.
  const gap = claim.metric === 'benchmark_score' ? BENCHMARK_DISPUTE_GAP : closeBand(claim.metric);
  const undercuts = (d: Fact) => {
    const x = scaled(claim, d);
    return x !== undefined && x < iv.low && (iv.low - x) / Math.abs(claim.value || 1) > gap;
  };
  for (const f of o.matched) {
    for (const id of f.disagreesWith ?? []) {
      const d = idx.fact(id);
      if (d && d.provenance === 'independent' && (claim.metric === 'context_window' || undercuts(d)))
        disputing.push(d);
    }
  }

  if (claim.metric === 'context_window') {
    const longCtx = factPools(
      { ...claim, metric: 'benchmark_score', benchmark: ANY_BENCHMARK },
      idx,
      o.target,
      'benchmark_score',
    ).own.filter(
      (f) =>
        f.provenance === 'independent' && LONG_CONTEXT_BENCHMARKS.includes((f.benchmark ?? '').toLowerCase()),
    );
    const withLen = longCtx
      .map((f) => ({ f, len: testedLength(f) }))
      .filter((x): x is { f: Fact; len: number } => x.len !== undefined);
    if (withLen.length) {
      const maxLen = Math.max(...withLen.map((x) => x.len));
      const atMax = withLen.filter((x) => x.len === maxLen).map((x) => x.f);
      const pct = (f: Fact) => (f.value ?? 100) * (f.unit === 'fraction' ? 100 : 1);
      const poor = atMax.filter((f) => pct(f) < CONTEXT_DISPUTE_SCORE);
      if ((claim.value ?? 0) >= CONTEXT_DISPUTE_FACTOR * maxLen && poor.length) disputing.push(...poor);
    }
  }

  if (claim.metric === 'benchmark_score') {
    // Only runs on the same model (version) as the vendor figure: other versions score differently.
    const matchedModels = new Set(o.matched.map((f) => f.modelId));
    // Runs in another setting (the pretrained base, a thinking mode) measure something else.
    const modeOk = o.matched.some((f) => isModeSetting(f.setting));
    const independent = factPools(claim, idx, o.target).own.filter(
      (f) =>
        f.provenance === 'independent' &&
        matchedModels.has(f.modelId) &&
        (modeOk || !isModeSetting(f.setting)),
    );
    for (const f of independent) if (undercuts(f)) disputing.push(f);
    // Independent runs that differ but do not dispute are still shown next to the vendor figure.
    const differing = independent.filter((f) => !undercuts(f) && matchFact(claim, iv, f).kind !== 'match');
    o = { ...o, context: [...o.context, ...differing] };
  }

  const unique = [...new Map(disputing.map((f) => [f.id, f])).values()];
  return unique.length ? { ...o, verdict: 'disputed', disputing: unique } : o;
}

/** The context length a long-context result was measured at ("120k", "120k tokens", or `extra.contextLength`). */
export function testedLength(f: Fact): number | undefined {
  const extra = f.extra?.contextLength ?? f.extra?.context_length ?? f.extra?.length;
  if (typeof extra === 'number') return extra;
  const text = `${f.setting ?? ''} ${typeof extra === 'string' ? extra : ''}`;
  // "120k tokens, 8K thinking budget": the length is the number before "tokens".
  const t = /(\d+(?:\.\d+)?)\s*([km])?\s*tokens/i.exec(text) ?? /(\d+(?:\.\d+)?)\s*([km])\b/i.exec(text);
  if (t) return Number(t[1]) * (t[2] ? (t[2].toLowerCase() === 'k' ? 1e3 : 1e6) : 1);
  const plain = /(\d{4,})/.exec(text.replace(/,/g, ''));
  return plain ? Number(plain[1]) : undefined;
}

/**
 * A claim about a whole family ("Llama 4 was trained on…"): it holds when every released member with a
 * figure agrees; facts about unreleased members alone (Behemoth's 32,000 chips) do not verify it.
 */
export function judgeFamilyClaim(
  claim: Claim,
  idx: SliceIndex,
  members: Model[],
  opts: JudgeOptions,
): Outcome {
  const base: Outcome = {
    verdict: 'unverified',
    claim,
    matched: [],
    reference: [],
    disputing: [],
    context: [],
  };
  const results = members.map((m) => ({ m, o: judgeModelClaim(claim, idx, m, opts) }));
  const released = results.filter((r) => r.m.status === 'released' && r.o.verdict !== 'unverified');
  if (!released.length) {
    return { ...base, context: results.flatMap((r) => [...r.o.reference, ...r.o.matched]).slice(0, 3) };
  }
  const holds = released.filter((r) => r.o.verdict === 'supported' || r.o.verdict === 'disputed');
  const fails = released.filter((r) => !holds.includes(r));
  const all = (k: keyof Pick<Outcome, 'matched' | 'reference' | 'disputing'>) =>
    released.flatMap((r) => r.o[k]);
  const out: Outcome = {
    ...base,
    matched: all('matched'),
    reference: all('reference'),
    disputing: all('disputing'),
    familyHolds: holds.map((r) => r.m),
    familyFails: fails.map((r) => r.m),
  };
  if (!fails.length)
    return { ...out, verdict: holds.some((r) => r.o.verdict === 'disputed') ? 'disputed' : 'supported' };
  if (holds.length) return { ...out, verdict: 'misleading', misleadingKind: 'variant' };
  const verdicts = fails.map((r) => r.o.verdict);
  if (verdicts.every((v) => v === 'close' || v === 'outdated')) return { ...out, verdict: verdicts[0] };
  return { ...out, verdict: 'contradicted' };
}

export function withinClaim(claim: Claim, f: Fact): boolean {
  const iv = claim.value !== null ? claimInterval(claim) : undefined;
  return iv ? contains(iv, scaled(claim, f) ?? NaN) : false;
}
