/**
 * The block's folded text with every name blanked to x's, so the cue rules never read digits inside
 * names ("Claude 3.7") as figures. Spans are taken per sentence in start order (models before
 * benchmarks on a tie), skipping any that overlap one already blanked.
 */
interface Span {
  start: number;
  end: number;
}

const byStart = (a: Span, b: Span) => a.start - b.start;

function sorted(xs: readonly Span[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i].start < xs[i - 1].start) return false;
  return true;
}

/** The spans of one sentence in start order: the stable sort of models then benchmarks. */
function inOrder(models: readonly Span[], benchmarks: readonly Span[]): readonly Span[] {
  // (most sentences name one or two things, already in order: no copy, no sort)
  if (benchmarks.length === 0 && sorted(models)) return models;
  if (models.length === 0 && sorted(benchmarks)) return benchmarks;
  return [...models, ...benchmarks].sort(byStart);
}

/** Blank the names of each sentence of `data` in `f` (`f` itself when nothing is named). */
export function maskNames(
  f: string,
  data: readonly { models: readonly Span[]; benchmarks: readonly Span[] }[],
): string {
  let out = '';
  let last = 0;
  for (const d of data) {
    if (d.models.length === 0 && d.benchmarks.length === 0) continue;
    for (const m of inOrder(d.models, d.benchmarks)) {
      if (m.start < last) continue;
      out += f.slice(last, m.start) + 'x'.repeat(m.end - m.start);
      last = m.end;
    }
  }
  return last === 0 && out === '' ? f : out + f.slice(last);
}
