/**
 * Sentence shapes around a comparison verb that decide whether it is a performance comparison and
 * what its objects are. Matched on folded text.
 */

/**
 * "its per-token price is higher than X", "its active count matches X's": the subject is an attribute
 * (price, size, a spec), not the model's performance: no comparison claim (README: prices/sizes are not
 * comparisons).
 */
export const ATTRIBUTE_SUBJECT =
  /\b(?:price|prices|pricing|cost|costs|bill|fees?|latency|memory|vram|footprint|size|count|parameter count|context(?: window)?|window|licen[cs]e|speed|throughput|download|downloads|weights|file|vocabulary)\s+(?:(?:is|are|was|were|still|also|now|even|much|far|well|slightly|just)\s+){0,2}$/;

/**
 * "matches Maverick's.", "lower than Maverick's experimental number": a possessive object compares an
 * attribute or another version of that model, not the named model's own result.
 */
export const POSSESSIVE_ATTRIBUTE =
  /^'s?(?:\s*[.,;:!?)]|\s*$|\s+(?:own\s+)?(?:active|total|parameter|param|context|window|price|pricing|cost|size|licen[cs]e|release|memory|footprint|vocabulary|architecture|expert|layer|speed|latency|experimental|preview|unreleased|chat|older|earlier|newer|previous|headline|original))/;

/** "outperforms every other configuration tested on GPQA Diamond, including X", "comparable to leading
 * closed-source models, including X": X is an object. */
export const EVERY_OTHER_INCLUDING =
  /^\s*(?:(?:every|all|each|any)\s+other\s+[^.;:!?]{0,80}?|(?:[a-z-]+\s+){0,3}(?:models|systems|llms|rivals|competitors|peers)),?\s*(?:including|such as|like|even)\s+(?:the\s+)?$/;

/** "..., and beats it on MMLU-Pro": the object pronoun means the previous comparison's objects. */
export const PRONOUN_OBJECT = /^\s*(?:it|them)\b(?!')/;

/** "... but behind on GPQA": a verb with its object left out and a benchmark after it. */
export const ELIDED_OBJECT = /^\s*(?:(?:on|in|at)\s)/;

/** "Both trail X", "The two models trail X": the models the previous sentence listed. */
export const PLURAL_POINTER_SUBJECT =
  /^\s*(?:(?:and|but|so|yet)\s+)?(?:both|they|the two(?: \w+)?|both (?:models|variants|versions|modes|snapshots|of them)|these two(?: \w+)?|the pair)\s+(?:(?:still|also|now|even|clearly|each)\s+)?$/;

/** "X and Y are tied (on MMLU)", "are neck and neck", "are level", "are evenly matched": no object. */
export const MUTUAL_TIE =
  /\b(?:are|were|remain|stay|finished|end up|ended up)\s+(?:(?:essentially|roughly|basically|effectively|virtually|now|still|statistically)\s+)?(?:tied|level|neck and neck|evenly matched|on par|even|dead even|deadlocked)\b/g;

/** "above the 1285 of the May 2024 GPT-4o snapshot": the object's figure, then the object. */
export const FIGURE_OF_OBJECT =
  /^\s*(?:the|its)\s+\d[\d.,]*%?\s+(?:(?:score|points?|elo|percent)\s+)?(?:of|for|from|by|posted by|scored by)\s+(?:the\s+)?(?:[a-z0-9'-]+\s+){0,3}$/;

/** "is lower than GPT-4o on price", "ahead of X in cost": the comparison is about an attribute. */
export const ATTRIBUTE_AFTER =
  /^\s*(?:on|in|for|by)\s+(?:the\s+)?(?:price|prices|pricing|cost|costs|size|speed|latency|memory|parameters?|parameter count|context(?: window| length)?|footprint)\b/;

/**
 * "at thirty times the price of GPT-4o, while conceding that it trails X": a name inside an attribute's
 * "of" phrase is what the attribute is measured against, never the subject of a later comparison.
 */
export const ATTRIBUTE_OF_NAME =
  /\b(?:price|prices|pricing|cost|costs|size|footprint|speed|latency|bill|rate|rates)\s+of\s+(?:the\s+)?$/;

/** "62.3% for", "46.0 on GPQA for the": a figure pinned to the name that follows. */
export const FIGURE_FOR_NAME =
  /\d(?:%|\s*(?:percent|points?))?(?:\s+on\s+[\w.-]+)?\s+for\s+(?:the\s+)?(?:[a-z]+\s+)?$/;

/** ", ahead of", " in standard mode, below": only a short qualifier and a comma between a name and the verb. */
export const COMMA_THEN_VERB =
  /^(?:\s+(?:snapshot|model|version|checkpoint|variant|build|release))?(?:\s+(?:in|with|on|at)\s+[^,;.()]{1,30})?\s*,\s*(?:[a-z]+\s+)?$/;

/** "drops to 34.4% at 120k, ", "62.5% at the same length, ": a clause that opens with a verb or a figure. */
export const SUBJECTLESS_CLAUSE =
  /^\s*(?:(?:still|also|then|only|just)\s+)?(?:[a-z]+(?:s|ed)\s+(?:to|at|by|only|just|about|around|~?\d)|~?\d)/;

/** "… and DeepSeek's latest model ": a second subject, another maker's model, right before the verb. */
export const OTHER_MAKERS_MODEL =
  /\band\s+(?:the\s+)?[a-z0-9-]+'s\s+(?:[a-z]+\s+){0,2}(?:model|version|release|checkpoint)\s+(?:(?:is|was|now|still)\s+)?$/;
