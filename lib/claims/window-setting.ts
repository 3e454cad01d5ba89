/**
 * The setting of a context-window figure: "NoLiMa measured its effective length at about 8K",
 * "the effective context of Scout would be only 1 000 tokens" → "effective". An effective (measured,
 * usable) length is a different quantity from the advertised window, so the verdicts must not
 * compare it with the spec sheet's figure. Read only from the figure's own sentence, before it.
 */

/** An advertised / nominal window named between "effective" and the figure: that one is the spec. */
const NOMINAL_BETWEEN =
  /\b(?:advertis\w*|announc\w*|claim\w*|promis\w*|market\w*|nominal|official\w*|spec\w*|accepts?|supports?|handles?|sold|listed|max(?:imum)?)\b/;

export function windowSetting(f: string, s: number, qs: number): string | undefined {
  const head = f.slice(s, qs);
  const at = head.lastIndexOf('effective');
  if (at < 0) return undefined;
  // ("effective" as the adjective of the length/context/window, not "cost-effective")
  if (at > 0 && /[\w-]/.test(head[at - 1])) return undefined;
  const between = head.slice(at + 9);
  // ("manages an effective 4K": the adjective right before the figure)
  if (/^\s*~?\s*$/.test(between)) return 'effective';
  if (!/^\s+(?:context\s+)?(?:length|context|window|limit|range|capacity)\b/.test(between)) return undefined;
  if (NOMINAL_BETWEEN.test(between) || /\d/.test(between)) return undefined;
  return 'effective';
}

const SAME_SETTING =
  /\b(?:at|with|in|under|using)\s+the\s+same\s+(?:context\s+)?(?:length|setting|settings|budget|shot count|context|mode|configuration|config)\b/;

/**
 * "Maverick is 36.4% at the same length": a score in the setting of the last score the page gave on
 * the same benchmark ("Scout scored 27.3% at 120k").
 */
export function sameSetting(
  sentence: string,
  benchmark: string,
  out: readonly { benchmark?: string; setting?: string }[],
): string | undefined {
  if (!SAME_SETTING.test(sentence)) return undefined;
  for (let i = out.length - 1; i >= 0 && i >= out.length - 20; i--) {
    const c = out[i];
    if (c.benchmark === benchmark) return c.setting;
  }
  return undefined;
}
