import type { Model } from '../../../lib/factbase/schema';
import { aliasVariants, rejectAlias } from '../../../lib/factbase/aliases';
import type { DraftModel } from './registry';
import { NAME_SETTINGS } from '../curated/core-models';

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
  // Names that carry a setting/provider ("chutes/…", "…-Base") resolve sources but are not aliases.
  const rest = [...d.names].filter((n) => n !== d.name && !(n in NAME_SETTINGS));
  for (const n of d.core ? rest : rest.sort()) push(n, 'global');
  for (const n of d.familyNames) push(n, 'family');
  const m: Model = { id: d.id, name: d.name, status: d.status, aliases };
  if (d.family) m.family = d.family;
  if (d.vendor) m.vendor = d.vendor;
  if (d.parent) m.parent = d.parent;
  if (d.variantLabel) m.variantLabel = d.variantLabel;
  if (d.releaseDate) m.releaseDate = d.releaseDate;
  return m;
}
