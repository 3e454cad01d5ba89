/**
 * "weights that take up over 700 GB on disk", "the first token arrives in 210 ms": a figure printed
 * with a unit no claim metric uses (storage, latency, head counts: "about 1,000 developers", text lengths:
 * "over 100,000 words", but not "22 trillion words and word-fragments") measures something else, whatever
 * figure or cue sits next to it.
 */
const FOREIGN_UNIT =
  /^\s?(?:[kmgtp]i?b|bytes?|kilobytes?|megabytes?|gigabytes?|terabytes?|ms|milliseconds?|seconds?|minutes?|employees|staff(?:ers)?|developers|engineers|attendees|people|users|customers|subscribers|followers|members|participants|students|viewers|readers|pages|characters|chars|sentences|paragraphs|words(?!\s*(?:and|or|\/|\()))\b/;

/** "1 billion monthly users", "500 million weekly active users": a head count with its qualifiers. */
const QUALIFIED_PEOPLE =
  /^\s?(?:(?:monthly|daily|weekly|yearly|annual|active|paying|registered|unique)\s+){1,2}(?:users|customers|subscribers|people|members|visitors|players)\b/;

export function hasForeignUnit(f: string, end: number): boolean {
  return FOREIGN_UNIT.test(f.slice(end, end + 14)) || QUALIFIED_PEOPLE.test(f.slice(end, end + 40));
}
