/**
 * A score whose owner is a name the dictionary lacks belongs to nobody we know:
 * "it's at 1338 on LMArena vs 1246 for Mistral Small" (a short name missing from the dictionary).
 * Without this the figure would go to the nearest known model, the other side of the contrast.
 */
interface Span {
  start: number;
  end: number;
}

/** "vs 1246 for Mistral Small": a contrasted figure, then "for" and capitalised words. */
const CONTRAST_BEFORE = /\b(?:vs\.?|versus|against|compared (?:to|with))\s*~?$/;
/** (two capitalised words, or one with a digit: "Mistral Small", "Qwen2.5"; not "the December release") */
const FOR_NAME = /^\s+for\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){1,2}|[A-Z][a-z]*\d[\w.-]*)(?![\w-])/;
/** "against $0.10 for Flash" (a short name): one capitalised word, then the clause ends. */
const FOR_WORD = /^\s+for\s+(?:the\s+)?([A-Z][a-z][\w.-]*)(?=\s*(?:[.,;:)!?]|$))/;

/** ", and Mistral at " after an earlier figure: a capitalised word in the slot a name fills. */
const PARALLEL_SLOT =
  /\d[\d.,]*%?\s*(?:,\s*(?:and\s+|while\s+|whereas\s+)?|and\s+|while\s+|whereas\s+|but\s+)([A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,2})(\s+at\s+~?)$/;

/** "Scout gets 0.623 and Mistral 0.468.": the verb elided, a capitalised word right before a closing figure. */
const BARE_SLOT = /\d[\d.,]*%?\s*(?:,\s*(?:and\s+)?|and\s+)([A-Z][a-z][\w.-]*)(\s+)$/;

export function unknownScoreOwner(
  f: string,
  orig: string,
  s: number,
  qStart: number,
  qEnd: number,
  models: Span[],
  benchmarks: Span[],
): boolean {
  const isKnown = (at: number, end: number) =>
    models.some((k) => k.start < end && k.end > at) || benchmarks.some((k) => k.start < end && k.end > at);
  // "has Scout at 0.518 and Mistral at 0.475": the second slot of a parallel list names its own owner
  if (f.startsWith(' at ', qStart - 4) || f.startsWith(' at ~', qStart - 5)) {
    const p = PARALLEL_SLOT.exec(orig.slice(Math.max(s, qStart - 48), qStart));
    if (p) {
      const at = Math.max(s, qStart - 48) + p.index + p[0].length - p[2].length - p[1].length;
      if (!isKnown(at, at + p[1].length)) return true;
    }
  }
  if (/^\s*(?:[.;,)]|$)/.test(orig.slice(qEnd, qEnd + 3))) {
    const p = BARE_SLOT.exec(orig.slice(Math.max(s, qStart - 40), qStart));
    if (p) {
      const at = qStart - p[2].length - p[1].length;
      if (!isKnown(at, at + p[1].length)) return true;
    }
  }
  // (cheap look first: most scores are not "vs N for ...")
  if (!f.startsWith(' for ', qEnd) && !f.startsWith('% for ', qEnd)) return false;
  if (CONTRAST_BEFORE.test(f.slice(Math.max(s, qStart - 16), qStart))) {
    const m = FOR_NAME.exec(orig.slice(qEnd, qEnd + 48)) ?? FOR_WORD.exec(orig.slice(qEnd, qEnd + 48));
    if (m) {
      const at = qEnd + m[0].length - m[1].length;
      if (!isKnown(at, at + m[1].length)) return true;
    }
  }
  return false;
}
