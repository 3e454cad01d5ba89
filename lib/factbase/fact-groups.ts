import type { ClaimcheckDB, FactGroup } from './db';
import type { Fact } from './schema';

/**
 * Facts are stored one IndexedDB row per MODEL, not one per fact: IndexedDB's cost is per row
 * (≈80–200 µs each in Chromium, measured), so a 200,000-fact base written as ~2,000 rows applies in
 * about a second instead of 27–49 s. Each model has a part-0 row (as the last full load wrote it)
 * and, once a delta touched it, a small part-1 row with the changes, so a delta never rewrites the
 * big rows. Readers fetch both parts with one key-range request and merge them (mergeParts).
 */

/** Meta rows locating every fact (fact id → model id), so a delta can find the row holding a fact. */
export const FACT_LOCATOR_KEY = 'factLocator';
export const FACT_LOCATOR_PATCH_KEY = 'factLocatorPatch';
/** Written by a full load: model id → its fact ids joined by '\n' (few big strings clone fast). */
export type FactLocator = Record<string, string>;
/** Written by deltas: fact id → model id, or '' once deleted. */
export type FactLocatorPatch = Record<string, string>;

/** Past this many changed facts, a model's part-1 row is folded into its part-0 row. */
export const COMPACT_PATCH_AT = 200;
/** Past this many entries (or a tenth of the base), the locator patch is folded into the locator. */
export const COMPACT_LOCATOR_AT = 5000;

/** Groups facts by model, keeping their order within each model. */
export function groupFacts(facts: Iterable<Fact>): Map<string, Fact[]> {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const list = groups.get(f.modelId);
    if (list) list.push(f);
    else groups.set(f.modelId, [f]);
  }
  return groups;
}

export function locatorOf(groups: Iterable<FactGroup>): FactLocator {
  const out: FactLocator = {};
  for (const g of groups) out[g.modelId] = g.facts.map((f) => f.id).join('\n');
  return out;
}

/** The key range of one model's rows (part 0 and part 1). */
export const partsRange = (modelId: string): [[string, number], [string, number]] => [
  [modelId, 0],
  [modelId, 1],
];

/** One model's facts from its rows (part 0 minus what part 1 removed or replaces, plus part 1). */
export function mergeParts(rows: (FactGroup | undefined)[]): Fact[] {
  let base: Fact[] = [];
  let patch: FactGroup | undefined;
  for (const r of rows) {
    if (!r) continue;
    if (r.part === 0) base = r.facts;
    else patch = r;
  }
  if (!patch) return base;
  const hidden = new Set([...(patch.removed ?? []), ...patch.facts.map((f) => f.id)]);
  return [...base.filter((f) => !hidden.has(f.id)), ...patch.facts];
}

/** Where every fact lives now: fact id → model id. */
export async function readLocations(db: ClaimcheckDB): Promise<Map<string, string>> {
  const [base, patch] = await Promise.all([
    db.meta.get(FACT_LOCATOR_KEY),
    db.meta.get(FACT_LOCATOR_PATCH_KEY),
  ]);
  const where = new Map<string, string>();
  for (const [modelId, ids] of Object.entries((base?.value as FactLocator | undefined) ?? {}))
    if (ids) for (const id of ids.split('\n')) where.set(id, modelId);
  for (const [id, modelId] of Object.entries((patch?.value as FactLocatorPatch | undefined) ?? {}))
    if (modelId) where.set(id, modelId);
    else where.delete(id);
  return where;
}

/** The facts of these models (all metrics, or one). */
export async function factsOfModels(db: ClaimcheckDB, modelIds: string[], metric?: string): Promise<Fact[]> {
  const ids = [...new Set(modelIds)];
  if (!ids.length) return [];
  const rows = await db.factGroups.bulkGet(ids.flatMap(partsRange));
  const out: Fact[] = [];
  for (let i = 0; i < ids.length; i++)
    for (const f of mergeParts([rows[2 * i], rows[2 * i + 1]]))
      if (!metric || f.metric === metric) out.push(f);
  return out;
}

/** The NUMBER OF FACTS stored. */
export async function countFacts(db: ClaimcheckDB): Promise<number> {
  return (await readLocations(db)).size;
}

/** One fact by id (through the locator; for tools and tests, not the page path). */
export async function findFact(db: ClaimcheckDB, id: string): Promise<Fact | undefined> {
  const modelId = (await readLocations(db)).get(id);
  if (!modelId) return undefined;
  return (await factsOfModels(db, [modelId])).find((f) => f.id === id);
}

/**
 * Upserts and deletes facts by read-modify-write of the part-1 rows of the models they touch (the
 * big part-0 rows are not read or written). Must run inside the caller's read-write transaction
 * over factGroups and meta, so a failure leaves the old base whole. A fact whose model changed is
 * removed from its old model. Returns the number of facts stored afterwards.
 */
export async function applyFactChanges(db: ClaimcheckDB, put: Fact[], del: string[]): Promise<number> {
  const where = await readLocations(db);
  if (!put.length && !del.length) return where.size;
  const touched = new Set<string>();
  for (const id of del) {
    const m = where.get(id);
    if (m) touched.add(m);
  }
  for (const f of put) {
    touched.add(f.modelId);
    const m = where.get(f.id);
    if (m) touched.add(m);
  }
  const keys = [...touched];
  const rows = await db.factGroups.bulkGet(keys.map((k): [string, number] => [k, 1]));
  const patches = new Map<string, { facts: Map<string, Fact>; removed: Set<string> }>(
    keys.map((k, i) => [
      k,
      {
        facts: new Map((rows[i]?.facts ?? []).map((f) => [f.id, f])),
        removed: new Set(rows[i]?.removed ?? []),
      },
    ]),
  );
  const moved: FactLocatorPatch = {};
  const removeFrom = (modelId: string, id: string) => {
    const p = patches.get(modelId)!;
    p.facts.delete(id);
    p.removed.add(id);
  };
  for (const id of del) {
    const m = where.get(id);
    if (!m) continue;
    removeFrom(m, id);
    where.delete(id);
    moved[id] = '';
  }
  for (const f of put) {
    const old = where.get(f.id);
    if (old && old !== f.modelId) removeFrom(old, f.id);
    patches.get(f.modelId)!.facts.set(f.id, f);
    if (old !== f.modelId) moved[f.id] = f.modelId;
    where.set(f.id, f.modelId);
  }
  const rows1: FactGroup[] = [...patches].map(([modelId, p]) => ({
    modelId,
    part: 1,
    facts: [...p.facts.values()],
    removed: [...p.removed],
  }));
  // A part-1 row that has grown big is folded into part 0 (rare: keeps reads and deltas small).
  const big = rows1.filter((r) => r.facts.length + (r.removed?.length ?? 0) > COMPACT_PATCH_AT);
  const small = rows1.filter((r) => !big.includes(r));
  if (small.length) await db.factGroups.bulkPut(small);
  if (big.length) {
    const bases = await db.factGroups.bulkGet(big.map((r): [string, number] => [r.modelId, 0]));
    const merged = big.map((r, i) => ({
      modelId: r.modelId,
      part: 0 as const,
      facts: mergeParts([bases[i], r]),
    }));
    await db.factGroups.bulkDelete(big.flatMap((r) => partsRange(r.modelId)));
    await db.factGroups.bulkPut(merged.filter((r) => r.facts.length));
  }
  if (Object.keys(moved).length) {
    const prev = (await db.meta.get(FACT_LOCATOR_PATCH_KEY))?.value as FactLocatorPatch | undefined;
    const next = { ...prev, ...moved };
    if (Object.keys(next).length > Math.max(COMPACT_LOCATOR_AT, where.size / 10)) {
      // The patch has grown: write the whole locator again (tens of ms at 200k facts) and drop it.
      const byModel = new Map<string, string[]>();
      for (const [id, m] of where) {
        const ids = byModel.get(m);
        if (ids) ids.push(id);
        else byModel.set(m, [id]);
      }
      const base: FactLocator = {};
      for (const [m, ids] of byModel) base[m] = ids.join('\n');
      await db.meta.put({ key: FACT_LOCATOR_KEY, value: base });
      await db.meta.delete(FACT_LOCATOR_PATCH_KEY);
    } else await db.meta.put({ key: FACT_LOCATOR_PATCH_KEY, value: next });
  }
  return where.size;
}
