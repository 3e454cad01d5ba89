/**
 * Figures that sit next to a metric word but are not the model's own value: a context length the
 * writer ran or tested at ("ran it with a 32k window", "tested up to 32K", "On X at 120k tokens,
 * it scored 27.3%"), a part's size ("a 14B prediction module", "the module adds 14 billion
 * parameters", "stop adding 2B to it"). Checked only once a cue has matched, on the short slices
 * classifyQuantity already holds (no extra pass over the text).
 */

/** Writer-side run settings: a verb of running/testing/capping before "with/at/up to" + the number. */
const RUN_VERB_BEFORE =
  /\b(?<!\b(?:can|could|will|would|to|may|might)\s)(?:ran|run|runs|running|tested|tests?|testing|tried|benchmarked|evaluated|measured|(?:cap|caps|capped|capping|set|limit|limited)\s+(?:it|them|this|that|the model|each|everything|both))\b[^.;:!?]{0,40}?\b(?:with|at|up to)\s+(?:an?\s+|the\s+)?(?:~|about\s+|around\s+|roughly\s+)?$/;

/** "... at 120k tokens, it scored 27.3%": a benchmark's length setting, not a window. */
function lengthSettingOfScore(before: string, after: string): boolean {
  return (
    /\bat\s*$/.test(before) &&
    // ("Maverick, advertised at 1 million tokens, managed 36.4%": the spec the model is sold with)
    !/\b(?:advertised|marketed|sold|billed|rated|specced|listed|announced|quoted|pitched)\s+at\s*$/.test(
      before,
    ) &&
    /^[^.;]{0,80}?\d(?:\.\d+)?\s*(?:%|percent\b)/.test(after)
  );
}

/** "cut the input to 120,000 tokens": the length the writer fed in, not the model's window. */
const INPUT_CUT_BEFORE =
  /\b(?:cut|cuts|trim(?:s|med)?|shortened|shortens|reduced|reduces|truncated|truncates|chopped)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?(?:input|prompt|document|text|novel|book|transcript|repo|repository|codebase|monorepo|corpus|dataset|file|log)s?\s+(?:down\s+)?to\s+(?:about\s+|around\s+|roughly\s+)?$/;

export function isRunSetting(before: string, after: string): boolean {
  // "measured its effective length at about 8K": the model's own (usable) window, not a setting
  if (before.includes('effective') && EFFECTIVE_AT.test(before)) return false;
  return (
    WEIGHS_IN_BEFORE.test(before) ||
    RUN_VERB_BEFORE.test(before) ||
    INPUT_CUT_BEFORE.test(before) ||
    lengthSettingOfScore(before, after) ||
    INPUT_SIZE_BEFORE.test(before) ||
    SCORE_WITH_BEFORE.test(before) ||
    INPUT_REACH_BEFORE.test(before)
  );
}

/** "has only 27.3% with 120k tokens": the length a score was measured at, right after the score. */
const SCORE_WITH_BEFORE = /\d(?:[.,]\d+)?\s*(?:%|percent)\s+(?:with|at|on|over|for)\s+(?:an?\s+|the\s+)?$/;
/** "our threads, which rarely go past 20k tokens": how long the writer's inputs get. */
const INPUT_REACH_BEFORE =
  /\b(?:threads?|documents?|docs|prompts?|inputs?|conversations?|files?|transcripts?|codebases?|repos?|chats?|tickets?)\b[^.;\d]{0,40}\b(?:go(?:es)?|went|run|runs|ran|get|gets|got|stretch(?:es)?|reach(?:es)?|exceed(?:s)?|top(?:s)? out)\s+(?:past|beyond|over|above|to|at|up to)?\s*(?:about\s+|around\s+|roughly\s+|~\s*)?$/;

/** "a monorepo that weighs in at about 2.1 million tokens": the size of something the writer has. */
const WEIGHS_IN_BEFORE = /\bweigh(?:s|ed|ing)?\s+in\s+at\s+(?:about\s+|around\s+|roughly\s+|~\s*)?$/;
const EFFECTIVE_AT =
  /\beffective\s+(?:context\s+)?(?:length|window|context)\s+(?:at|of|is|was|as|to be|:)\s+(?:about\s+|around\s+|roughly\s+|~\s*|just\s+|only\s+)?$/;
/** "threads longer than 30,000 tokens", "documents over 100K tokens": inputs the writer fed, sized. */
const INPUT_SIZE_BEFORE =
  /\b(?:threads?|documents?|docs|prompts?|inputs?|texts?|conversations?|files?|transcripts?|books?|codebases?|repos?|chats?|pages?)\s+(?:(?:that are|that were|of)\s+)?(?:longer|shorter|bigger|larger|over|above|beyond|past|under|below)\s+(?:than\s+)?(?:about\s+|around\s+|roughly\s+|~\s*)?$/;

const PART_AFTER =
  /^(?:[a-z-]+\s+){0,3}?(?:modules?|components?|adapters?|heads?|encoders?|decoders?|projectors?|draft models?)\b/;
const ADDS_BEFORE =
  /\b(?:adds?|adding|added|bolts? on|contributes?|contributing)\s+(?:another\s+|an?\s+(?:extra|additional|further)\s+|(?:about|roughly|around|some)\s+)?$/;

/** A parameter count that sizes a part of the model, or an increment added on top of it. */
/** "The extra 2B seems to come from a misread slide": a difference between two sizes. */
const DIFFERENCE_BEFORE = /\b(?:the|that|this|those|these)\s+(?:extra|additional|missing|surplus)\s+$/;

export function isPartFigure(before: string, after: string): boolean {
  return PART_AFTER.test(after) || ADDS_BEFORE.test(before) || DIFFERENCE_BEFORE.test(before);
}

/**
 * A figure summed over several models ("7.38M in total across the two", "a combined 3.2M"): no one
 * model's value. Any metric; checked on the short slices around an already-cued figure.
 */
const SUM_AFTER =
  /^(?:[a-z-]+\s+){0,2}?(?:(?:in total|total|combined)\s+)?(?:across\s+(?:the\s+|all\s+)?(?:two|three|four|five)\b(?!\s+(?:benchmarks?|tests?|runs?|settings?|tasks?|tracks?|splits?))|between\s+(?:them|the\s+(?:two|three|four))\b)|^(?:in total|combined)\s+for\s+(?:the\s+|all\s+)?(?:two|three|four|both)\b|^(?:(?:in total|combined)\s+)?for\s+the\s+pair\b/;
const SUM_BEFORE =
  /\btogether\s+(?:it|that|this)\s+(?:is|was|makes|comes to|came to)\s+(?:about\s+|roughly\s+|some\s+|nearly\s+)?$|\b(?:a\s+combined|combined\s+total\s+of|together\s+(?:they|the\s+two)\s+\w+)\s+$|\bcombined\s+(?:as|at|is|was|were|came to|comes to|totals?|totall?ed|of)\s+(?:about\s+|roughly\s+|some\s+|nearly\s+)?$|\bacross\s+(?:both|the\s+two|all\s+(?:three|four))\s+(?:[a-z-]+\s+){0,2}(?:models|versions|variants|checkpoints|releases)\b[^.;\d]{0,50}$/;
/** "a total of": a sum over models only where the clause speaks of several ("both used a total of"). */
const TOTAL_OF_BEFORE = /\ba\s+total\s+of\s+$/;
const SEVERAL_BEFORE =
  /\b(?:both|the\s+(?:two|three|four)|they|together|all\s+(?:two|three|four|of\s+them)|the\s+family|the\s+herd)\b/;

export function isSumFigure(before: string, after: string): boolean {
  return (
    SUM_AFTER.test(after) ||
    SUM_BEFORE.test(before) ||
    (TOTAL_OF_BEFORE.test(before) && SEVERAL_BEFORE.test(before))
  );
}
