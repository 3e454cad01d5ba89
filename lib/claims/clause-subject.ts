/**
 * Which name is a clause's subject when another name stands between it and the figure.
 *
 * - "X was on par with Y and scored 75.9": a verb coordinated after an object (Y) shares the
 *   sentence subject (X); Y, the nearest name, is only the yardstick.
 * - "X, which Meta released alongside Y, is a model with 17B active parameters" / "X, a model a
 *   sixth of Y's size, scores 0.468": a comma-delimited interruption (relative clause or
 *   appositive) between the subject name and its verb; names inside it own nothing after it.
 */

/** The gap between an object name and a figure is "and/but <verb>": the verb is the subject's. */
const COORDINATED_VERB =
  /^\s*,?\s*(?:and|but|yet)\s+(?:also\s+|still\s+|then\s+|only\s+)?(?:scor(?:es|ed)|gets|got|reach(?:es|ed)|hits|posts|posted|(?:sits|sat|lands|landed|stands|stood) at|(?:came|comes) in at|manag(?:es|ed)|achiev(?:es|ed)|has|had|is|was|costs)\s+(?:at\s+)?(?:only\s+|just\s+|about\s+|around\s+|roughly\s+)?$/;

export const coordinatedVerb = (gap: string): boolean =>
  gap.includes('and') || gap.includes('but') || gap.includes('yet') ? COORDINATED_VERB.test(gap) : false;

/**
 * ", which Meta released on April 5, 2025 alongside Scout, is": the interruption opens with a
 * relative pronoun, an article/possessive (an appositive) or a participle, holds no clause break
 * (a date's "5, 2025" comma is allowed) and closes with a comma and the main clause's verb.
 */
const INTERRUPTION =
  /^\s*,\s*(?:which|who|whose|a|an|the|its|their|released|launched|unveiled|announced|built|trained|first|now|once|like|unlike|alongside)\s(?:[^,;:.!?()]|,\s*(?=\d{4}\b)|\.(?=\d))*?,\s+(?:(?:also|still|now|only|just|reportedly|already|actually)\s+)?(?:is|was|has|had|scores|scored|gets|got|reaches|reached|posts|posted|sits|sat|lands|landed|comes|came|uses|used|offers|offered|supports|supported|handles|handled|costs|activates|features|takes|took|manages|managed|hits|runs|ran|spans|holds|held|ships|shipped|trails|beats|leads|tops|topped|ranks|ranked)\b/;

/**
 * Where the interruption after `headEnd` (the end of a name opening its sentence) ends, i.e. where
 * the main clause's verb starts; -1 when the name is not followed by one. `lead` is the sentence
 * text before the name: at most a few words, no figure and no clause break.
 */
export function interruptionEnd(f: string, lead: string, headEnd: number): number {
  if (!/^\s?,/.test(f.slice(headEnd, headEnd + 2))) return -1;
  if (lead.length > 40 || /[\d,;:]/.test(lead)) return -1;
  const m = INTERRUPTION.exec(f.slice(headEnd, headEnd + 200));
  if (!m) return -1;
  const verb = /\s(\S+)$/.exec(m[0]);
  return headEnd + m[0].length - (verb ? verb[1].length : 0);
}

/**
 * "At GPT-4o's list price of $2.50", "Scout's reported GPQA Diamond score of 57.2": the gap from a
 * possessive name to the figure is that name's own noun phrase (up to three words) closed by "of".
 */
const POSSESSIVE_OF =
  /^['’]s\s+(?:[a-z][\w.-]*\s+){1,3}of\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+)?~?$/;

export const possessivePhrase = (gap: string): boolean =>
  gap.length < 60 && (gap.startsWith("'s") || gap.startsWith('’s')) && POSSESSIVE_OF.test(gap);

/**
 * "human experts score about 65%", "PhD students average 34%": a people baseline on the benchmark,
 * not a model's score. The people are the subject of the score verb right before the figure.
 */
const HUMAN_SCORER =
  /\b(?:humans?|human\s+(?:experts?|baselines?|annotators?|raters?|participants?|testers?)|(?:phd|graduate|college)\s+students|students|(?:domain\s+)?experts|people|doctors|crowd\s?workers)\s+(?:[a-z]+\s+){0,2}?(?:scor(?:e|es|ed|ing)|gets?|got|answer(?:s|ed)?|averag(?:e|es|ed)|achiev(?:e|es|ed)|manag(?:e|es|ed)|reach(?:es|ed)?)\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|nearly\s+|~\s*)?$/;

export const humanScorer = (lead: string): boolean => HUMAN_SCORER.test(lead);
