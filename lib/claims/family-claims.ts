/**
 * Claims about a model FAMILY itself ("Meta released Llama 4 on April 5", "Llama 4 models are under the
 * Llama 4 Community License", "Llama 4 now refuses under 2% of prompts"). Decided by grammar: the family
 * name is the clause's subject (a verb or a plural head noun follows it, no preposition governs it) or the
 * direct object of a release verb, and the sentence names none of the family's models before the figure.
 * Only figures a whole family can have are read this way (a release date, a licence, a refusal rate);
 * sizes and scores stay with the models.
 */
import type { ModelMention } from './mentions';

/** Metrics a family as a whole can state. */
export const FAMILY_METRICS: ReadonlySet<string> = new Set(['release_date', 'license', 'refusal_rate']);

/** "Llama 4 models", "the Llama 4 family/herd/series" (plural heads; "a Llama 4 model" is one member). */
const PLURAL_HEAD = /^\s*(?:models|family|herd|series|line-?up|generation)\b/;
/** "Llama 4 release on April 5", "Llama 4's launch": the family's release as a noun. */
const RELEASE_NOUN = /^(?:'s|’s)?\s*(?:release|launch|debut|rollout)\b/;
/** A verb right after the name: the family is the clause's subject ("Llama 4 is", "Llama 4 now refuses"). */
const VERB_AFTER =
  /^\s*(?:(?:now|also|still|officially|reportedly|then|first|finally|both|all)\s+)?(?:is|was|are|were|has|have|had|will|would|can|could|does|did|refuses|refused|declines|declined|answers|answered|ships|shipped|comes|came|falls|fell|sits|uses|used|arrived|launched|landed|debuted|dropped|went|became|carries|carried|cuts|cut)\b/;
/** A preposition or conjunction governing the name: "two models of the Llama 4 family", "than Llama 4". */
const GOVERNED_BEFORE =
  /\b(?:of|in|into|from|for|to|than|with|like|on|by|at|about|vs\.?|versus|over|behind|under|among|within|and|or|beats?|trails?|outperforms?|matches)\s+(?:the\s+|its\s+|their\s+|a\s+|[a-z]+'s\s+|[a-z]+’s\s+)?(?:new\s+|latest\s+|whole\s+|entire\s+|first\s+)?$/i;
/** A release verb whose direct object is the family ("Meta dropped Llama 4", "presented ... its new family Llama 4"). */
const RELEASE_VERB_BEFORE =
  /\b(?:released|releases|launched|launches|dropped|drops|unveiled|unveils|introduced|introduces|announced|announces|shipped|ships|presented|presents|debuted|open-?sourced)\s+(?:[^\s.;:!?]+\s+){0,8}?$/i;
const VERSIONED_NAME = /\b[A-Z][A-Za-z]+[\s-]?\d/;
const BETWEEN_STOP = /[;!?]|\.\s/;
/** "Use of Llama 4 models", "all of the Llama 4 models": a governed name still heads the subject. */
const QUANTIFIED_OF = /\b(?:use|all|each|both|none|every one) of\s+(?:the\s+)?$/i;

/** Words between a release verb and its object may not be a preposition-led member list ("two models in its"). */
function isReleaseObject(before: string): boolean {
  const m = RELEASE_VERB_BEFORE.exec(before);
  if (!m) return false;
  // "released two models ...": the object is the models, not the family
  return !/\bmodels?\b/i.test(before.slice(m.index));
}

/**
 * The family mention that a figure at [at, atEnd) is said of, or null. `all` are the sentence's mentions (models
 * and families, licence names already removed), `s`/`e` the sentence bounds in `f` (folded text).
 */
export function familyOwner(
  f: string,
  orig: string,
  all: readonly ModelMention[],
  s: number,
  at: number,
  metric: string,
): ModelMention | null {
  if (!FAMILY_METRICS.has(metric)) return null;
  let fam: ModelMention | null = null;
  for (const m of all) {
    // a model of any family named before the figure takes it (members are the subject: one claim each)
    if (!m.isFamily) {
      if (m.start < at) return null;
      // "far below the 5% that Claude 3.7 Sonnet posts": a model right after the figure may own it
      if (m.start - at < 48 && !BETWEEN_STOP.test(f.slice(at, m.start))) return null;
      continue;
    }
    if (fam) continue;
    const before = f.slice(s, m.start);
    const after = f.slice(m.end, m.end + 40);
    const lead = before.slice(-60);
    // "the Llama 4 release on April 5" dates the family's release wherever the phrase sits
    const releaseNoun = metric === 'release_date' && m.end <= at && RELEASE_NOUN.test(after);
    if (!releaseNoun && GOVERNED_BEFORE.test(lead) && !(QUANTIFIED_OF.test(lead) && PLURAL_HEAD.test(after)))
      continue;
    const subject = m.end <= at && (PLURAL_HEAD.test(after) || VERB_AFTER.test(after));
    const released = releaseNoun || (metric === 'release_date' && isReleaseObject(before.slice(-80)));
    if (!subject && !released) continue;
    // the figure in the same clause as the name (no clause break between them)
    const lo = Math.min(m.end, at);
    const hi = Math.max(m.start, at);
    if (BETWEEN_STOP.test(f.slice(lo, hi))) continue;
    // "since Llama 3.1, which came out on July 23": a versioned name between them (one the dictionary lacks)
    if (VERSIONED_NAME.test(orig.slice(lo, hi))) continue;
    fam = m;
  }
  return fam;
}

/** A sentence whose subject is a family and that names none of its models: the family a next sentence may go on about. */
export function familySentenceSubject(
  f: string,
  all: readonly ModelMention[],
  s: number,
): ModelMention | null {
  if (all.some((m) => !m.isFamily)) return null;
  for (const m of all) {
    if (!m.isFamily) continue;
    if (GOVERNED_BEFORE.test(f.slice(Math.max(s, m.start - 60), m.start))) continue;
    if (VERB_AFTER.test(f.slice(m.end, m.end + 40))) return m;
  }
  return null;
}
