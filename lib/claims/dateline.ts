/**
 * A dateline: a bare date that opens a block as the first of "·"-separated fields ("Feb 24 · Anthropic's
 * new model, released on Monday, ...", "March 3 · 4 min read"). It dates the item, not a release;
 * the release date, if any, is written in the item's own sentence.
 */
import type { Claim } from './types';

const FIELD_AFTER = /^\s*[·•|]\s/;

export function isDateline(text: string, bStart: number, c: Claim): boolean {
  if (c.metric !== 'release_date' || c.context !== 'prose') return false;
  return /^\s*$/.test(text.slice(bStart, c.start)) && FIELD_AFTER.test(text.slice(c.end, c.end + 4));
}
