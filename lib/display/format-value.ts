/**
 * Values as readers write them (`402B parameters`, `10M tokens`, `62.3%`,
 * `1417 Elo`). One formatter for the in-page card and the popup, so both say
 * the same thing. No DOM, no zod: the content script imports it.
 */
const SCALES: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(4)));
}

function compact(n: number): string {
  for (const [size, suffix] of SCALES) {
    if (Math.abs(n) >= size) return `${trim(n / size)}${suffix}`;
  }
  return trim(n);
}

export function formatValue(value: number | null | undefined, unit?: string, valueText?: string): string {
  if (valueText) return valueText;
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const u = unit?.trim().toLowerCase();
  // "B params", "M tokens": the number is already scaled by the unit's prefix.
  const scaled = u ? /^(k|m|b|t)\s+(.+)$/.exec(u) : null;
  if (scaled) return formatValue(value * { k: 1e3, m: 1e6, b: 1e9, t: 1e12 }[scaled[1] as 'k'], scaled[2]);
  switch (u) {
    case '%':
    case 'percent':
      return `${trim(value)}%`;
    case 'fraction':
      // Epoch stores scores as 0.670; readers compare with "67%".
      return `${trim(value * 100)}%`;
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
    case undefined:
    case '':
      return compact(value);
    default:
      return `${compact(value)} ${u.replace(/_/g, ' ')}`;
  }
}

/** A range or single value: `10K tokens – 20K tokens` when a low end is given. */
export function formatRange(low: number | undefined, high: number | null | undefined, unit?: string): string {
  if (low === undefined || high === null || high === undefined) return formatValue(high ?? low, unit);
  return `${formatValue(low, unit)} – ${formatValue(high, unit)}`;
}
