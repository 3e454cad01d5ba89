/**
 * The benchmark a paragraph that names none is still about: "DeepSeek-V3-0324 landed at 0.676"
 * right after a paragraph on GPQA Diamond, under a heading "2. MATH-500: DeepSeek-V3 does math",
 * or in an article whose title names GPQA Diamond. Used only with a score verb and a
 * score-shaped figure (see metric-cues), so a bare number never becomes a score through it.
 */
export interface BenchmarkScope {
  /** The one benchmark the page's first heading names (null: none or several). */
  page?: string | null;
  /** The one benchmark the current section's heading names. */
  section?: string | null;
  /** The one benchmark the last paragraph naming any named, and its block (null: several). */
  last?: { name: string; block: number } | null;
  /** A heading has been read (the first one is the page's title). */
  sawHeading?: boolean;
}

const single = (names: string[]): string | null => (new Set(names).size === 1 ? names[0] : null);

/** Record the benchmarks (non-arena, in order) a block named once the block is read. */
export function noteBlockBenchmarks(
  scope: BenchmarkScope,
  names: string[],
  block: number,
  kind: string,
): void {
  if (kind === 'heading') {
    const one = single(names);
    if (!scope.sawHeading) scope.page = one;
    else scope.section = one;
    scope.sawHeading = true;
    scope.last = null;
    return;
  }
  if (!names.length) return;
  const one = single(names);
  scope.last = one ? { name: one, block } : null;
}

/**
 * The benchmark for a block that names none: its section heading's, else the one the paragraph
 * just before named (at most one block between, no heading), else the page title's.
 */
export function carriedBenchmark(scope: BenchmarkScope, block: number): string | null {
  if (scope.section) return scope.section;
  const l = scope.last;
  if (l && block - l.block <= 2) return l.name;
  return scope.page ?? null;
}
