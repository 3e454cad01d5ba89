/**
 * "the 0324 update lifted it to 55.1%", "the 0613 checkpoint": writers name a dated snapshot by its
 * four-digit suffix alone once the article has named the model. The suffix is the child of a model
 * mentioned recently (or a sibling of a child mentioned) whose id ends in "-<digits>", when exactly
 * one such child exists; the noun after it (update, weights, snapshot ...) marks it as a model.
 */
import type { ModelMention } from './mentions';

interface Kid {
  id: string;
  name: string;
  parent?: string;
  variantLabel?: string;
}

const TAIL =
  /\b(?:the|its|this|that|their|[a-z]+'s)\s+(?:(?:new|newer|latest|updated|refreshed)\s+)?(\d{4})\s+(?:update|upgrade|weights|checkpoint|version|release|snapshot|refresh|build|model|one|variant)s?\b/g;

const FOUR_DIGITS = /\d{4}\s/;

export function snapshotTails(
  children: Map<string, Kid[]>,
  parentOf: (id: string) => string | undefined,
  f: string,
  s: number,
  e: number,
  models: ModelMention[],
  recent: readonly ModelMention[],
): void {
  const seg = f.slice(s, e);
  // (every match holds four digits and a space: most sentences skip TAIL, which tries every word)
  if (!FOUR_DIGITS.test(seg)) return;
  TAIL.lastIndex = 0;
  let added = false;
  for (let m = TAIL.exec(seg); m; m = TAIL.exec(seg)) {
    const at = s + m.index + m[0].indexOf(m[1]);
    if (models.some((x) => x.start < at + 4 && x.end > at)) continue;
    const parents = new Set<string>();
    for (const r of recent) {
      if (r.isFamily) continue;
      parents.add(parentOf(r.ref.id) ?? r.ref.id);
    }
    const cands: Kid[] = [];
    for (const p of parents)
      for (const k of children.get(p) ?? []) if (k.id.endsWith('-' + m[1])) cands.push(k);
    if (cands.length !== 1) continue;
    const k = cands[0];
    models.push({
      start: at,
      end: at + 4,
      ref: { id: k.id, name: k.name },
      variant: k.variantLabel,
      isFamily: false,
    });
    added = true;
  }
  if (added) models.sort((a, b) => a.start - b.start);
}
