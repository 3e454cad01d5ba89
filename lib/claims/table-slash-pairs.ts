/**
 * Two figures in one table cell, split at a slash, whose header names the two things they measure
 * in the same order: "MathVista / MMMU" over "62.3 / 58.1", "Claude 3.7 Sonnet (standard / thinking)"
 * over "68.0 / 84.8". The layout pairs the header's sides with the cell's sides; a cell pair under a
 * header without its own pair stays unread (nothing says which figure is which).
 */

/** One side of a pair cell: a bare figure (percent, footnote mark allowed) or a dash for "not reported". */
const SIDE = /^(?:~?\d[\d.,]*\s*%?\s*[*\u2020\u2021]*|[-\u2013\u2014\u2012])$/;

/** `[start, end)` of each side of "62.3 / 58.1" (trimmed), or null when the cell is no such pair. */
export function slashPairSides(f: string): [number, number][] | null {
  const i = f.indexOf('/');
  if (i < 0 || f.indexOf('/', i + 1) >= 0) return null;
  const sides: [number, number][] = [
    [0, i],
    [i + 1, f.length],
  ].map(([a, b]) => {
    const s = f.slice(a, b);
    return [a + (s.length - s.trimStart().length), a + s.trimEnd().length];
  });
  if (!sides.every(([a, b]) => SIDE.test(f.slice(a, b)))) return null;
  // "— / —" holds nothing
  return sides.some(([a, b]) => /\d/.test(f.slice(a, b))) ? sides : null;
}

/**
 * A header's two names at its one slash: "MathVista / MMMU" → ["mathvista", "mmmu"]. With
 * `inParens`, only a bracket's slash counts: "Claude 3.7 Sonnet (standard / thinking)" →
 * ["standard", "thinking"].
 */
export function slashHeaderSides(label: string, inParens = false): [string, string] | null {
  let t = label;
  if (inParens) {
    const p = /\(([^()]*\/[^()]*)\)/.exec(label);
    if (!p) return null;
    t = p[1];
  }
  const parts = t.split('/');
  if (parts.length !== 2) return null;
  const [a, b] = parts.map((s) => s.trim());
  return a && b ? [a, b] : null;
}

/** A mode word naming the plain model, not a variant: "standard", "default", "base". */
export const PLAIN_MODE = /^(?:standard|default|normal|base|regular)(?:\s+mode)?$/;
