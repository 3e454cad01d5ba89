/**
 * Which name owns a figure when the sentence's head name is followed by an aside or a second verb:
 *
 * - "Llama 4 Maverick, which Meta released alongside Scout, is a model with 17B active parameters",
 *   "Mistral Small 3.1, a model a sixth of Scout's size, scores 0.468": a name inside a comma-closed
 *   aside (relative clause or appositive) hanging off the head name is no subject of the main
 *   predicate; the head name is.
 * - "GPT-4.5, whose preview scored 1398": a figure inside a "whose" clause is the name's.
 * - "V3 was on par with Claude 3.5 Sonnet and scored 75.9": a second predicate coordinated after an
 *   object shares the clause's subject, not the object's name.
 */
import type { ModelMention } from './mentions';

/** An aside opened right after the head name, closed by a comma, then the main predicate's verb. */
const ASIDE_THEN_VERB =
  /^\s*,\s*(?:which|who|whose|a|an|the|its|one of)\s[^;:()]{1,140}?,\s*(?:(?:now|also|still|already|then|currently|officially|reportedly)\s+)?(?:is|are|was|were|has|have|had|scores?|scored|gets?|got|reach(?:es|ed)?|manag(?:es|ed)|uses?|used|offers?|offered|supports?|supported|comes?|came|runs?|ran|costs?|cost|lists?|listed|activates?|activated|sits?|sat|posts?|posted|handles?|handled|accepts?|accepted|ships?|shipped|carries|carried)\b[^,;]*$/;

/** Words right before a name that make it part of the aside's own phrase, not a coordinated subject. */
const COORDINATED_BEFORE = /(?:,|\band|\bor|\bnor)\s*$/;

/**
 * The head name when `m` (the name the figure would otherwise take) sits inside a comma-closed aside
 * that hangs off an earlier name opening the sentence; null otherwise.
 */
export function asideHead(
  f: string,
  s: number,
  models: ModelMention[],
  m: ModelMention,
  qStart: number,
): ModelMention | null {
  const i = models.indexOf(m);
  if (i <= 0) return null;
  // the head: the sentence's first name, with only a short lead before it
  const head = models[0];
  if (head === m || head.ref.id === m.ref.id || head.isFamily) return null;
  if (head.start - s > 40 || /[;:]/.test(f.slice(s, head.start))) return null;
  const gap = f.slice(head.end, qStart);
  if (gap.length > 220 || !ASIDE_THEN_VERB.test(gap)) return null;
  // m lies inside the aside: between the head's comma and the aside's closing comma
  const open = f.indexOf(',', head.end);
  const verbAt = head.end + gap.lastIndexOf(',');
  if (!(m.start > open && m.end <= verbAt)) return null;
  // every other name between the head and the figure is inside the aside too, and none is coordinated
  for (let k = 1; k < models.length; k++) {
    const x = models[k];
    if (x.start >= qStart) break;
    if (x.start < open || x.end > verbAt) return null;
    if (COORDINATED_BEFORE.test(f.slice(Math.max(open + 1, x.start - 8), x.start))) return null;
  }
  return head;
}

/** "GPT-4.5, whose preview scored ": the figure closes a "whose" clause hanging off the name. */
const WHOSE_SCORED =
  /^\s*,\s*whose\s+(?:[a-z][\w-]*\s+){1,3}(?:scor\w*|(?:came|comes|sits?|sat|stands?|stood|is|was|lands?|landed)\s+(?:in\s+)?at|reach\w*|hit|posts?|posted|got|gets?)\s+(?:of\s+)?(?:only\s+|just\s+|about\s+|around\s+|roughly\s+)?$/;

export function whoseOwner(f: string, nameEnd: number, qStart: number): boolean {
  const gap = f.slice(nameEnd, qStart);
  return gap.length <= 60 && WHOSE_SCORED.test(gap);
}

/** "... and scored ", "... but reaches ": a second predicate of the clause's subject, right before the figure. */
const SECOND_PREDICATE =
  /^\s*,?\s*(?:and|but)\s+(?:(?:also|still|then|even)\s+)?(?:scor(?:es|ed)|gets?|got|reach(?:es|ed)|manag(?:es|ed)|posts?|posted|hits?|lands?|landed)\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+)?$/;

/** The figure opens a second predicate coordinated after the object name `prev`. */
export function secondPredicate(f: string, prevEnd: number, qStart: number): boolean {
  const gap = f.slice(prevEnd, qStart);
  return gap.length <= 40 && SECOND_PREDICATE.test(gap);
}
