/**
 * "Pricing is unchanged from 3.5 Sonnet at $3", "as with 2.0 Flash, the full 1M-token window":
 * a name the writer holds up as the same as the subject is a yardstick, never the nearest owner
 * of the figure that follows it (the figure is the article's subject's).
 */
import type { ModelMention } from './mentions';

const SHARED_BEFORE = /\b(?:unchanged from|same as|identical to|as with|just as with)\s*(?:the\s+)?$/;

export function sharedYardstick(f: string, s: number, m: ModelMention): boolean {
  // ("the same as DeepSeek-V3's 128K window": a possessive figure is that name's own)
  if (f.startsWith("'s", m.end)) return false;
  return SHARED_BEFORE.test(f.slice(Math.max(s, m.start - 24), m.start));
}
