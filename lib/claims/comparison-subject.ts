/**
 * Names before a comparison verb that are not its subject, though no comparison word precedes them:
 *
 * - "It edges out X and sits above Y", "trailing X but ahead of Y": X closes an earlier predicate
 *   (an object), and the coordinated verb after it shares the clause's subject.
 * - "thirty times the price of X, while conceding that it trails Y": a name inside an attribute
 *   phrase ("the price of X", "a sixth of X's size") is a measure's yardstick, not a subject.
 */

/** The name is followed (past an optional bracket) by "and"/"but"/"yet" and then the verb. */
const COORDINATED_VERB_AFTER =
  /^\s*(?:\([^()]{0,30}\)\s*)?,?\s*(?:and|but|yet)\s+(?:(?:also|still|even|now|then)\s+)?$/;
/** A verb-like lowercase word between the sentence start and the name: the name is no sentence subject. */
const WORD_BEFORE = /[a-z]{3,}/;
/** "the price of X", "a sixth of X": a name heading no clause. */
const ATTRIBUTE_OF =
  /\b(?:price|prices|cost|costs|size|speed|bill|rate|half|third|quarter|fifth|sixth|tenth|fraction|share)\s+of\s+(?:the\s+)?$/;

/**
 * Whether `name` (ending at `nameEnd`, starting at `nameStart`) cannot be the subject of the comparison
 * verb at `verbStart` in sentence `s`: it is an earlier predicate's object coordinated before the verb,
 * or a yardstick inside an attribute phrase.
 */
export function notComparisonSubject(
  f: string,
  s: number,
  nameStart: number,
  nameEnd: number,
  verbStart: number,
): boolean {
  if (ATTRIBUTE_OF.test(f.slice(Math.max(s, nameStart - 24), nameStart))) return true;
  return COORDINATED_VERB_AFTER.test(f.slice(nameEnd, verbStart)) && WORD_BEFORE.test(f.slice(s, nameStart));
}

/** "thirty times the price of the August GPT-4o snapshot", "a tenth of the cost of X": a multiple's yardstick. */
const MULTIPLE_OF =
  /\b(?:times|half|third|quarter|fifth|sixth|tenth|fraction)\s+(?:of\s+)?(?:the\s+)?(?:price|cost|size|speed)\s+of\s+(?:the\s+)?(?:[a-z0-9-]+\s+)?$/;

/** Whether the name starting at `nameStart` is the yardstick of a multiple ("N times the price of X"). */
export function multipleYardstick(f: string, nameStart: number): boolean {
  return MULTIPLE_OF.test(f.slice(Math.max(0, nameStart - 50), nameStart));
}
