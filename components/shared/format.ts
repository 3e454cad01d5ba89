/** Display helpers shared by the popup and the correction form (no DOM). */

export { formatValue } from '@/lib/display/format-value';

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
