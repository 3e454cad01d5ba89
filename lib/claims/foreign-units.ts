/**
 * "weights that take up over 700 GB on disk", "the first token arrives in 210 ms": a figure printed
 * with a unit no claim metric uses (storage, latency, head counts) measures something else, whatever
 * figure or cue sits next to it.
 */
const FOREIGN_UNIT =
  /^\s?(?:[kmgtp]i?b|bytes?|kilobytes?|megabytes?|gigabytes?|terabytes?|ms|milliseconds?|seconds?|minutes?|employees|staff(?:ers)?)\b/;

export function hasForeignUnit(f: string, end: number): boolean {
  return FOREIGN_UNIT.test(f.slice(end, end + 14));
}
