/**
 * What part a figure plays in its phrase, read from a few words either side:
 *
 * - a checkpoint name's size ("Scout (17B-16E-Instruct)"): part of a name, no claim;
 * - the old value of a change ("down from the 7% of its predecessor", "fell from 7% in Llama 3.3 to
 *   below 2%"): a figure of another build, not the subject's;
 * - a count per item ("over 100 languages with more than 1 billion tokens each"): not the model's total;
 * - the whole of a part ("uses 37 billion of its 671 billion parameters"): the total, not the active count;
 * - the sum of the clause's earlier figures ("5.0M for Scout and 2.38M for Maverick, 7.38M in total").
 */
import type { Metric } from '../factbase/metrics';
import type { ModelMention } from './mentions';
import type { Quantity } from './parse-quantity';

/** A size glued to a checkpoint suffix: "17b-16e-instruct", "24b-instruct-2503", "70b-fp8". */
const NAME_SUFFIX_AFTER = /^-(?:\d+e\b|instruct|chat|it\b|base|fp8|fp16|bf16|int[48]|a\d+b)/;

export function isCheckpointNamePart(f: string, q: Quantity): boolean {
  return (
    !!q.scale && f.charCodeAt(q.end) === 45 /* - */ && NAME_SUFFIX_AFTER.test(f.slice(q.end, q.end + 12))
  );
}

/** "down from", "up from": the figure is where a change started. */
const CHANGE_FROM_BEFORE =
  /\b(?:down|up|fell|falls|dropped|drops|rose|rises|climbed|declined|decreased|increased|slipped|improved|went|moved)\s+from\s+(?:the\s+|a\s+|an\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|~\s*)?$/;
/**
 * "from 7% in Llama 3.3 to …", "from the 7% reported for its previous generation": an earlier build's
 * (unnamed, or named after "in": "N for <model>" already finds its owner).
 */
const OTHER_BUILD_AFTER =
  /^(?![^.;\d]*?\bto\s)[^.;\d]{0,50}?\b(?:(?:in|for|of|with)\s+(?:the\s+|its\s+|their\s+)?(?:(?:previous|prior|earlier|older|last)\s+generation|predecessors?)|in\s+[a-z]+\s+\d[\d.]*)\b/;

/** The figure is the starting value of a change, given for an earlier build (its old value). */
export function isPriorValue(f: string, s: number, q: Quantity): boolean {
  // ("dropped from 7% to under 2%" read as one move is the change itself)
  if (q.low !== undefined) return false;
  const before = f.slice(Math.max(s, q.start - 30), q.start);
  if (!before.includes('from')) return false;
  return CHANGE_FROM_BEFORE.test(before) && OTHER_BUILD_AFTER.test(f.slice(q.end, q.end + 70));
}

/** "1 billion tokens each", "50K tokens apiece": a count per item of a list. */
const EACH_AFTER =
  /^[\s-]*(?:(?!(?:for|per|on|in|at|to)\b)[a-z]+\s+)?(?:each|apiece|per\s+(?:language|item|task|file|document|sample|example))\b/;

export function isPerItemCount(f: string, q: Quantity): boolean {
  return EACH_AFTER.test(f.slice(q.end, q.end + 30));
}

/** "37 billion of its ", "17B out of the ": the figure is the whole a part is counted out of. */
const PART_OF_BEFORE =
  /\d[\d.,]*\s*(?:b|bn|billion|t|trillion)?\s+(?:(?:active\s+)?parameters?\s+)?(?:of|out of)\s+(?:its|the|their|a)\s+(?:total\s+(?:of\s+)?)?$/;

export function isWholeOfPart(f: string, s: number, q: Quantity): boolean {
  return PART_OF_BEFORE.test(f.slice(Math.max(s, q.start - 40), q.start));
}

/**
 * Whether `q` equals (within 0.5%) the sum of two or more earlier figures of the same metric in its
 * clause: their total, not a figure of any one model.
 */
export function isSumOfEarlier(
  q: Quantity,
  metric: Metric,
  earlier: readonly { cue: { metric: Metric }; q: Quantity }[],
): boolean {
  if (q.percent || q.value <= 0) return false;
  let sum = 0;
  let n = 0;
  for (const c of earlier)
    if (c.cue.metric === metric && c.q !== q && c.q.value < q.value) {
      sum += c.q.value;
      n++;
    }
  return n >= 2 && Math.abs(sum - q.value) <= q.value * 0.005;
}

/** "in 2023", "since 2019", "by 2026": a year after a preposition of time. */
const YEAR_BEFORE = /\b(?:in|since|from|by|until|during|early|late|mid|of|around)\s+$/;

/** A bare four-digit year (1990-2039) after a preposition of time: no claim value. */
export function isYear(f: string, s: number, q: Quantity): boolean {
  if (q.scale || q.percent || q.currency || q.decimals !== 0 || q.value < 1990 || q.value > 2039)
    return false;
  if (!/^\d{4}$/.test(f.slice(q.start, q.end))) return false;
  return YEAR_BEFORE.test(f.slice(Math.max(s, q.start - 12), q.start));
}

/** People as the clause's subject: "human experts score about 65%", "PhD students manage 34%". */
const PEOPLE_SUBJECT =
  /^\s*(?:(?:for comparison|by comparison|by contrast|meanwhile),?\s+)?(?:the\s+)?(?:average\s+|typical\s+)?(?:human|humans|people|(?:human\s+|domain\s+)?experts|phd\s+students|students|graduates|annotators|crowd\s?workers|non-experts|laypeople|doctors|physicians|radiologists|programmers|developers)\b[^,;:\d]{0,40}?\b(?:scor\w*|get|got|gets|reach\w*|manag\w*|answer\w*|averag\w*|achiev\w*)\s+(?:about\s+|around\s+|roughly\s+|only\s+|just\s+|~\s*)?$/;

/** The figure is a score of people, not of a model: the clause opens with them and names no model. */
export function humanScore(f: string, models: readonly ModelMention[], s: number, q: Quantity): boolean {
  const lead = f.slice(s, q.start);
  const cut = Math.max(lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1;
  if (models.some((m) => m.start >= s + cut && m.end <= q.start)) return false;
  return PEOPLE_SUBJECT.test(lead.slice(cut));
}
