import type { Quantity } from './parse-quantity';

/**
 * "its window is also 128K", "GPT-4o taps out at 128K", "Scout holds up for just 1K", "GPT-4o's at 8K",
 * "held up to about 2,000 before ...": in a paragraph about context windows, a bare count of thousands
 * or millions (a K/M suffix, or whole thousands printed with a comma) that closes its phrase with no
 * unit of its own is a window size. Figures with any unit, rate, budget or cap word near them are not.
 */
const TOPIC =
  /\bcontext\b(?![\s-]+(?:extension|training|phase|stage))|\bwindows?\b|\beffective\s+(?:context\s+)?length\b/;
/** The figure ends its phrase: punctuation, a conjunction, or a verb of shrinking that follows it. */
const CLOSES_AFTER =
  /^\s*(?:[.;,)!?:]|$|(?:and|but|while|whereas|yet|though|even though|against|versus|vs\.?|before|shrinks?|drops?|falls?|collapses?)(?=\s|$))/;
/** Words just before the figure that make it some other count (downloads, a rate, a cap, a budget). */
const OTHER_BEFORE =
  /\b(?:download\w*|users?|views?|stars?|params|parameters?|requests?|calls?|queries|rpm|tpm|rates?|limits?|pages?|words?|lines?|files?|rows?|steps?|batch(?:es)?|chunks?|budgets?|outputs?|completions?|caps?|capped|cost|costs|price[sd]?|pay|paid|spent|spend|past|beyond|chunk|thinking|reasoning|factor|times)\b[^.;\d]{0,40}$/;

/** A preposition that makes the figure a length run at, or a bound compared against. */
const BOUND_BEFORE =
  /\b(?:at|than|before|after|above|below|under|beyond|past|from|around|near|with|for)\s+(?:about\s+|around\s+|roughly\s+|only\s+|just\s+|~\s*)?(?:\d[\d.,]*\s*[km]?\s*(?:,|or|and|to|-|–)\s*)?$/;
/** "came out at 4K", "effective length at just 1K", "tops out at 128K": a measured or maximal size. */
const MEASURED_AT =
  /\b(?:effective\b[^.;\d]{0,30}|(?:came|comes|come|tops?|taps?|maxe?s?)\s+out\s+)at\s+(?:about\s+|around\s+|roughly\s+|only\s+|just\s+|~\s*)?$/;
/** A first- or second-person subject in the figure's clause: the writer's or reader's usage. */
const PERSON =
  /(?:^|[^a-z'])(?:i|we|you|i'm|i'd|i've|we're|we'd|we've|you're|you'd|my|our|your|us)(?![a-z'])/;

/** Another figure of the sentence carries a unit of training or size. */
const OTHER_UNIT = /\d\s*[kmbt]?\s*(?:gpu|h100|h800|hours?\b|flop|param|parameters\b)/;

/** Whether the figure at [start, end) of `f` (sentence [s, e)) is a context window by its paragraph's topic. */
export function windowByTopic(f: string, s: number, e: number, q: Quantity): boolean {
  if (q.percent || q.currency || q.low !== undefined || q.value < 1000 || q.value > 2e8) return false;
  const text = f.slice(q.start, q.end);
  // "128K", "10M", "1 million"; or "2,000", "128,000" (whole thousands printed with a separator)
  if (
    !(q.scale === 'k' || q.scale === 'm') &&
    !(q.decimals === 0 && q.value % 1000 === 0 && /\d[,.\u202f ]\d{3}\b/.test(text))
  )
    return false;
  // a cell on its own (a table the reader did not take) is not a sentence about anything
  if (!/[a-z]{3}/.test(f.slice(s, q.start) + f.slice(q.end, e))) return false;
  if (!CLOSES_AFTER.test(f.slice(q.end, q.end + 16))) return false;
  // "claimed windows of 10M and 128K": the first of a bare pair belongs to whichever model it pairs with
  if (/^\s*(?:,|and|or)\s*\d[\d.,]*\s*[km]\b/.test(f.slice(q.end, q.end + 16))) return false;
  const before = f.slice(Math.max(s, q.start - 60), q.start);
  if (!/\d/.test(text)) return false;
  // a sentence that also counts GPU hours, FLOP or parameters is about training or size, not windows
  if (OTHER_UNIT.test(f.slice(s, e))) return false;
  if (OTHER_BEFORE.test(before) || /[$€£]|\bper\s*$/.test(before)) return false;
  // "at 120k", "more than 32K", "well before 200K": a length something was run at or compared with
  if (BOUND_BEFORE.test(before) && !MEASURED_AT.test(before)) return false;
  // "I run 32k", "we're launching it at 256K": the writer's own usage, not the model's window
  if (PERSON.test(before.slice(before.search(/[^,;:()]*$/)))) return false;
  // the paragraph so far (this sentence and the ones before it in the same block) is about windows
  const para = f.lastIndexOf('\n', s);
  const from = Math.max(para + 1, s - 500);
  return TOPIC.test(f.slice(from, e));
}
