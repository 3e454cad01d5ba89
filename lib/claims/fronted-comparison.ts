/**
 * "Compared with DeepSeek-V3, Maverick is cheaper", "Unlike GPT-4o, Mistral Small 3.1 ships open
 * weights", "Building upon Mistral Small 3, Mistral Small 3.1 adds vision": a comparison phrase that
 * OPENS the sentence (or a clause) ends at its comma, and the name after that comma is the sentence's
 * subject — not one more item of the compared list ("beats GPT-4o, Claude 3.7 Sonnet and ...").
 */
const FRONTED_CUE =
  /(?:^|[.!?;:]\s+|\n)\W*(?:compared (?:to|with)|unlike|like|against|versus|relative to|building (?:on|upon)|built (?:on|upon)|next to|as with|similar to|in contrast to|contrary to|based on|in line with|much like|just like)\s+(?:the\s+|an?\s+)?(?:[a-z0-9-]+'s\s+)?$/;

/** The name after `gap` closes a fronted comparison phrase whose object is the name at `prevStart`. */
export function closesFrontedComparison(f: string, prevStart: number, gap: string): boolean {
  return /^\s*\)?\s*,\s*$/.test(gap) && FRONTED_CUE.test(f.slice(Math.max(0, prevStart - 40), prevStart));
}
