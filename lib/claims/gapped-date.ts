/**
 * Whose release date a date is when the sentence's grammar names the owner right next to it:
 *  - a gapped clause, "Sonnet 3.7 came out on February 24, GPT-4.5 on February 27": the verb is left
 *    out of the second clause, whose subject is the name just before "on"/"in" and the date;
 *  - a relative clause about a name the dictionary lacks, "it trails o3-mini, which OpenAI released in
 *    January": the date is that name's (no model's of ours).
 */
import type { ModelMention } from './mentions';

/** ", GPT-4.5 on", "and R2 in": the name heads a verbless clause that closes on the date's preposition. */
const GAP_AFTER_NAME = /^\s+(?:on|in)\s+$/;
const GAP_BEFORE_NAME = /(?:,|\band|;)\s*$/;

/** The model named as a gapped clause's subject right before the date at `at`, or null. */
export function gappedDateOwner(
  f: string,
  models: readonly ModelMention[],
  s: number,
  at: number,
  cueStart: number,
  dates: readonly { start: number }[],
): ModelMention | null {
  if (cueStart < 0 || cueStart >= at) return null;
  for (const m of models) {
    if (m.isFamily || m.end > at || m.start <= cueStart || at - m.end > 5) continue;
    if (!GAP_AFTER_NAME.test(f.slice(m.end, at))) continue;
    if (!GAP_BEFORE_NAME.test(f.slice(Math.max(s, m.start - 6), m.start))) continue;
    // the first clause had its own date ("on February 24, GPT-4.5 on"); without one, "released Scout and
    // Maverick on April 5" coordinates two objects of one verb and one date
    if (!dates.some((d) => d.start > cueStart && d.start < m.start)) continue;
    return m;
  }
  return null;
}

/** "o3-mini, which OpenAI released", "Scout, which Meta launched": the antecedent of the release verb's
 * relative clause (a name, then "which"/"that", then at most the releasing organisation). */
const RELATIVE_BEFORE_CUE =
  /,?\s+(?:which|that)\s+(?:(?:we|they|[A-Z][\w.&'’-]*)\s+){0,2}(?:has\s+|had\s+|was\s+|first\s+|only\s+|just\s+)?$/;
/** A versioned name ("o3-mini", "R1", "Qwen2.5", "Small 3") ending right before the relative pronoun (not a year). */
const VERSIONED_BEFORE = /(?:^|[\s(])(?![12]\d{3}\b)(?:[A-Za-z][\w.-]*)?\d[\w.-]*$/;

/**
 * The owner of a date whose release verb opens a relative clause: the model the clause hangs on, `null`
 * for a versioned name the dictionary lacks (no model of ours), `undefined` when the verb opens none.
 */
export function relativeDateOwner(
  orig: string,
  models: readonly ModelMention[],
  s: number,
  cueStart: number,
): ModelMention | null | undefined {
  if (cueStart < 0) return undefined;
  const lo = Math.max(s, cueStart - 60);
  const lead = orig.slice(lo, cueStart);
  const m = RELATIVE_BEFORE_CUE.exec(lead);
  if (!m) return undefined;
  const nameEnd = lo + m.index;
  const known = models.find((x) => !x.isFamily && x.end === nameEnd);
  if (known) return known;
  return VERSIONED_BEFORE.test(orig.slice(Math.max(s, nameEnd - 40), nameEnd)) ? null : undefined;
}

/** "Scout and Maverick followed on April 5", "DeepSeek-V3-0324 followed on March 24", "the mini version
 * followed": the name right before "followed" (a version noun may sit between). */
const FOLLOWED_LEAD =
  /^[\s,]*(?:(?:version|model|checkpoint|variant)\s+)?(?:(?:then|later|soon|quickly|shortly)\s+)?$/;

/**
 * "followed" dates only the model that is its subject: `undefined` when the verb is not "followed",
 * the subject otherwise, `null` when the subject is no model ("a refreshed checkpoint followed in March",
 * "the stable version followed": a version of a model the sentence does not name).
 */
export function followedOwner(
  f: string,
  models: readonly ModelMention[],
  cueStart: number,
  at: number,
): ModelMention | null | undefined {
  // (a date before the verb is the previous clause's: "announced on December 11, and the X followed")
  if (cueStart < 0 || cueStart > at || !f.startsWith('followed', cueStart)) return undefined;
  let who: ModelMention | null = null;
  for (const m of models) if (m.end <= cueStart && FOLLOWED_LEAD.test(f.slice(m.end, cueStart))) who = m;
  return who;
}
