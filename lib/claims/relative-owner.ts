/**
 * "both well below the 1417 that an experimental Maverick posted", "the 62% which GPT-4o scored":
 * a definite figure followed by a relative clause belongs to the model that clause names as its
 * subject (not to the sentence's subject the figure is compared with).
 */
const THE_BEFORE = /\bthe\s+(?:[a-z]+\s+)?$/;
const RELATIVE_GAP =
  /^\s*%?\s*(?:points?\s+|tokens?\s+|elo\s+)?(?:that|which)\s+(?:(?:an?|the)\s+)?(?:[a-z][a-z-]*\s+){0,2}$/;
const CLAUSE_VERB_AFTER =
  /^\s*(?:[a-z0-9-]+\s+){0,3}?(?:posted|scored|scores|got|gets|reached|reaches|hit|hits|earned|earns|achieved|achieves|recorded|records|claimed|claims|reported|reports|managed|had|has|topped|set|sets|put up|puts up|landed|lands)\b/;

export function relativeOwner(
  f: string,
  s: number,
  qStart: number,
  qEnd: number,
  name: { start: number; end: number },
): boolean {
  if (!THE_BEFORE.test(f.slice(Math.max(s, qStart - 16), qStart))) return false;
  if (!RELATIVE_GAP.test(f.slice(qEnd, name.start))) return false;
  // the name must be the relative clause's subject: a verb follows it
  return CLAUSE_VERB_AFTER.test(f.slice(name.end, name.end + 50));
}
