import type { Claim, DictionaryModel } from './types';

/**
 * "the 17B Scout", "a 24B Mistral Small 3.1": a bare size before a name may be the size the model's
 * own name carries ("Llama-4-Scout-17B-16E", where 17B is the ACTIVE count). Such a size names the
 * model rather than claiming its total, so a size that one of the model's aliases carries is not
 * reported at all (a reader would otherwise see "17B total" contradicted). Sizes no alias carries
 * ("a 400B Maverick") stay claims.
 */
const cache = new WeakMap<DictionaryModel, Set<string>>();
const SIZE_IN_ALIAS = /(?:^|[^a-z0-9.])(\d+(?:\.\d+)?)\s?([bmt])(?=$|[^a-z0-9])/g;

function aliasSizes(m: DictionaryModel): Set<string> {
  let sizes = cache.get(m);
  if (sizes) return sizes;
  sizes = new Set();
  for (const text of [m.name, ...m.aliases.map((a) => a.text)]) {
    const t = text.toLowerCase();
    SIZE_IN_ALIAS.lastIndex = 0;
    for (let x = SIZE_IN_ALIAS.exec(t); x; x = SIZE_IN_ALIAS.exec(t)) sizes.add(`${Number(x[1])}${x[2]}`);
  }
  cache.set(m, sizes);
  return sizes;
}

/** The bare size `quote` ("17B", "24 B") is one the model's (or its parent's) names carry. */
export function sizeInName(
  quote: string,
  model: DictionaryModel | undefined,
  parent?: DictionaryModel,
): boolean {
  const q = /^~?(\d+(?:\.\d+)?)\s?([bmt])$/i.exec(quote.trim());
  if (!q || !model) return false;
  const key = `${Number(q[1])}${q[2].toLowerCase()}`;
  return aliasSizes(model).has(key) || (!!parent && aliasSizes(parent).has(key));
}

/**
 * "fine-tune Llama 3.3 8B": a size printed right after a capitalised name and its version number is
 * part of a model's name (one the dictionary may not list), not a parameter claim.
 */
export function isNameSize(text: string, c: Claim): boolean {
  return (
    (c.metric === 'total_params' || c.metric === 'active_params') &&
    c.context === 'prose' &&
    /^\d+(?:\.\d+)?[BM]$/.test(c.quote) &&
    /\b[A-Z][A-Za-z-]*\s+\d+(?:\.\d+)?\s+$/.test(text.slice(Math.max(0, c.start - 30), c.start))
  );
}
