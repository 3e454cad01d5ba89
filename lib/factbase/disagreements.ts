import type { Fact } from './schema';

/** Metrics that describe the model itself: any two sources should give the same value. */
const SPEC_METRICS = new Set([
  'total_params',
  'active_params',
  'experts',
  'context_window',
  'training_tokens',
  'training_compute',
  'training_gpus',
  'training_gpu_hours',
  'release_date',
]);

const norm = (s: string | undefined) => (s ?? '').trim().toLowerCase();

/** Benchmark facts of a base/pre-trained model never compare with the chat/instruct model's. */
const phase = (f: Fact) => (/\b(base|pretrained|pre-trained)\b/i.test(f.setting ?? '') ? 'base' : 'chat');

/** Settings that change what is measured (thinking budget, effort, context length) must match. */
const strictSetting = (f: Fact) =>
  /thinking budget|reasoning effort|\d+k? tokens|style control/i.test(f.setting ?? '') ? norm(f.setting) : '';

/** A benchmark score on the 0–100 scale, if the unit allows it. */
function percent(f: Fact): number | undefined {
  if (f.value === undefined) return undefined;
  if (f.unit === '%') return f.value;
  if (f.unit === 'fraction') return f.value * 100;
  return undefined;
}

function specDisagree(a: Fact, b: Fact): boolean {
  if (a.metric === 'release_date') return !!a.valueText && !!b.valueText && a.valueText !== b.valueText;
  if (a.value === undefined || b.value === undefined) return false;
  const big = Math.max(Math.abs(a.value), Math.abs(b.value));
  return big > 0 && Math.abs(a.value - b.value) / big > 0.005;
}

function scoreDisagree(a: Fact, b: Fact): boolean {
  const x = percent(a);
  const y = percent(b);
  if (x === undefined || y === undefined) return false;
  return Math.abs(x - y) > Math.max(1, 0.03 * Math.max(x, y));
}

/**
 * Marks facts whose sources disagree (`disagreesWith` = ids of the other facts), without
 * dropping any. Two rules:
 *  - spec metrics (params, experts, context, tokens, compute, GPUs, GPU-hours, release date):
 *    same model, metric and setting, different sources, values more than 0.5% apart (dates: any
 *    difference). E.g. Llama 4 Maverick training tokens ~22T (Meta) vs 30T (Epoch); DeepSeek-V3
 *    activated 37B (README) vs 36.7B (README_WEIGHTS).
 *  - benchmark scores: same model and benchmark (base vs chat kept apart), a vendor figure vs an
 *    independent/database one, more than max(1 point, 3%) apart after putting fractions on the
 *    % scale. E.g. Scout GPQA Diamond 57.2 (Meta) vs 0.518 (Epoch).
 * Time series (arena_elo) and free text (license) are never marked.
 */
export function markDisagreements(facts: Fact[]): Fact[] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    let key: string | undefined;
    if (SPEC_METRICS.has(f.metric)) key = `s|${f.modelId}|${f.metric}|${norm(f.setting)}`;
    else if (f.metric === 'benchmark_score' && f.benchmark)
      key = `b|${f.modelId}|${norm(f.benchmark)}|${phase(f)}|${strictSetting(f)}`;
    if (!key) continue;
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  const with_ = new Map<string, Set<string>>();
  const link = (a: Fact, b: Fact) => {
    if (!with_.has(a.id)) with_.set(a.id, new Set());
    if (!with_.has(b.id)) with_.set(b.id, new Set());
    with_.get(a.id)!.add(b.id);
    with_.get(b.id)!.add(a.id);
  };
  for (const [key, g] of groups) {
    if (g.length < 2) continue;
    const spec = key.startsWith('s|');
    for (let i = 0; i < g.length; i++)
      for (let j = i + 1; j < g.length; j++) {
        const a = g[i];
        const b = g[j];
        if (a.sourceId === b.sourceId) continue;
        if (
          spec
            ? specDisagree(a, b)
            : (a.provenance === 'vendor') !== (b.provenance === 'vendor') && scoreDisagree(a, b)
        )
          link(a, b);
      }
  }
  return facts.map((f) => {
    const ids = with_.get(f.id);
    if (!ids) {
      if (!f.disagreesWith) return f;
      const { disagreesWith: _d, ...rest } = f;
      return rest;
    }
    return { ...f, disagreesWith: [...ids].sort() };
  });
}
