/**
 * "Mistral Small 3.1 obtains 1.246 points": continental European typography writes thousands with a
 * period. A fractional arena rating is impossible (ratings are in the hundreds or thousands), so
 * "1.246 points" / "1.318 Elo" / "an Elo of 1.318" reads as 1246 — but only where the arena or Elo is named nearby, and
 * never for a change ("gained 1.246 points", "+1.246 points"), which can be fractional.
 */
import type { Quantity } from './parse-quantity';

const UNIT_AFTER = /^\s*(?:points?|pts|elo)\b/;
/** "an Elo of 1.417", "Elo rating: 1.417", "arena rating of 1.417" */
const ELO_BEFORE = /\b(?:elo(?:\s+(?:score|rating))?|arena\s+(?:score|rating))\s*(?:of|:|at)?\s*$/;
const ARENA_NEAR = /\b(?:lmarena|lmsys|chatbot arena|arena|elo)\b/;
const CHANGE_BEFORE =
  /(?:[+\u00b1\u2212]|\b(?:by|gain(?:s|ed)?|lost|los(?:es|ing)|drops?|dropped|fell|falls?|rose|rises?|up|down|added|adds?|minus|plus|difference of|margin of|lead of|gap of))\s*$/;

export function pointThousands(f: string, q: Quantity, sentStart: number): Quantity {
  if (q.decimals !== 3 || q.scale || q.percent || q.currency || q.scientific || q.low !== undefined) return q;
  // one digit before the period: 1.000–9.999 → 1000–9999 (isElo later keeps only plausible ratings)
  if (q.raw < 1 || q.raw >= 10) return q;
  if (f[q.start + 1] !== '.') return q;
  if (
    !UNIT_AFTER.test(f.slice(q.end, q.end + 8)) &&
    !ELO_BEFORE.test(f.slice(Math.max(0, q.start - 24), q.start))
  )
    return q;
  if (CHANGE_BEFORE.test(f.slice(Math.max(0, q.start - 20), q.start))) return q;
  if (!ARENA_NEAR.test(f.slice(Math.max(0, sentStart - 400), Math.min(f.length, q.end + 200)))) return q;
  const value = Math.round(q.raw * 1000);
  return { ...q, value, raw: value, decimals: 0 };
}
