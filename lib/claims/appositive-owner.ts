/**
 * "It even trails X, the year-old snapshot, which the board lists at 1285", "the page for X's weights,
 * which showed 1.2 million downloads last month": a figure closing a
 * relative clause that hangs off a name (through an optional appositive) is that name's, not the
 * sentence subject's. The clause must be short, hold no other figure, and end at the figure.
 */
const RELATIVE_TAIL =
  /^(?:['’]s(?:\s+[a-z][\w-]*){1,3}|\s*,\s*(?:the|a|an|its|their|our)\s+[^,;:()\d]{1,40})?\s*,\s*(?:which|that|who)\s+(?:(?:[a-z][\w'’-]*\s+){1,4}(?:at|to|as|with|of)\s+|(?:[a-z][\w'’-]*\s+){0,2}(?:shows?|showed|lists?|listed|reports?|reported|has|had)\s+(?:over\s+|more than\s+)?)(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|~\s*)?$/;
/** The relative clause's verb: someone rating, listing or measuring the named model. */
const RATING_VERB =
  /\b(?:lists?|listed|puts?|rates?|rated|ranks?|ranked|places?|placed|scores?|scored|measures?|measured|pegs?|pegged|clocks?|clocked|estimates?|estimated|has|had|shows?|showed|gives?|gave|sits?|sat)\b/;
const CLAUSE_END =
  /^\s*(?:[.;,)!]|$|(?:on|in|for|points?|elo)\b|(?:last|this|per|a|each)\s+(?:day|week|month|year)\b)/;

export function appositiveOwner(f: string, nameEnd: number, qStart: number, qEnd: number): boolean {
  const gap = f.slice(nameEnd, qStart);
  if (gap.length > 90 || !RELATIVE_TAIL.test(gap)) return false;
  const rel = gap.slice(gap.search(/\b(?:which|that|who)\b/));
  return RATING_VERB.test(rel) && CLAUSE_END.test(f.slice(qEnd, qEnd + 12));
}
