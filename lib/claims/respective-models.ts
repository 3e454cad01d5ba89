/**
 * "Scout and Maverick have windows of 10M and 1M tokens respectively", "GPT-4o and Claude 3.7
 * Sonnet cost $2.50 and $3, respectively": a list of figures mapped in order onto a list of
 * models of the same length, one claim each (never every figure to every model).
 * With no model in the sentence ("Epoch converts these to 4.08 × 10²⁴ and 2.244 × 10²⁴ FLOP
 * respectively"), the list is the models the paragraph just named, in order.
 */
import type { ModelMention } from './mentions';
import type { Quantity } from './parse-quantity';

/** Between two figures of the list: "and", a comma, a slash, maybe a repeated unit ("10M tokens and 1M"). */
const FIGURE_SEP = /^\s*(?:%|[a-z-]+(?:\s+[a-z-]+){0,2})?\s*(?:,\s*(?:and\s+)?|and\s+|&\s+|\/\s*)$/;
/** After the last figure: its unit words, then "respectively" ("FLOP respectively", "per million tokens, respectively"). */
const TO_RESPECTIVELY = /^[^.;\d]{0,40}?\brespectively\b/;

const DIGIT = /\d/;

export interface RespectiveModels {
  /** Figure → its model. */
  owner: Map<Quantity, ModelMention>;
  /** Figure → the list's last figure (which carries the unit the others share). */
  last: Map<Quantity, Quantity>;
}

function distinct(ms: ModelMention[]): ModelMention[] {
  const seen = new Set<string>();
  return ms.filter((m) => !m.isFamily && !seen.has(m.ref.id) && !!seen.add(m.ref.id));
}

/** The figure list that "respectively" closes, or null. */
function figureRun(f: string, quantities: Quantity[], at: number): Quantity[] | null {
  let k = -1;
  for (let i = 0; i < quantities.length; i++) if (quantities[i].end <= at) k = i;
  if (k < 1 || !TO_RESPECTIVELY.test(f.slice(quantities[k].end, at + 12))) return null;
  const run = [quantities[k]];
  while (k > 0 && FIGURE_SEP.test(f.slice(quantities[k - 1].end, quantities[k].start)))
    run.unshift(quantities[--k]);
  return run.length > 1 ? run : null;
}

export function respectiveModels(
  f: string,
  s: number,
  e: number,
  quantities: Quantity[],
  models: ModelMention[],
  earlier: ModelMention[],
): RespectiveModels | null {
  const at = f.indexOf('respectively', s);
  if (at < 0 || at > e) return null;
  const run = figureRun(f, quantities, at);
  if (!run) return null;
  let owners: ModelMention[];
  const before = models.filter((m) => m.end <= run[0].start && !m.isFamily);
  if (before.length) {
    // the names in the order given ("Scout and Maverick", "Scout beats GPT-4o ... at $0.15 and $2.50"),
    // with no figure of their own between them
    for (let i = 1; i < before.length; i++)
      if (DIGIT.test(f.slice(before[i - 1].end, before[i].start))) return null;
    owners = distinct(before);
    if (owners.length !== before.length) return null;
  } else if (!models.length) {
    // the paragraph's last names, in the order given, within a sentence or two
    const prior = earlier.filter((m) => m.end <= s && !m.isFamily);
    const picked: ModelMention[] = [];
    for (let i = prior.length - 1; i >= 0 && picked.length < run.length; i--)
      if (!picked.some((p) => p.ref.id === prior[i].ref.id)) picked.unshift(prior[i]);
    if (picked.length !== run.length || s - picked[0].start > 300) return null;
    owners = picked;
  } else return null;
  if (owners.length !== run.length) return null;
  const owner = new Map<Quantity, ModelMention>();
  const last = new Map<Quantity, Quantity>();
  run.forEach((q, i) => {
    owner.set(q, owners[i]);
    last.set(q, run[run.length - 1]);
  });
  return { owner, last };
}
