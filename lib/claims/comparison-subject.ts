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
