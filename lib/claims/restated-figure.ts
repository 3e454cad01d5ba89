/**
 * "Forget the 10M.", "nobody gets near the 400B in practice": a definite figure that repeats, to
 * the unit, a size or window this page already gave for one model (in a parent post, a question, a
 * paragraph above). It is that model's figure again, with the same metric. Only scaled figures
 * (K, M, B, T) count, and only where exactly one earlier claim of the page has that value.
 */
import type { Claim } from './types';
import type { Quantity } from './parse-quantity';

const RESTATABLE = new Set(['context_window', 'total_params', 'active_params', 'training_tokens']);
/** "the 10M", "that 400B", "the “10M”": a figure pointed at, as something already said. */
const DEFINITE_BEFORE = /\b(?:the|that|this|those|their|its)\s+["“‘']?$/;
/** The pointed-at figure closes its phrase (or is named as a figure/claim/number). */
const CLOSES_AFTER =
  /^["”’']?\s*(?:[.,;:!?)]|$|(?:figure|number|claim|headline|spec|promise|thing|one)\b|(?:is|was|isn't|wasn't|means|sounds|looks)\b)/;

export function restatedFigure(
  f: string,
  s: number,
  qStart: number,
  q: Quantity,
  out: readonly Claim[],
): Claim | null {
  if (!q.scale || q.percent || q.currency || q.low !== undefined) return null;
  if (!DEFINITE_BEFORE.test(f.slice(Math.max(s, qStart - 8), qStart))) return null;
  if (!CLOSES_AFTER.test(f.slice(q.end, q.end + 12))) return null;
  let found: Claim | null = null;
  for (const c of out) {
    if (!RESTATABLE.has(c.metric) || c.value !== q.value || c.context !== 'prose') continue;
    // (one model only: a value two models share says nothing about which is meant)
    if (found && found.model.id !== c.model.id) return null;
    found = c;
  }
  return found;
}
