/**
 * Shapes a figure cannot have for the metric it was given.
 *  - a context window under a thousand tokens ("Flash on 50.0" read as a window after "8,000 tokens"):
 *    no model's window is that small, so the figure measures something else;
 *  - "It's 671B with 37B activated": the first count of an "N with M active" pair is the total.
 */
import type { Claim } from './types';

export function tooSmallWindow(c: Claim): boolean {
  return c.metric === 'context_window' && c.value !== null && c.value < 1000;
}

const ACTIVE_AFTER =
  /^\s*(?:parameters?\s+)?(?:(?:in\s+)?total\s+)?,?\s*(?:with|of which)\s+(?:only\s+|just\s+)?~?\d[\d.,]*\s*(?:b|billion)\b[^.;\d]{0,24}?\b(?:active|activated)\b/i;

/** An "active" count that opens "N with M active": relabelled as the total. */
export function totalBeforeActive(text: string, c: Claim): boolean {
  return (
    c.metric === 'active_params' && c.context === 'prose' && ACTIVE_AFTER.test(text.slice(c.end, c.end + 60))
  );
}
