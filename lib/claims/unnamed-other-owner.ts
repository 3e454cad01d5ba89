/**
 * A figure the sentence gives to a model it describes only by a relative clause: "scores 70.3%,
 * against 49% for the model it replaced", "versus 55% for the system we used before". That model is
 * not the sentence's subject, and nothing names it: no claim. ("the previous version" is left to the
 * sibling rules, which can resolve it to a dated parent.)
 */
const FOR_UNNAMED_AFTER =
  /^\s*(?:\)\s*)?(?:for|from|by|of|with)\s+(?:(?:the|its|their|his|her|our|a)\s+)?(?:(?:model|version|system|one|tool|llm)\s+(?:it|that|which|they|we|he|she)\s+(?:had\s+)?(?:replaced|replaces|superseded|supersedes|succeeded|succeeds|swapped out|used before|previously used))/;

/** True when the text right after a figure hands it to an unnamed earlier or replaced model. */
export function forUnnamedOther(f: string, qEnd: number, e: number): boolean {
  return FOR_UNNAMED_AFTER.test(f.slice(qEnd, Math.min(e, qEnd + 60)));
}
