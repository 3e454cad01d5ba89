/**
 * "Llama 4 Maverick, advertised at 1M, holds up to 2K", "GPT-4o, sold as a 128K model, ...",
 * "GPT-4o's nominal 128K": the size a model is marketed with, in an article about context windows,
 * is its context window even where no "tokens" or "context" word follows the figure.
 */
const MARKETED_BEFORE =
  /(?:\b(?:advertised|marketed|billed|sold|pitched|promoted|specced|rated)\s+(?:at|as|with|for)\s+(?:an?\s+|up to\s+)?|\b(?:nominal|advertised|marketed|official|headline)\s+)$/;
/** The figure closes its phrase, or names the thing it sizes ("a 128K model", "a 1M window"). */
const CLOSES_AFTER =
  /^(?:\s*(?:[.;,)!:]|$|(?:and|but|while|whereas|yet|on|in|for|to|from|yields?|holds?|gives?|keeps?|manag\w*|falls?|drops?)\b)|[\s-]+(?:token\s+)?(?:model|window|context|version|variant)s?\b)/;

export function advertisedWindow(f: string, s: number, qStart: number, qEnd: number): boolean {
  return (
    MARKETED_BEFORE.test(f.slice(Math.max(s, qStart - 32), qStart)) &&
    CLOSES_AFTER.test(f.slice(qEnd, qEnd + 24))
  );
}
