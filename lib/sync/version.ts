/**
 * Orders feed versions naturally: digit runs compare as numbers, the rest as
 * text, so `2026.11.27-2` < `2026.11.27-10` and `1.9` < `1.10`.
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/(\d+)/).filter(Boolean);
  const pb = b.split(/(\d+)/).filter(Boolean);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) {
      const d = BigInt(x) - BigInt(y);
      if (d !== 0n) return d < 0n ? -1 : 1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return 0;
}

export const isNewer = (candidate: string, current: string | null | undefined): boolean =>
  current == null || compareVersions(candidate, current) > 0;
