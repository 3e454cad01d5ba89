/**
 * A family-wide total: "the family as a whole passed 1.2 billion downloads", "Llama models had been
 * downloaded more than 1.2 billion times since 2023", "the Llama family as a whole has passed 1 billion
 * downloads". The clause's subject is the family or its models (plural), not the member model the
 * attribution carried in, so the figure is no member's.
 */
import type { Claim } from './types';

/** The clause before the figure names the family or its models as a whole. */
const FAMILY_SUBJECT = /\b(?:family|families|models|lineup|line-up|series)\b/i;

export function isFamilyTotal(text: string, bStart: number, c: Claim, isFamily: boolean): boolean {
  if (c.metric !== 'downloads' || c.context !== 'prose' || isFamily) return false;
  const head = text.slice(Math.max(bStart, c.start - 160), c.start);
  // the figure's own clause: after the last sentence or clause break
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '), head.lastIndexOf(', '));
  return FAMILY_SUBJECT.test(cut >= 0 ? head.slice(cut + 2) : head);
}
