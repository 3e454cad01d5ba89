/**
 * The context length a long-context test was run at, written the way the labels and verdicts compare
 * it ("120k"): "Fiction.LiveBench @120k", "at 120k tokens", "with 120k tokens", "a 120,000-token
 * story", or a header that is only a length ("8k", "32K"). Only for benchmark scores: the same
 * figure next to a window is the window itself.
 */
const LENGTH =
  /(?:@\s*|\b(?:at|with|on|over|across)\s+(?:a\s+|an\s+)?)(\d{1,4})\s*k\b(?:[\s-]*tokens?)?(?![\s-]*(?:thinking|budget|output|context\s+window|window))|\b(\d{1,4}),000[\s-]tokens?\b(?![\s-]*(?:thinking|budget|output|context\s+window|window))/gi;

/** A header cell that is only a length: "8k", "120K", "32k tokens". */
const BARE = /^\s*(\d{1,4})\s*k(?:\s*tokens?)?\s*(?:\(%\))?\s*$/i;

/** The one length setting `text` gives (none, or two different ones: undefined). */
export function lengthSetting(text: string, header = false): string | undefined {
  if (header) {
    const bare = BARE.exec(text);
    if (bare) return `${Number(bare[1])}k`;
  }
  if (!/\dk|,000/i.test(text)) return undefined;
  let found: string | undefined;
  LENGTH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LENGTH.exec(text))) {
    const v = `${Number(m[1] ?? m[2])}k`;
    if (found && found !== v) return undefined;
    found = v;
  }
  return found;
}
