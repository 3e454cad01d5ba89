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

/**
 * "Mistral Small 3.1 has a fraction of Scout's total size and still scores 1246": a possessive name
 * inside a prepositional phrase modifies a noun there; it is not the clause's subject.
 */
const PREPOSITION_BEFORE =
  /\b(?:of|to|with|from|than|like|unlike|as|in|on|for|at|by|over|under)\s+(?:the\s+)?$/;

export function possessiveInPhrase(f: string, s: number, m: ModelMention): boolean {
  return (
    (f.startsWith("'s ", m.end) || f.startsWith("' ", m.end)) &&
    /^\s+[a-z]/.test(f.slice(m.end + 2, m.end + 5)) &&
    PREPOSITION_BEFORE.test(f.slice(Math.max(s, m.start - 12), m.start))
  );
}
