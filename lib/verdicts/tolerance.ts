import type { Claim } from '../claims/types';
import type { Metric } from '../factbase/metrics';
import { multiplierOf } from './units';

/**
 * How far a fact may sit from a claim's number and still support it.
 * Why: "400B" promises ±0.5B, "62.3" ±0.05, "about 10M" a few percent; "over 100,000" only a floor.
 */

export interface Interval {
  low: number;
  high: number;
  /** Half a unit in the last printed digit, in the claim's scale. */
  precision: number;
}

export interface PrintedNumber {
  text: string;
  value: number;
  precision: number;
}

const NUMBER_RE =
  /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(trillion|billion|million|thousand|tn|bn|mn|[kmbt])?(?![a-z])/gi;

const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-9;

/**
 * Finds the printed number in `quote` that produced `value` and returns its precision: "400B" →
 * ±0.5e9, "1417" → ±0.5, "62.3%" → ±0.05, "0.670" (read as 67.0%) → ±0.05.
 */
export function findPrinted(quote: string, value: number): PrintedNumber | undefined {
  for (const m of quote.matchAll(NUMBER_RE)) {
    const decimals = m[2]?.length ?? 0;
    const n = Number(m[1].replace(/,/g, '') + (m[2] ? `.${m[2]}` : ''));
    const mult = multiplierOf(m[3]);
    const half = 0.5 * 10 ** -decimals;
    for (const scale of [mult, 1, 100, 0.01]) {
      if (near(n * scale, value)) return { text: m[0].trim(), value, precision: half * scale };
    }
  }
  return undefined;
}

/** Precision implied by a bare number: half a unit in its third significant digit or its last decimal. */
export function impliedPrecision(value: number): number {
  if (value === 0) return 0.5;
  const abs = Math.abs(value);
  const mag = Math.floor(Math.log10(abs));
  for (let p = mag - 2; p >= -6; p--) {
    const unit = 10 ** p;
    if (Math.abs(Math.round(abs / unit) * unit - abs) <= unit * 1e-6) return 0.5 * unit;
  }
  return 0.5e-6;
}

export function precisionOf(claim: Pick<Claim, 'quote' | 'value'>, value = claim.value ?? 0): number {
  return findPrinted(claim.quote, value)?.precision ?? impliedPrecision(value);
}

/** The set of fact values that make the claim true, given its printed precision and hedge. */
export function claimInterval(claim: Pick<Claim, 'quote' | 'value' | 'valueLow' | 'hedge'>): Interval {
  const v = claim.value ?? 0;
  const p = precisionOf(claim, v);
  const exact = { low: v - p, high: v + p, precision: p };
  switch (claim.hedge ?? 'exact') {
    case 'about':
    case 'reportedly':
      // "about" allows a few percent either side, never less than the printed precision.
      return { low: Math.min(v - p, v * 0.95), high: Math.max(v + p, v * 1.05), precision: p };
    case 'nearly':
      // "nearly 10M": a little under, up to the number itself.
      return { low: Math.min(v - p, v * 0.9), high: v + p, precision: p };
    case 'up to':
      // "up to 10M tokens" names a maximum: the fact's maximum should be that number (or just under).
      return { low: Math.min(v - p, v * 0.95), high: v + p, precision: p };
    case 'over':
      return { low: v, high: Infinity, precision: p };
    case 'under':
      return { low: -Infinity, high: v, precision: p };
    case 'range': {
      const lo = claim.valueLow ?? v;
      const pl = precisionOf(claim, lo);
      return { low: Math.min(lo, v) - pl, high: Math.max(lo, v) + p, precision: p };
    }
    case 'from-to':
    case 'exact':
    default:
      return exact;
  }
}

export const contains = (iv: Interval, x: number) => x >= iv.low - 1e-12 && x <= iv.high + 1e-12;

/** Distance from the interval relative to the claim's number (0 inside). */
export function relativeDistance(iv: Interval, x: number, claimValue: number): number {
  if (contains(iv, x)) return 0;
  const d = x < iv.low ? iv.low - x : x - iv.high;
  const base = Math.abs(claimValue) || Math.abs(x) || 1;
  return d / base;
}

/**
 * How far outside the stated precision still counts as `close`. About 5% (402B vs 400B); Arena
 * scores are Elo-like and sit in a narrow band, so 1% (≈ the width of a confidence interval).
 */
export function closeBand(metric: Metric): number {
  return metric === 'arena_elo' ? 0.01 : 0.05;
}

/** Date claims: "2025-04" matches any day in April 2025; `close` within a few days. */
export function compareDates(claimText: string, factText: string): 'match' | 'close' | 'no' {
  const c = claimText.trim();
  const f = factText.trim();
  if (!/^\d{4}/.test(c) || !/^\d{4}/.test(f)) return 'no';
  if (f.startsWith(c) || c.startsWith(f)) return 'match';
  const cd = Date.parse(c.length === 4 ? `${c}-07-01` : c.length === 7 ? `${c}-15` : c);
  const fd = Date.parse(f.length === 4 ? `${f}-07-01` : f.length === 7 ? `${f}-15` : f);
  if (Number.isNaN(cd) || Number.isNaN(fd)) return 'no';
  return Math.abs(cd - fd) <= 3 * 86_400_000 ? 'close' : 'no';
}
