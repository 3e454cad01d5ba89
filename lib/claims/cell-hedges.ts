/**
 * Hedges a table cell carries around its one figure: a lead phrase ("nearly 2T", "est. 1.8T",
 * "reportedly 1.8T") or a trailing bracket ("2T (est.)", "1.8T (rumoured)"). A cell holds nothing
 * else, so the phrase must be the whole lead, and the bracket must hold only hedge words.
 */
import type { Hedge } from '../factbase/metrics';
import { hedgeBefore } from './hedges';

const LEAD_ESTIMATE = /^(?:est\.?|estimated|an estimated|approximately|circa|ca\.|c\.)$/;
const LEAD_REPORTED = /^(?:reportedly|rumou?red|allegedly|reported)$/;

export function cellLeadHedge(lead: string): Hedge | null {
  if (LEAD_ESTIMATE.test(lead)) return 'about';
  if (LEAD_REPORTED.test(lead)) return 'reportedly';
  const h = hedgeBefore(lead + ' ');
  return h && h.length >= lead.length ? h.hedge : null;
}

const TAIL_ESTIMATE = /^\s*\(\s*(?:est\.?|estimated?|estimate|approx\.?|approximate)\s*\)/;
const TAIL_REPORTED = /^\s*\(\s*(?:reported|rumou?red|unconfirmed|leaked|alleged)\s*\)/;

/** `rest` is the folded text after the figure (footnotes stripped). */
export function cellTailHedge(rest: string): Hedge | null {
  if (TAIL_ESTIMATE.test(rest)) return 'about';
  if (TAIL_REPORTED.test(rest)) return 'reportedly';
  return null;
}
