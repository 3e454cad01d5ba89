/**
 * Puts a claim's number and a fact's number on one scale before they are compared.
 * Why: sources print the same quantity differently — Epoch stores GPQA as 0.670, Meta prints 69.8 (%);
 * one importer may store 400000000000 params, another "400" with unit "B params".
 */

export type Dimension = 'percent' | 'count' | 'other';

export interface UnitInfo {
  dim: Dimension;
  /** Multiply a value in this unit by `factor` to get the dimension's base (percent points, plain count). */
  factor: number;
}

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  mn: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
};

/** Word or suffix multiplier ("B", "billion", "K"); 1 when there is none. */
export function multiplierOf(word: string | undefined): number {
  if (!word) return 1;
  return MULTIPLIERS[word.toLowerCase()] ?? 1;
}

/** Reads a unit string: `%`, `fraction`, `params`, `B params`, `M tokens`, `elo`, `score`… */
export function unitInfo(unit: string | undefined): UnitInfo {
  const u = (unit ?? '').trim().toLowerCase();
  if (u === '%' || u === 'percent' || u === 'pct' || u === 'score' || u === 'points')
    return { dim: 'percent', factor: 1 };
  if (u === 'fraction' || u === 'ratio' || u === 'share') return { dim: 'percent', factor: 100 };
  const m = /^(k|thousand|m|million|mn|b|bn|billion|t|tn|trillion)\b[\s_-]*(.*)$/.exec(u);
  if (m) return { dim: 'count', factor: multiplierOf(m[1]) };
  if (u === '' || u === 'elo' || u === 'usd' || u === 'date' || u === 'text')
    return { dim: 'other', factor: 1 };
  return { dim: 'count', factor: 1 };
}

/**
 * A fact's value expressed in the claim's scale. Returns the converted number, or undefined when
 * the fact has no numeric value. Unknown/absent claim units take the fact's dimension; a bare
 * claim ≤ 1 against a percentage fact is read as a fraction (0.670 ≡ 67.0%).
 */
export function factValueInClaimScale(
  factValue: number | undefined,
  factUnit: string | undefined,
  claimValue: number,
  claimUnit: string | undefined,
): number | undefined {
  if (factValue === undefined) return undefined;
  const f = unitInfo(factUnit);
  const c = claimUnitInfo(claimValue, claimUnit, f, factValue);
  if (f.dim === c.dim || c.dim === 'other' || f.dim === 'other') return (factValue * f.factor) / c.factor;
  return factValue;
}

/** The claim's unit, guessing the fraction case the engine may leave unlabelled. */
export function claimUnitInfo(
  claimValue: number,
  claimUnit: string | undefined,
  factInfo: UnitInfo,
  factValue: number,
): UnitInfo {
  const c = unitInfo(claimUnit);
  if (factInfo.dim === 'percent' && (c.dim === 'percent' || !claimUnit || c.dim === 'count')) {
    const factPct = factValue * factInfo.factor;
    // "0.670" against 67.0%: the printed number is a fraction whatever the label says.
    if (Math.abs(claimValue) <= 1 && factPct > 1.5) return { dim: 'percent', factor: 100 };
    if (c.dim !== 'percent') return { dim: 'percent', factor: 1 };
  }
  return c;
}
