import type { ModelMention } from './mentions';

/**
 * Models the article says are not out ("Behemoth is still being trained", "Not released yet."): such a
 * model has no licence of its own, so "both downloadable models are under the Llama 4 Community License"
 * means the family's other members, however recently the unreleased one was discussed.
 */
const NOT_OUT =
  /\b(?:unreleased|not (?:yet )?(?:been )?(?:publicly )?released(?!\s+(?:the|its|their|any|an?|details|weights|data|code)\b)|yet to be released|still (?:being )?train(?:ing|ed)|still in training|(?:release|launch) (?:has|have|had) (?:been )?(?:pushed back|delayed|postponed|slipped)|(?:release|launch) (?:was|is) (?:pushed back|delayed|postponed))\b/g;

/** An unnamed model between the name and the cue ("a far larger model", "a third one"): the cue's subject. */
const OTHER_SUBJECT =
  /\b(?:a|an|another|third|fourth)\s+(?:[\w-]+\s+){0,3}(?:model|one|version|system|checkpoint)s?\b/;

let cueText = '';
let cueHit = false;

/** Notes in `into` the model each "not out" cue of a sentence is about; `last` stands in for "it". */
export function noteUnreleased(
  f: string,
  s: number,
  e: number,
  models: ModelMention[],
  last: ModelMention | null,
  into: Set<string>,
): void {
  // (a block without either word has no cue in any of its sentences: checked once per block)
  if (f !== cueText) {
    cueText = f;
    cueHit = f.includes('releas') || f.includes('train') || f.includes('launch');
  }
  if (!cueHit) return;
  const text = f.slice(s, e);
  if (!text.includes('releas') && !text.includes('train') && !text.includes('launch')) return;
  NOT_OUT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NOT_OUT.exec(text))) {
    const at = s + m.index;
    let who: ModelMention | null = null;
    for (const x of models) if (x.end <= at && at - x.end <= 80) who = x;
    if (!who && !models.length) who = last;
    // "Scout and Maverick ... and that a far larger model still in training": another noun phrase is the subject
    if (who && OTHER_SUBJECT.test(f.slice(who.end, at))) continue;
    if (who && !who.isFamily) into.add(who.ref.id);
  }
}
