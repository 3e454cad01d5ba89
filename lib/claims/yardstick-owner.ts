/**
 * "..., compared with $2.50 for the same amount of input to OpenAI's GPT-4o", "against $2.50 input and
 * $10 output per million for GPT-4o": a figure held up as a yardstick ("compared with", "against",
 * "versus") and then tied to a name by a preposition in the same clause is that name's own figure.
 * Only when the name follows the figure with no clause break (comma, semicolon, bracket, full stop)
 * and no verb between (a verb would start another clause with its own subject).
 */
import type { ModelMention } from './mentions';

/** The yardstick word right before the figure (a hedge word may stand between). */
const YARDSTICK_BEFORE =
  /\b(?:compared (?:with|to)|against|versus|vs\.?)\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+)?~?$/;
/** Figure → name: a short phrase ending in a preposition (and maybe the maker's possessive). */
const TO_NAME =
  /^[^,;:.!?()\n]{0,70}?\b(?:for|to|from|of|at|with)\s+(?:[a-z]+(?:'s|’s)\s+)?(?:the\s+)?(?:[a-z0-9-]+\s+)?$/;
/** A finite verb in the gap: another clause, whose subject may not be the name. */
const VERB_IN_GAP = /\b(?:is|are|was|were|has|have|had|costs?|charges?|scores?|scored|gets?|got|does|did)\b/;

export function yardstickOwner(
  f: string,
  s: number,
  qStart: number,
  qEnd: number,
  next: ModelMention,
): boolean {
  if (!YARDSTICK_BEFORE.test(f.slice(Math.max(s, qStart - 24), qStart))) return false;
  const gap = f.slice(qEnd, next.start);
  return TO_NAME.test(gap) && !VERB_IN_GAP.test(gap);
}
