/**
 * A dateline: a bare date that opens a block as the first of "·"-separated fields ("Feb 24 · Anthropic's
 * new model, released on Monday, ...", "March 3 · 4 min read"). It dates the item, not a release;
 * the release date, if any, is written in the item's own sentence. Likewise the date of a quoted source
 * ("... across benchmarks.” — Meta launch post, April 2025").
 */
import type { Claim } from './types';

const FIELD_AFTER = /^\s*[·•|]\s/;
/** "— Meta launch post, April 2025": the date of a quoted source, after its name. */
const CITATION_BEFORE =
  /[—–]\s*[^.!?—–]{0,60}\b(?:post|blog|paper|announcement|press release|statement|report|tweet|thread|interview|keynote|talk|newsletter|podcast|video),\s*$/i;

export function isDateline(text: string, bStart: number, c: Claim): boolean {
  if (c.metric !== 'release_date' || c.context !== 'prose') return false;
  if (CITATION_BEFORE.test(text.slice(Math.max(bStart, c.start - 80), c.start))) return true;
  return /^\s*$/.test(text.slice(bStart, c.start)) && FIELD_AFTER.test(text.slice(c.end, c.end + 4));
}
