import type { Claim } from '../claims/types';
import type { Metric } from '../factbase/metrics';
import type { Fact, Model } from '../factbase/schema';
import type { Outcome } from './outcome';
import type { SliceIndex } from './slice-index';
import { findPrinted } from './tolerance';
import { unitInfo } from './units';

/** One plain sentence per verdict, naming the figure, the model it belongs to, the source and the date. */

const NOUNS: Record<Metric, string> = {
  total_params: 'total parameter count',
  active_params: 'active parameter count',
  experts: 'number of experts',
  context_window: 'context window',
  arena_elo: 'LMArena score',
  benchmark_score: 'score',
  training_tokens: 'training-token count',
  training_compute: 'training compute',
  training_gpus: 'training GPU count',
  training_gpu_hours: 'training GPU-hours',
  release_date: 'release date',
  price: 'price',
  license: 'licence',
  refusal_rate: 'refusal rate',
  downloads: 'download count',
  comparison: 'comparison',
};

export function metricNoun(metric: Metric, benchmark?: string): string {
  if (metric === 'benchmark_score') return benchmark ? `${benchmark} score` : 'benchmark score';
  return NOUNS[metric];
}

function trim(n: number, digits = 4): string {
  return String(Number(n.toPrecision(digits)));
}

/** Human form of a number for a metric: 400B, 10M tokens, 67.0%, 1417, 32,000. */
export function formatValue(value: number, unit: string | undefined, metric: Metric): string {
  const info = unitInfo(unit);
  if (info.dim === 'percent') {
    const v = value * info.factor;
    return unit === 'score' || unit === 'points' ? trim(v, 4) : `${Number(v.toFixed(2))}%`;
  }
  const v = value * info.factor;
  if (metric === 'training_compute') return `${v.toExponential(2).replace('e+', 'e')} FLOP`;
  if (metric === 'arena_elo') return String(Number(v.toFixed(1)));
  const big = (x: number) =>
    x >= 1e12 ? `${trim(x / 1e12)}T` : x >= 1e9 ? `${trim(x / 1e9)}B` : x >= 1e6 ? `${trim(x / 1e6)}M` : null;
  const plain = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
  switch (metric) {
    case 'total_params':
    case 'active_params':
      return big(v) ?? plain(v);
    case 'context_window':
    case 'training_tokens':
      return `${big(v) ?? (v >= 1e3 ? `${trim(v / 1e3)}K` : plain(v))} tokens`;
    case 'training_gpu_hours':
      return `${big(v) ?? plain(v)} GPU-hours`;
    default:
      return plain(v);
  }
}

export function factValueText(f: Fact): string {
  if (f.value === undefined) {
    if (f.low !== undefined && f.high !== undefined)
      return `${formatValue(f.low, f.unit, f.metric)}–${formatValue(f.high, f.unit, f.metric)}`;
    return f.valueText ?? '?';
  }
  return formatValue(f.value, f.unit, f.metric);
}

/** The number as the article printed it ("1417", "402B", "10M"). */
export function claimNumberText(claim: Claim): string {
  if (claim.value === null) return claim.valueText ?? claim.quote;
  const printed = findPrinted(claim.quote, claim.value);
  // "15 cents per million" parsed to 0.15: the bare "15" would read as fifteen dollars
  if (printed && claim.metric === 'price' && /\bcents?\b|¢/i.test(claim.quote))
    return `${printed.text} cents`.replace(/\s*(?:cents?|¢)\s+cents$/i, ' cents');
  // "under 2%": keep the percent sign the text printed, so the number reads as the claim did
  if (printed && !printed.text.endsWith('%') && claim.quote.includes(`${printed.text}%`))
    return `${printed.text}%`;
  return printed ? printed.text : formatValue(claim.value, claim.unit, claim.metric);
}

function statusWord(m: Model): string {
  if (m.status === 'experimental' || m.status === 'preview' || m.status === 'unreleased')
    return 'the unreleased ';
  return '';
}

export function sourceLabel(f: Fact, idx: SliceIndex): string {
  if (f.metric === 'arena_elo') return /style/i.test(f.setting ?? '') ? 'LMArena, style control' : 'LMArena';
  const s = idx.source(f.sourceId);
  return s?.publisher ?? f.sourceId;
}
const cite = (f: Fact, idx: SliceIndex) => `(${sourceLabel(f, idx)}, ${f.asOf})`;
const modelName = (id: string, idx: SliceIndex) => idx.model(id)?.name ?? id;

function provenancePhrase(f: Fact, idx: SliceIndex): string {
  const vendor = idx.model(f.modelId)?.vendor;
  if (f.provenance === 'vendor') return vendor ? `${vendor}'s own figure` : "the vendor's own figure";
  if (f.provenance === 'independent') return 'independently measured';
  return `${sourceLabel(f, idx)}'s database${vendor ? `, citing ${vendor}` : ''}`;
}

const isScore = (m: Metric) => m === 'arena_elo' || m === 'benchmark_score';

/** "Llama 4 Maverick scored 1273" / "Llama 4 Maverick's total parameter count is 400B". */
function statement(name: string, f: Fact): string {
  const v = factValueText(f);
  const setting = f.setting && f.metric !== 'arena_elo' ? ` (${f.setting})` : '';
  return isScore(f.metric)
    ? `${name} scored ${v}${f.metric === 'benchmark_score' ? ` on ${f.benchmark}` : ''}${setting}`
    : `${name}'s ${metricNoun(f.metric, f.benchmark)} is ${v}${setting}`;
}

function listStatements(facts: Fact[], idx: SliceIndex, max = 2): string {
  const uniq = [
    ...new Map(facts.map((f) => [`${f.modelId}|${factValueText(f)}|${f.setting ?? ''}`, f])).values(),
  ];
  return uniq
    .slice(0, max)
    .map((f) => `${statement(modelName(f.modelId, idx), f)} ${cite(f, idx)}`)
    .join(' and ');
}

export function explain(o: Outcome, idx: SliceIndex): string {
  const c = o.claim;
  const num = claimNumberText(c);
  const noun = metricNoun(c.metric, c.benchmark);
  const target = o.target;
  const tName = target?.name ?? c.model.name;

  if (o.comparison) return explainComparison(o, idx);
  if (c.metric === 'comparison') {
    return `${tName} and ${(c.comparison?.others ?? []).map((r) => r.name).join(', ')} share no benchmark in one snapshot of one source, so the comparison cannot be checked.`;
  }

  switch (o.verdict) {
    case 'supported': {
      if (o.familyHolds?.length) {
        return `Holds for every released ${tName} model with a figure: ${listStatements(o.matched, idx, 3)}.`;
      }
      const f = o.matched[0];
      const m = idx.model(f.modelId);
      const unreleased = target && target.status !== 'released' && target.status !== 'deprecated';
      const tail = !unreleased
        ? ''
        : f.provenance === 'independent'
          ? `; note that ${target!.name} is an unreleased (${target!.status}) checkpoint`
          : `; ${target!.name} is ${target!.status === 'unreleased' ? 'unreleased' : `unreleased (${target!.status})`}, so this is a vendor claim no one has measured independently`;
      const indep = o.context.find((x) => x.provenance === 'independent' && x.modelId === f.modelId);
      const also =
        indep && !tail
          ? `; an independent run measured ${factValueText(indep)}${indep.setting ? ` (${indep.setting})` : ''} ${cite(indep, idx)}`
          : '';
      return `${statement(m?.name ?? tName, f)} ${cite(f, idx)}, ${provenancePhrase(f, idx)}${tail}${also}.`;
    }
    case 'close': {
      const f = o.matched[0] ?? o.reference[0];
      return `${statement(modelName(f.modelId, idx), f)} ${cite(f, idx)}, not ${num}: close, but outside the precision the text states.`;
    }
    case 'misleading': {
      if (o.familyHolds?.length) {
        const holds = o.familyHolds.map((m) => m.name).join(' and ');
        const fails = (o.familyFails ?? []).map((m) => m.name).join(' and ');
        return `${num} is true of ${holds} but not of ${fails}: ${listStatements(
          o.reference.filter((f) => o.familyFails?.some((m) => m.id === f.modelId)),
          idx,
        )}.`;
      }
      const f = o.matched[0];
      const other = idx.model(f.modelId);
      if (o.misleadingKind === 'setting') {
        const ref = o.reference.length ? `; without it, ${listStatements(o.reference, idx)}` : '';
        return `${num} is ${tName}'s ${noun} in the “${f.setting ?? 'other'}” setting ${cite(f, idx)}${ref}.`;
      }
      const otherDesc = `${other ? statusWord(other) : ''}${other?.name ?? f.modelId}`;
      const released =
        target && target.status === 'released' && other && other.status !== 'released' ? 'the released ' : '';
      const ref = o.reference.length
        ? `; ${released}${listStatements(o.reference.slice(0, 1), idx).replace(/^(\S)/, (s) => s)}`
        : `; ${tName} itself has no such figure`;
      return `${num} is the ${noun} of ${otherDesc} ${cite(f, idx)}${ref}.`;
    }
    case 'disputed': {
      const f = o.matched[0];
      const vendor = idx.model(f.modelId)?.vendor ?? sourceLabel(f, idx);
      const d = o.disputing
        .slice(0, 2)
        .map(
          (x) =>
            `${x.benchmark ?? metricNoun(x.metric)} ${factValueText(x)}${x.setting ? ` at ${x.setting}` : ''} ${cite(x, idx)}`,
        )
        .join(', ');
      const what =
        c.metric === 'context_window'
          ? `a ${factValueText(f).replace(/ tokens$/, '-token')} context window`
          : `${factValueText(f)} ${noun === 'score' ? '' : `as the ${noun}`}`.trim();
      return `${vendor} claims ${what} for ${tName} ${cite(f, idx)}, but independent measurement disagrees: ${d}.`;
    }
    case 'outdated': {
      const f = o.matched[0];
      const cur = o.reference.length
        ? `; by ${o.reference[0].asOf}, ${listStatements(o.reference.slice(0, 1), idx)}`
        : '';
      return `${num} was ${tName}'s ${noun} in the ${sourceLabel(f, idx)} snapshot of ${f.asOf}${cur}.`;
    }
    case 'contradicted': {
      if (!o.reference.length && o.context.length) {
        return `No variant or setting of ${tName} has ${num} as its ${noun}: ${listStatements(o.context, idx)}.`;
      }
      if (!o.reference.length) return `No figure in the fact base gives ${tName} ${num} as its ${noun}.`;
      return `${listStatements(o.reference, idx)}, not ${num}.`;
    }
    case 'unverified':
    default: {
      if (o.effectiveLength) {
        const known = o.reference.length ? `; it lists ${listStatements(o.reference, idx)}` : '';
        return `${num} is a measured effective length, not the advertised window, and no source in the fact base gives one for ${tName}${known}.`;
      }
      if (!target && !idx.familyMembers(c.model.id, c.model.name).length)
        return `The fact base does not know ${c.model.name}, so ${num} cannot be checked.`;
      const ctx = o.context[0];
      const related = ctx
        ? `; the only related figure is ${statusWord(idx.model(ctx.modelId)!)}${modelName(ctx.modelId, idx)}'s ${factValueText(ctx)} ${cite(ctx, idx)}, a different model`
        : '';
      return `No source in the fact base gives the ${noun} of ${tName}${related}, so ${num} cannot be checked.`;
    }
  }
}

function explainComparison(o: Outcome, idx: SliceIndex): string {
  const d = o.comparison!;
  const dir = o.claim.comparison?.direction ?? 'beats';
  const src =
    d.benchmark === 'LMArena'
      ? `${d.asOf} snapshot`
      : `${sourceLabel(d.subject.fact, idx)}, ${d.subject.fact.asOf}`;
  const them = d.others.length === 1 ? 'it' : 'them';
  const pairs = d.others.map((x) => `${modelName(x.fact.modelId, idx)} ${factValueText(x.fact)}`).join(', ');
  const subj = `${modelName(d.subject.fact.modelId, idx)} ${factValueText(d.subject.fact)}`;
  const agree = d.alsoShared.filter((a) => a.holds).length;
  const also = d.alsoShared.length
    ? `; it holds on ${agree} of ${d.alsoShared.length} other shared benchmark${d.alsoShared.length === 1 ? '' : 's'}`
    : '';
  switch (o.verdict) {
    case 'supported':
      return `On ${d.benchmark} (${src}) ${subj} vs ${pairs}: the claim that it ${dir} ${them} holds${also}.`;
    case 'misleading':
      return `Only ${statusWord(d.subject.model)}${d.subject.model.name} ${dir} ${them} on ${d.benchmark} (${subj} vs ${pairs}, ${d.asOf}); ${o.target?.name} itself does not.`;
    case 'outdated':
      return `${o.target?.name} ${dir} ${them} on ${d.benchmark} in an earlier snapshot (${o.matched[0].asOf}), but not in the ${d.asOf} one: ${subj} vs ${pairs}.`;
    default:
      return `On ${d.benchmark} (${src}) ${subj} vs ${pairs}: the claim that it ${dir} ${them} does not hold${also}.`;
  }
}
