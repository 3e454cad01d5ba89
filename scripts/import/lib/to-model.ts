import type { Model } from '../../../lib/factbase/schema';
import { aliasKey, aliasVariants, CHECKPOINT_TAIL, rejectAlias } from '../../../lib/factbase/aliases';
import type { DraftModel } from './registry';
import { NAME_SETTINGS } from '../curated/core-models';

/**
 * "Mistral-Small-3.1-24B-Instruct-2503" with the endpoint "mistral-small-2503" → also
 * "Mistral-Small-24B-Instruct-2503": the sized release name without the version number, the
 * way the same vendor names its other releases (LMArena's "Mistral-Small-24B-Instruct-2501" is
 * the endpoint mistral-small-2501). Only when the model has that endpoint name.
 */
export function sizedReleaseSpellings(names: Iterable<string>): string[] {
  const list = [...names];
  const keys = new Set(list.map(aliasKey));
  const out: string[] = [];
  for (const n of list) {
    const m = /^(.+?)[-_ ]\d+(?:\.\d+)?[-_ ](\d+B[-_ ]Instruct[-_ ](\d{4}))$/i.exec(n);
    if (m && keys.has(aliasKey(`${m[1]}-${m[3]}`))) out.push(`${m[1]}-${m[2]}`);
  }
  return out;
}

/**
 * Draft → schema Model. Aliases are every source spelling plus its hyphen/space variants, kept
 * only if safe for running text (rejectAlias). The canonical name comes first.
 */
export function toModel(d: DraftModel, commonWords?: ReadonlySet<string>): Model {
  const aliases: Model['aliases'] = [];
  const seen = new Set<string>();
  const push = (text: string, scope: 'global' | 'family') => {
    for (const v of aliasVariants(text)) {
      const k = `${scope}:${v.toLowerCase()}`;
      if (seen.has(k) || rejectAlias(v, scope, commonWords)) continue;
      seen.add(k);
      aliases.push({ text: v, scope });
    }
  };
  push(d.name, 'global');
  // Names that carry a setting/provider ("chutes/…", "…-Base") resolve sources but are not
  // aliases — except checkpoint spellings ("…-Instruct-FP8"): lookups by name find the model;
  // the engine dictionary leaves them out (lib/factbase/dictionary.ts) and reads the tail as a variant.
  const rest = [...d.names].filter(
    (n) => n !== d.name && (!(n in NAME_SETTINGS) || (CHECKPOINT_TAIL.test(n) && !n.includes('/'))),
  );
  for (const n of d.core ? rest : rest.sort()) push(n, 'global');
  for (const n of sizedReleaseSpellings(d.names)) push(n, 'global');
  for (const n of d.familyNames) push(n, 'family');
  const m: Model = { id: d.id, name: d.name, status: d.status, aliases };
  if (d.family) m.family = d.family;
  if (d.vendor) m.vendor = d.vendor;
  if (d.parent) m.parent = d.parent;
  if (d.variantLabel) m.variantLabel = d.variantLabel;
  if (d.releaseDate) m.releaseDate = d.releaseDate;
  return m;
}
