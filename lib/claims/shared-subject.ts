/**
 * "Scout packed 109B into 16 experts; Maverick spread 400B over 128. Both ran with 17B active
 * parameters.": a sentence opening with "both" / "the two" / "each of them" and naming no model
 * is about the last two models discussed, one claim each. Only read in the paragraph that named
 * them, or right after it when the two are siblings of one family (a changelog's next entry line).
 */
import type { ModelMention } from './mentions';

const PAIR_LEAD =
  /^\s*(?:both|the two|they both|each)(?:\s+(?:of\s+)?(?:them|the\s+(?:two\s+)?models?|models?|releases|variants|checkpoints))?\s+(?:are|is|were|was|have|has|had|ran|run|runs|use|uses|used|share|shared|shares|come|came|ship|shipped|support|supports|supported|activate|activates|offer|offers|get|got|feature|features|keep|kept|carry|carried)\b/;

export function pairLead(f: string, s: number): boolean {
  return PAIR_LEAD.test(f.slice(s, s + 60));
}

/**
 * `namedModels`: the lead says "both models" / "the two models" outright, which reaches a few
 * blocks back (headings, a related-links box may sit between) — still only for siblings, the last two discussed.
 */
export function pairSubjects(
  recent: ModelMention[],
  lastModelBlock: number,
  block: number,
  namedModels = false,
): ModelMention[] {
  if (recent.length < 2) return [];
  const [a, b] = recent.slice(-2);
  if (a.isFamily || b.isFamily) return [];
  if (lastModelBlock === block) return [a, b];
  const reach = namedModels ? 8 : 1;
  if (block - lastModelBlock <= reach && a.family && a.family === b.family) return [a, b];
  return [];
}

/** A bracket of words ("(FP8 weights)", "(preview)") between two listed names: no figure in it. */
const WORD_BRACKET = /^\s*\(([^()]{1,30})\)/;
const FIGURE = /(?:^|[^a-z])\d/;

/** The separator between two names with a leading word-only bracket dropped. */
export function listGap(gap: string): string {
  if (gap.charCodeAt(0) !== 40 && gap.charCodeAt(1) !== 40) return gap;
  const m = WORD_BRACKET.exec(gap);
  return m && !FIGURE.test(m[1]) ? gap.slice(m[0].length) : gap;
}
