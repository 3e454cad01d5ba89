import type { Claim } from './types';

/**
 * "activates 17B of its 109B parameters", "17bn active out of 400bn", "uses 17B of 109B parameters per
 * token": two parameter counts of one model joined by "(out) of (its/the) (total of)" are a share and its
 * whole. The smaller is what runs per token (active), the larger the model's size (total), whichever
 * figure the metric cues happened to give the parameter word to.
 */
const SHARE_GAP =
  /^\s*(?:active\s+)?(?:parameters?\s+|params\s+)?(?:out\s+)?of\s+(?:its|the|their|a)?\s*(?:total\s+(?:of\s+)?)?(?:about\s+|roughly\s+|some\s+)?~?$/i;
const PARAMS = new Set(['total_params', 'active_params']);

/** Relabels share/whole pairs among `out[from..]` in place (claims of one block, in text order). */
export function relabelShareOfWhole(text: string, out: Claim[], from: number): void {
  for (let i = from; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (!PARAMS.has(a.metric) || !PARAMS.has(b.metric) || a.model.id !== b.model.id) continue;
    if (a.value == null || b.value == null || a.value >= b.value || b.start < a.end) continue;
    if (!SHARE_GAP.test(text.slice(a.end, b.start))) continue;
    out[i] = { ...a, metric: 'active_params' };
    out[i + 1] = { ...b, metric: 'total_params' };
  }
}
