import type { Metric } from '../factbase/metrics';
import type { VerdictName as Verdict } from '../verdicts/names';
import { VERDICT_LABELS } from '../display/verdict-labels';

export { VERDICT_LABELS };
export { formatRange, formatValue } from '../display/format-value';

/**
 * Words shown to readers (card, aria-labels). Kept apart from the DOM code so
 * the mark's spoken label and the card say the same thing.
 */
export const METRIC_LABELS: Record<Metric, string> = {
  total_params: 'Total parameters',
  active_params: 'Active parameters',
  experts: 'Experts',
  context_window: 'Context window',
  arena_elo: 'Arena Elo',
  benchmark_score: 'Benchmark score',
  training_tokens: 'Training tokens',
  training_compute: 'Training compute',
  training_gpus: 'Training GPUs',
  training_gpu_hours: 'Training GPU-hours',
  release_date: 'Release date',
  price: 'Price',
  license: 'Licence',
  refusal_rate: 'Refusal rate',
  downloads: 'Downloads',
  comparison: 'Comparison',
};

export const PROVENANCE_LABELS: Record<string, string> = {
  vendor: 'vendor-claimed',
  independent: 'independently measured',
  database: 'from a model database',
};

/** The mark's accessible name: what a screen reader says when Tab lands on it. */
export function markLabel(verdict: Verdict, quote: string): string {
  return `Claimcheck: ${VERDICT_LABELS[verdict].toLowerCase()} — ${quote}`;
}

/** Only http(s) links may appear in the card. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
