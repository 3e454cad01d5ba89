/**
 * "Claude 3.7 Sonnet at $3 in and $15 out", "$0.27 input / $1.10 output": the second price of an
 * input/output pair belongs to whoever the first belongs to. Returns the first figure's span
 * (so the caller attributes from there), or null when the figure at `qStart` does not close such a pair.
 */
const PAIR_BEFORE = /\$\s?\d[\d.,]*\s*(?:[km]\s*)?(?:in|input)\s*(?:,\s*|and\s+|\/\s*|&\s*)(?:\$\s?)?$/;

export function inOutFirst(f: string, s: number, qStart: number): [number, number] | null {
  const before = f.slice(Math.max(s, qStart - 40), qStart);
  // (every pair holds a dollar sign before the figure)
  const m = before.includes('$') ? PAIR_BEFORE.exec(before) : null;
  if (!m) return null;
  const start = qStart - before.length + m.index;
  return [start, start + /^\$\s?\d[\d.,]*/.exec(m[0])![0].length];
}
