/**
 * Release verbs that only read as a release in context, for findDates (dates-licenses.ts):
 *  - "X shipped on March 17. Scout and Maverick followed on April 5.": "followed" right before a date is a
 *    release when a release verb came just before it (this sentence or the one before);
 *  - "Both models are available from April 5, 2025": availability that starts on a date is the release
 *    date, unless a place is named ("available on Bedrock since April 8" dates a host's offer).
 * Returns the cue offsets (in `f`) to add to the sentence's release cues.
 */

/** "followed on April 5", "followed in April", "followed a day later, on April 6". */
const FOLLOWED_DATE =
  /\bfollowed(?:\s+(?:suit|later|shortly|soon))?(?:\s+(?:a|one|two|three|a few)\s+(?:days?|weeks?)\s+later)?,?\s+(?:on|in)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s)/g;
/** A release verb before "followed" (the first release of the pair). */
const EARLIER_RELEASE =
  /\b(?:released|launched|shipped|debuted|arrived|came out|went live|unveiled|dropped|landed|open-?sourced)\b/;
/** "available from April 5, 2025", "available since March 17". */
const AVAILABLE_FROM =
  /\b(?:became|become|becomes|been|is|are|was|were)\s+(?:publicly\s+|generally\s+|openly\s+)?available\s+(?:from|since|as of|starting)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/g;
/** A host or channel named in the sentence: the date is the host's offer, not the model's release. */
const HOST_PLACE =
  /\bavailable\s+(?:on|via|through|in|at)\b|\b(?:our|we|us|customers?|platform|api|endpoint|region|console|marketplace|cloud)\b/;

/** Cheap gate: only sentences holding either word are read. */
const GATE = /followed|available/;

export function contextReleaseCues(f: string, s: number, e: number): number[] {
  const text = f.slice(s, e);
  if (!GATE.test(text)) return [];
  const out: number[] = [];
  let m: RegExpExecArray | null;
  if (text.includes('followed')) {
    FOLLOWED_DATE.lastIndex = 0;
    while ((m = FOLLOWED_DATE.exec(text)))
      if (EARLIER_RELEASE.test(f.slice(Math.max(0, s - 220), s + m.index))) out.push(s + m.index);
  }
  if (text.includes('available') && !HOST_PLACE.test(text)) {
    AVAILABLE_FROM.lastIndex = 0;
    while ((m = AVAILABLE_FROM.exec(text))) out.push(s + m.index + m[0].indexOf('available'));
  }
  return out;
}

/**
 * More verbs before a bare month than findDates' "it came out in December" pass reads: "became generally
 * available in February", "released under Apache 2.0 in March" (a licence phrase between the verb and
 * "in <month>"). The year comes from the page date (last year's month when it lies ahead of the page).
 */
let moreRe: RegExp | null = null;
const MORE_GATE = /generally available|released under/;

export function moreBareMonths(
  text: string,
  s: number,
  pageDate: string,
  taken: readonly { start: number; end: number }[],
  months: Record<string, number>,
  monthRe: string,
  future: RegExp,
): { start: number; end: number; iso: string; cueStart: number }[] {
  if (!MORE_GATE.test(text)) return [];
  moreRe ??= new RegExp(
    `\\b(?:(?:became|is|was|went|came out as)\\s+generally available|released under (?:the\\s+)?[a-z0-9.-]+(?:\\s+[a-z0-9.-]+){0,3}?)\\s+(?:back\\s+|only\\s+|just\\s+|first\\s+)?in\\s+(${monthRe})\\b(?!\\.?,?\\s*\\d)`,
    'g',
  );
  const out: { start: number; end: number; iso: string; cueStart: number }[] = [];
  moreRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = moreRe.exec(text))) {
    const mo = months[m[1]];
    const start = s + m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (!mo || taken.some((h) => start < h.end && end > h.start)) continue;
    let y = Number(pageDate.slice(0, 4));
    const mm = String(mo).padStart(2, '0');
    if (`${y}-${mm}` > pageDate.slice(0, 7) && !future.test(text)) y--;
    out.push({ start, end, iso: `${y}-${mm}`, cueStart: s + m.index });
  }
  return out;
}

/**
 * "Maverick, which Meta released on April 5 alongside Scout", "released X together with Y on ...": a name
 * joined to the release by "alongside" / "together with" / "along with" shares the release date. Only
 * names after the release verb, with no clause break (;, full stop) between the verb and the name.
 */
const ALONGSIDE_BEFORE = /\b(?:alongside|together with|along with)\s+(?:the\s+|its\s+)?$/;

export function alongsideNames<M extends { start: number; end: number }>(
  f: string,
  models: readonly M[],
  cueStart: number,
): M[] {
  if (!/alongside|along with|together with/.test(f.slice(cueStart, cueStart + 160))) return [];
  return models.filter(
    (m) =>
      m.start > cueStart &&
      m.start - cueStart < 160 &&
      ALONGSIDE_BEFORE.test(f.slice(Math.max(cueStart, m.start - 20), m.start)) &&
      !/[;!?]|\.\s/.test(f.slice(cueStart, m.start)),
  );
}
