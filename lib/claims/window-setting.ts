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
  if (!/^\s+(?:context\s+)?(?:length|context|window|limit|range|capacity)\b/.test(between)) return undefined;
  if (NOMINAL_BETWEEN.test(between) || /\d/.test(between)) return undefined;
  return 'effective';
}
