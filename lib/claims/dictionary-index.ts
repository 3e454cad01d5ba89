/**
 * Build the name matcher and lookup maps from a ModelDictionary, once.
 */
import { NameMatcher, type NameEntry } from './name-matcher';
import type { DictionaryModel, ModelDictionary, ModelRef } from './types';

export interface DictionaryIndex {
  matcher: NameMatcher;
  models: Map<string, DictionaryModel>;
  families: Map<string, { id: string; name: string }>;
  /** children by parent id */
  children: Map<string, DictionaryModel[]>;
  /** canonical benchmark name of the arena (LMArena) */
  arenaName: string;
  benchmarkNames: Set<string>;
  ref(entry: NameEntry): ModelRef;
}

const TAIL = /^[A-Za-z]+[- ]([A-Za-z]{1,3}\d[\d.]*)$/;
/** "<Maker> <Tier> <version>" names ("Mistral Small 3.1"): "Small 3.1" once the article has named it. */
const BRAND_TIER = /^([A-Z][A-Za-z]+) ([A-Z][a-z]+ \d+(?:\.\d+)?)$/;
/** "<Brand> <x.y> <Word>" names ("Claude 3.7 Sonnet", "Gemini 2.0 Flash"): the tier word can move. */
const SWAPPABLE = /^([A-Z][A-Za-z]+) (\d+\.\d+) ([A-Z][a-z]+)$/;
const PURE_LETTERS = /^[A-Za-z\u00c0-\u024f]+$/;

export function buildDictionaryIndex(dict: ModelDictionary): DictionaryIndex {
  const matcher = new NameMatcher();
  const models = new Map<string, DictionaryModel>();
  const families = new Map<string, { id: string; name: string }>();
  const children = new Map<string, DictionaryModel[]>();
  for (const f of dict.families) families.set(f.id, { id: f.id, name: f.name });
  // Models may name their family by id or by name ("Llama 4"); use the id.
  const familyKey = new Map<string, string>();
  for (const f of dict.families) {
    familyKey.set(f.id.toLowerCase(), f.id);
    familyKey.set(f.name.toLowerCase(), f.id);
    for (const a of f.aliases) familyKey.set(a.toLowerCase(), f.id);
  }
  const famOf = (m: DictionaryModel) =>
    m.family ? (familyKey.get(m.family.toLowerCase()) ?? m.family) : undefined;
  for (const m of dict.models) {
    models.set(m.id, m);
    if (m.parent) {
      const list = children.get(m.parent);
      if (list) list.push(m);
      else children.set(m.parent, [m]);
    }
  }
  const addName = (
    text: string,
    kind: NameEntry['kind'],
    id: string,
    familyScoped: boolean,
    family: string | undefined,
  ) => {
    const t = text.trim();
    if (t.length < 2) return;
    matcher.add(t, {
      kind,
      id,
      familyScoped,
      family,
      needsCapital: PURE_LETTERS.test(t) && t !== t.toLowerCase(),
    });
  };
  const later: (() => void)[] = [];
  // "Claude 3.7 Sonnet" is also written "Sonnet 3.7" once the article has named it:
  // family-scoped short forms, dropped where two models would share one.
  const swapped = new Map<string, { forms: string[]; ids: Set<string> }>();
  for (const m of dict.models) {
    const sw = SWAPPABLE.exec(m.name);
    if (!sw) continue;
    // (not "3.7 Sonnet": a key starting with a digit would make every number a trie start)
    for (const form of [`${sw[3]} ${sw[2]}`]) {
      const k = form.toLowerCase();
      const e = swapped.get(k) ?? { forms: [form], ids: new Set<string>() };
      e.ids.add(m.id);
      swapped.set(k, e);
    }
  }
  const swapsOf = new Map<string, string[]>();
  for (const { forms, ids } of swapped.values())
    if (ids.size === 1) {
      const id = [...ids][0];
      swapsOf.set(id, [...(swapsOf.get(id) ?? []), forms[0]]);
    }
  for (const m of dict.models) {
    // A vendor-prefixed name's short tail ("V3" of DeepSeek-V3, "K2" of Kimi K2) names the model
    // once the article has named it in full: scoped like a family alias, to its family or itself.
    // (added after every full name, so a global alias sharing the key, "o1", wins).
    const tail = TAIL.exec(m.name)?.[1];
    const swaps = swapsOf.get(m.id);
    // "Small 3.1" of Mistral Small 3.1: the name without its maker's word, scoped the same way
    const bt = BRAND_TIER.exec(m.name);
    const brandTail =
      bt && m.vendor && m.vendor.split(' ')[0].toLowerCase() === bt[1].toLowerCase() ? bt[2] : undefined;
    const family = famOf(m) ?? (tail || swaps || brandTail ? `@${m.id}` : undefined);
    if (tail) later.push(() => addName(tail, 'model', m.id, true, family));
    if (brandTail) later.push(() => addName(brandTail, 'model', m.id, true, family));
    if (swaps) later.push(() => swaps.forEach((form) => addName(form, 'model', m.id, true, family)));
    addName(m.name, 'model', m.id, false, family);
    for (const a of m.aliases) addName(a.text, 'model', m.id, a.scope === 'family' && !!family, family);
    // ids like "gpt-4o-2024-08-06" appear verbatim in articles (pure-letter ids would be too loose)
    if (/\d/.test(m.id)) addName(m.id, 'model', m.id, false, family);
  }
  for (const add of later) add();
  for (const f of dict.families) {
    for (const a of [f.name, ...f.aliases]) addName(a, 'family', f.id, false, f.id);
  }
  let arenaName = 'LMArena';
  const benchmarkNames = new Set<string>();
  for (const b of dict.benchmarks) {
    benchmarkNames.add(b.name);
    if (/arena/i.test(b.name) && b.aliases.some((a) => /arena/i.test(a))) arenaName = b.name;
    for (const a of [b.name, ...b.aliases]) addName(a, 'benchmark', b.name, false, `@bench:${b.name}`);
  }
  // "Aider" for Aider Polyglot, once the article has named it in full: a benchmark's pure-letter
  // head word, scoped like a family alias; dropped when it is itself a benchmark name ("GPQA",
  // "MATH") or heads two benchmarks ("AIME 2024", "AIME 2025")
  const heads = new Map<string, string[]>();
  const known = new Set<string>();
  for (const b of dict.benchmarks) for (const a of [b.name, ...b.aliases]) known.add(a.toLowerCase());
  for (const b of dict.benchmarks) {
    const h = /^([A-Za-z]{4,}) \S/.exec(b.name)?.[1];
    if (h && !known.has(h.toLowerCase())) heads.set(h, [...(heads.get(h) ?? []), b.name]);
  }
  for (const [h, names] of heads)
    if (names.length === 1) addName(h, 'benchmark', names[0], true, `@bench:${names[0]}`);
  return {
    matcher,
    models,
    families,
    children,
    arenaName,
    benchmarkNames,
    ref(entry) {
      if (entry.kind === 'family') {
        const f = families.get(entry.id)!;
        return { id: f.id, name: f.name };
      }
      const m = models.get(entry.id)!;
      return { id: m.id, name: m.name };
    },
  };
}
