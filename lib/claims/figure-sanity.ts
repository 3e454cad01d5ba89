/**
 * Shapes a figure cannot have for the metric it was given.
 *  - a context window under a thousand tokens ("Flash on 50.0" read as a window after "8,000 tokens"):
 *    no model's window is that small, so the figure measures something else;
 *  - "It's 671B with 37B activated": the first count of an "N with M active" pair is the total;
 *  - "180K GPU hours per trillion tokens": a training figure per some unit is a rate, not the run's total.
 * (A size that belongs to a name is name-size.ts's concern.)
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

const TRAINING = new Set(['training_gpu_hours', 'training_tokens', 'training_compute', 'training_gpus']);
const PER_AFTER =
  /^\s*(?:of\s+compute\s+|flops?\s+)?(?:per|each|every|a)\s+(?:(?:single|given)\s+)?(?:trillion|billion|million|thousand)?\s*(?:tokens?|steps?|days?|hours?|gpus?|nodes?|epochs?|runs?|iterations?)\b/i;

export function isTrainingRate(text: string, c: Claim): boolean {
  return TRAINING.has(c.metric) && c.context === 'prose' && PER_AFTER.test(text.slice(c.end, c.end + 40));
}
