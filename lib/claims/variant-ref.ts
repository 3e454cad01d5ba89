/**
 * "the Instruct model scored 1246": a definite noun phrase whose word is a word of the published
 * names (aliases) of exactly one model named recently — the paragraph's names first, else the page's
 * — means that model. With none or several, or when the word labels a child model ("the thinking
 * variant"), it names nothing. Dictionary-driven: the words come from the aliases.
 */
import type { DictionaryIndex } from './dictionary-index';
import type { ModelMention } from './mentions';

const VARIANT_REF =
  /\bthe ([a-z][a-z0-9-]{2,}) (?:model|variant|version|checkpoint|build)\b(?!['-]| (?:cards?|pages?|licen[cs]e|family|series|names?))/g;

/** Words that never single out a variant by themselves (sizes, ages, generic qualities). */
const GENERIC =
  /^(?:new|old|same|other|base|small|large|big|first|second|last|latest|original|released|public|open|full|standard|default|current|previous|older|newer|smaller|larger|bigger|hosted|local|best|top|ai|language|text|chat|vision)$/;

const aliasWords = new WeakMap<object, Set<string>>();
function wordsOfAliases(idx: DictionaryIndex, id: string): Set<string> {
  const m = idx.models.get(id);
  if (!m) return new Set();
  let set = aliasWords.get(m);
  if (!set) {
    set = new Set();
    for (const a of m.aliases) for (const w of a.text.toLowerCase().split(/[\s/_-]+/)) set.add(w);
    for (const w of m.name.toLowerCase().split(/[\s/_-]+/)) set.add(w);
    aliasWords.set(m, set);
  }
  return set;
}

export function variantRefs(
  idx: DictionaryIndex,
  f: string,
  s: number,
  e: number,
  models: ModelMention[],
  recent: readonly ModelMention[],
  near: readonly ModelMention[],
): void {
  const seg = f.slice(s, e);
  if (!seg.includes('the ')) return;
  VARIANT_REF.lastIndex = 0;
  let added = false;
  for (let m = VARIANT_REF.exec(seg); m; m = VARIANT_REF.exec(seg)) {
    const word = m[1];
    if (GENERIC.test(word)) continue;
    const start = s + m.index;
    const end = start + m[0].length;
    if (models.some((x) => x.start < end && x.end > start)) continue;
    // the paragraph's names first, then the page's recent ones
    const here = pick(idx, word, near);
    const found = here.kids.length || here.owners.length ? here : pick(idx, word, recent);
    const { kids, owners } = found;
    // (a labelled child — "the thinking variant" — is left alone: as the model carried into the
    // next sentences it takes their figures from the parent the article goes back to)
    if (kids.length || owners.length !== 1) continue;
    const { ref, family } = owners[0];
    models.push({ start, end, ref, family, isFamily: false });
    added = true;
  }
  if (added) models.sort((a, b) => a.start - b.start);
}

/** Children labelled `word` of the listed models' lines, and the listed models whose names have the word. */
function pick(
  idx: DictionaryIndex,
  word: string,
  recent: readonly ModelMention[],
): { kids: { id: string; name: string; family?: string }[]; owners: ModelMention[] } {
  // each model once (a child named counts as its parent's line)
  const seen = new Set<string>();
  const kids: { id: string; name: string; family?: string }[] = [];
  const owners: ModelMention[] = [];
  for (const r of recent) {
    if (r.isFamily || seen.has(r.ref.id)) continue;
    seen.add(r.ref.id);
    const parent = idx.models.get(r.ref.id)?.parent ?? r.ref.id;
    for (const k of idx.children.get(parent) ?? [])
      if (k.variantLabel?.toLowerCase() === word && !kids.some((x) => x.id === k.id))
        kids.push({ id: k.id, name: k.name, family: k.family });
    if (wordsOfAliases(idx, r.ref.id).has(word)) owners.push(r);
  }
  return { kids, owners };
}
