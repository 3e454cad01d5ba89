/**
 * "The context window stays at 128K tokens, which is fine in a world where Scout claims 10 million":
 * a model named after the figure, past a clause break (", which", ", where", ", while", ", but", a dash,
 * or ", compared with": "DeepSeek charges $0.27 ..., compared with $2.50 for GPT-4o"),
 * is the subject of another clause and cannot own the figure. Callers drop such names before attributing.
 */
const BREAK =
  /,\s*(?:which|where|while|whereas|but|though|although|yet|compared (?:with|to)|against|versus)\b|\s[—–]\s/;

export function pastClauseBreak(f: string, qEnd: number, mStart: number): boolean {
  return mStart > qEnd && BREAK.test(f.slice(qEnd, mStart));
}
