/**
 * A token count in a context-window sentence that is a length the text used, not the window a model
 * has: a bound something was measured past ("accuracy falls off beyond 2K tokens"), a margin
 * ("came within about 15,000 tokens of it"), what a user capped their prompts at ("capped prompts
 * at 32,000 tokens"), the size of a document ("a 30-page report comes out at 18,000 tokens"), or
 * what a host serves ("max. 512K context served").
 */

/** "beyond 2K", "past roughly a thousand": the figure is a bound on a measurement, not a size. */
const BOUND_BEFORE = /\b(?:beyond|past)\s+(?:about\s+|around\s+|roughly\s+|some\s+|~\s*)?$/;
/** "within about 15,000 tokens of it": a margin to a limit. */
const WITHIN_BEFORE = /\bwithin\s+(?:about\s+|around\s+|roughly\s+|some\s+|~\s*)?$/;
const OF_AFTER = /^[\s-]*(?:tokens?\s+)?of\b/;
/** "prompts at 32,000 tokens", "requests to 8K": a user's inputs held at a length. */
const INPUTS_AT_BEFORE =
  /\b(?:prompts?|requests?|inputs?|queries|chunks?|documents?|calls)\s+(?:at|to)\s+(?:about\s+|around\s+|roughly\s+|~\s*)?$/;
/** A document as the clause's subject, then "comes out at" / "runs to" / "is": its length. */
const DOCUMENT_SUBJECT =
  /^\s*(?:(?:a|an|the|one|each|every|my|our|your|this|that|typical|average)\s+)*(?:[\w-]+\s+){0,3}?(?:report|pdf|document|book|novel|file|transcript|codebase|repo|contract|manual|paper|chapter|page|prompt|email|thread|article)s?\s+(?:[a-z]+\s+){0,2}?(?:comes?|came|runs?|ran|works?|adds?|is|was|totals?|weighs?)\b[^.;]{0,24}$/;
/** "max. 512K context served", "1M tokens served": a host's serving limit. */
const SERVED_AFTER = /^[\s-]*(?:tokens?\s+)?(?:of\s+)?(?:context|window)\s+(?:is\s+|are\s+)?served\b/;

/** Whether the context-window figure at [qStart, qEnd) of `f` (sentence from `s`) is a usage length. */
export function isUsageLength(f: string, s: number, qStart: number, qEnd: number): boolean {
  const before = f.slice(Math.max(s, qStart - 60), qStart);
  const after = f.slice(qEnd, qEnd + 40);
  if (BOUND_BEFORE.test(before)) return true;
  if (WITHIN_BEFORE.test(before) && OF_AFTER.test(after)) return true;
  if (INPUTS_AT_BEFORE.test(before)) return true;
  if (SERVED_AFTER.test(after)) return true;
  // the clause's subject is a document (from the sentence start or the last clause break)
  const lead = f.slice(s, qStart);
  const clause = lead.slice(
    Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1,
  );
  return clause.length <= 90 && DOCUMENT_SUBJECT.test(clause);
}
