import type { Metric } from '../factbase/metrics';
import type { Verdict } from '../verdicts/types';

/**
 * Words shown to readers (card, aria-labels). Kept apart from the DOM code so
 * the mark's spoken label and the card say the same thing.
 */
export const VERDICT_LABELS: Record<Verdict, string> = {
  supported: 'Supported',
  close: 'Close',
  misleading: 'Misleading',
  disputed: 'Disputed',
  contradicted: 'Contradicted',
  outdated: 'Outdated',
  unverified: 'Unverified',
};

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

const SCALES: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

function compact(n: number): string {
  for (const [size, suffix] of SCALES) {
    if (Math.abs(n) >= size) return `${trim(n / size)}${suffix}`;
  }
  return trim(n);
}

function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(4)));
}

/** A value with its unit, as a reader would write it: `402B parameters`, `10M tokens`, `62.3%`, `1417 Elo`. */
export function formatValue(value: number | null | undefined, unit?: string, valueText?: string): string {
  if (valueText) return valueText;
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (unit) {
    case '%':
      return `${trim(value)}%`;
    case 'elo':
      return `${trim(value)} Elo`;
    case 'params':
      return `${compact(value)} parameters`;
    case 'tokens':
      return `${compact(value)} tokens`;
    case 'usd':
      return `$${compact(value)}`;
    case 'usd_per_mtok':
      return `$${trim(value)} per million tokens`;
    case 'flop':
      return `${value.toExponential(2).replace('e+', ' × 10^')} FLOP`;
    case 'gpus':
      return `${compact(value)} GPUs`;
    case 'gpu_hours':
      return `${compact(value)} GPU-hours`;
    case 'experts':
      return `${trim(value)} experts`;
    case 'downloads':
      return `${compact(value)} downloads`;
    default:
      return unit ? `${compact(value)} ${unit}` : compact(value);
  }
}

/** A range or single value: `10K–20K tokens` when a low end is given. */
export function formatRange(low: number | undefined, high: number | null | undefined, unit?: string): string {
  if (low === undefined || high === null || high === undefined) return formatValue(high ?? low, unit);
  return `${formatValue(low, unit)} – ${formatValue(high, unit)}`;
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
