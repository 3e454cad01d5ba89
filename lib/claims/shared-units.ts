/**
 * "between 19 and 49 cents per million tokens", "from 15 to 30 cents": a range prints its unit
 * once, after the high end. The bare low end is in the same unit (cents, so a hundredth of a dollar).
 */
import type { Quantity } from './parse-quantity';

export function centsRangeLow(f: string, low: Quantity, high: Quantity): boolean {
  return (
    high.currency &&
    !low.currency &&
    !low.percent &&
    !low.scale &&
    !low.scientific &&
    f.startsWith('cents', high.end - 5) &&
    // (a whole number of cents below the high end: "between 2024 and 49 cents" is not a range)
    low.value < high.raw
  );
}
