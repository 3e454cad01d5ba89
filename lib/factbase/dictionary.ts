import type { ModelDictionary } from '../claims/types';
import type { Model } from './schema';
import { aliasKey, CHECKPOINT_TAIL, rejectAlias } from './aliases';

export interface FamilyEntry {
  id: string;
  name: string;
  aliases: string[];
}
export interface BenchmarkEntry {
  name: string;
  aliases: string[];
}

export interface DroppedAlias {
  text: string;
  models: string[];
  reason: string;
}

/** Walks parents to the root: [self, parent, grandparent, ...]. */
function chain(id: string, byId: Map<string, Model>): string[] {
  const out: string[] = [];
  for (let cur: string | undefined = id; cur && !out.includes(cur); cur = byId.get(cur)?.parent)
    out.push(cur);
  return out;
}

/**
 * Decides which model owns an alias key that several models claim (null = nobody).
 *  1. Exact-name rule: the one model whose canonical name or id has this key owns it
 *     ("gpt-4o-2024-05-13" → the dated child, "GPT-4o" → the parent).
 *  2. Bare-name rule: if all claimants lie on one parent chain, the most general (the ancestor)
 *     owns it — a bare name means the released parent, not a variant.
 *  3. Otherwise the alias is ambiguous and dropped for all of them.
 */
export function decideOwner(key: string, claimants: string[], byId: Map<string, Model>): string | null {
  const exact = claimants.filter((id) => {
    const m = byId.get(id);
    return m && (aliasKey(m.name) === key || aliasKey(m.id) === key);
  });
  if (exact.length === 1) return exact[0];
  const chains = claimants.map((id) => chain(id, byId));
  const root = claimants.find((id) => chains.every((c) => c.includes(id)));
  return root ?? null;
}

/**
 * Generates the claim engine's dictionary from the fact base. Only aliases that pass the
 * safety rules (lib/factbase/aliases.ts) are emitted, each alias key resolves to exactly one
 * model, and models with no safe alias left are omitted (the engine matches aliases only).
 */
export function buildDictionary(input: {
  version: string;
  models: Model[];
  families: FamilyEntry[];
  benchmarks: BenchmarkEntry[];
  /** Common English words (data/common-words.json) for the plain-phrase rule. */
  commonWords?: ReadonlySet<string>;
}): { dictionary: ModelDictionary; dropped: DroppedAlias[] } {
  const byId = new Map(input.models.map((m) => [m.id, m]));
  const dropped: DroppedAlias[] = [];
  const reserved = new Set<string>();
  for (const f of input.families) for (const a of [f.name, ...f.aliases]) reserved.add(aliasKey(a));
  for (const b of input.benchmarks) for (const a of [b.name, ...b.aliases]) reserved.add(aliasKey(a));

  // key → claimant model ids (in model order), and the first spelling/scope seen per (model, key).
  const claims = new Map<string, string[]>();
  for (const m of input.models) {
    const own = new Set(m.aliases.map((a) => aliasKey(a.text)));
    for (const a of m.aliases) {
      // "…-Instruct-FP8" when "…-Instruct" is this model's alias too: the engine matches the
      // stem and reads the tail as the variant (a whole-string alias would hide the variant).
      const tail = CHECKPOINT_TAIL.exec(a.text);
      if (tail && own.has(aliasKey(a.text.slice(0, tail.index)))) {
        dropped.push({ text: a.text, models: [m.id], reason: 'checkpoint-tail' });
        continue;
      }
      const why = rejectAlias(a.text, a.scope, input.commonWords);
      const key = aliasKey(a.text);
      if (why) {
        dropped.push({ text: a.text, models: [m.id], reason: why });
        continue;
      }
      if (reserved.has(key)) {
        dropped.push({ text: a.text, models: [m.id], reason: 'family-or-benchmark-name' });
        continue;
      }
      const list = claims.get(key) ?? [];
      if (!list.includes(m.id)) list.push(m.id);
      claims.set(key, list);
    }
  }
  const owner = new Map<string, string | null>();
  for (const [key, ids] of claims) {
    const o = ids.length === 1 ? ids[0] : decideOwner(key, ids, byId);
    owner.set(key, o);
    if (o === null) dropped.push({ text: key, models: ids, reason: 'ambiguous' });
  }

  const models: ModelDictionary['models'] = [];
  for (const m of input.models) {
    const seen = new Set<string>();
    const aliases: { text: string; scope: 'global' | 'family' }[] = [];
    for (const a of m.aliases) {
      const key = aliasKey(a.text);
      if (owner.get(key) !== m.id) continue;
      const dedupe = `${a.scope}:${a.text.toLowerCase()}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      aliases.push({ text: a.text, scope: a.scope });
    }
    if (!aliases.length) continue;
    models.push({
      id: m.id,
      name: m.name,
      ...(m.family ? { family: m.family } : {}),
      ...(m.parent ? { parent: m.parent } : {}),
      ...(m.variantLabel ? { variantLabel: m.variantLabel } : {}),
      ...(m.vendor ? { vendor: m.vendor } : {}),
      aliases,
    });
  }
  return {
    dictionary: {
      version: input.version,
      models,
      families: input.families.map((f) => {
        const vendors = [
          ...new Set(input.models.filter((m) => m.family === f.name && m.vendor).map((m) => m.vendor!)),
        ].sort();
        return { id: f.id, name: f.name, aliases: [...f.aliases], ...(vendors.length ? { vendors } : {}) };
      }),
      benchmarks: input.benchmarks.map((b) => ({ name: b.name, aliases: [...b.aliases] })),
    },
    dropped,
  };
}
