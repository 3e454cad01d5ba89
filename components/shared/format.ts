/** Display helpers shared by the popup and the correction form (no DOM). */

const SCALES: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

function compact(n: number): string {
  for (const [size, suffix] of SCALES) {
    if (Math.abs(n) >= size) return `${+(n / size).toFixed(2)}${suffix}`;
  }
  return String(+n.toFixed(3));
}

/** `17000000000, params` → `17B params`; `62.3, %` → `62.3%`; `1417, elo` → `1417 Elo`. */
export function formatValue(value: number | null | undefined, unit?: string, valueText?: string): string {
  if (valueText) return valueText;
  if (value === null || value === undefined) return '—';
  const u = unit?.trim().toLowerCase();
  // "B params", "M tokens": the number is already scaled by the unit's prefix.
  const scaled = u ? /^(k|m|b|t)\s+(.+)$/.exec(u) : null;
  if (scaled) return `${+value.toFixed(3)}${scaled[1].toUpperCase()} ${scaled[2].replace(/_/g, ' ')}`;
  switch (u) {
    case '%':
    case 'percent':
    case 'pct':
      return `${+value.toFixed(2)}%`;
    case 'fraction':
    case 'ratio':
    case 'share':
      // Epoch stores scores as 0.670; readers compare with "67%".
      return `${+(value * 100).toFixed(2)}%`;
    case 'elo':
      return `${Math.round(value)} Elo`;
    case 'usd':
      return `$${compact(value)}`;
    case 'usd_per_mtok':
      return `$${+value.toFixed(3)} / M tokens`;
    case 'params':
    case 'tokens':
    case 'flop':
    case 'gpu_hours':
      return `${compact(value)} ${u.replace('_', ' ')}`;
    case undefined:
    case '':
      return compact(value);
    default:
      return `${compact(value)} ${u!.replace(/_/g, ' ')}`;
  }
}

export function formatTime(ms: number | undefined, now = Date.now()): string {
  if (!ms) return 'never';
  const d = new Date(ms);
  const mins = Math.round((now - ms) / 60_000);
  const rel =
    mins < 1
      ? 'just now'
      : mins < 60
        ? `${mins} min ago`
        : mins < 48 * 60
          ? `${Math.round(mins / 60)} h ago`
          : '';
  return rel ? `${d.toLocaleString()} (${rel})` : d.toLocaleString();
}

/** Reads "1,000,000", "10M", "1.5e6", "62.3%" as a number; undefined when empty, NaN when unreadable. */
export function parseNumberInput(text: string): number | undefined {
  const t = text
    .trim()
    .replace(/[,\s_]/g, '')
    .replace(/%$/, '');
  if (!t) return undefined;
  const m = /^([-+]?\d*\.?\d+(?:e[-+]?\d+)?)([kmbt])?$/i.exec(t);
  if (!m) return NaN;
  const mult = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 }[(m[2] ?? '').toLowerCase() as 'k'] ?? 1;
  return Number(m[1]) * mult;
}
