import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimcheckDB } from '@/lib/factbase/db';
import {
  applyFactChanges,
  COMPACT_LOCATOR_AT,
  FACT_LOCATOR_PATCH_KEY,
  countFacts,
  factsOfModels,
  findFact,
  readLocations,
} from '@/lib/factbase/fact-groups';
import { factbaseTables, loadSnapshotIntoDb } from '@/lib/factbase/load-snapshot-into-db';
import type { Fact, Snapshot } from '@/lib/factbase/schema';
import { EMPTY_DICTIONARY } from '@/server/synthetic-snapshot';

let n = 0;
const open: ClaimcheckDB[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const fact = (
  id: string,
  modelId: string,
  value: number,
  metric: Fact['metric'] = 'benchmark_score',
): Fact => ({
  id,
  modelId,
  metric,
  benchmark: 'MMLU',
  value,
  unit: 'percent',
  asOf: '2026-01-01',
  provenance: 'database',
  sourceId: 's',
});
const base: Snapshot = {
  version: '1',
  created: '2026-01-01T00:00:00.000Z',
  models: ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase(), status: 'released', aliases: [] })),
  facts: [fact('a1', 'a', 1), fact('a2', 'a', 2), fact('b1', 'b', 3), fact('c1', 'c', 4, 'context_window')],
  sources: [{ id: 's', title: 'S', publisher: 'P', date: '2026-01-01', licence: 'CC0' }],
  dictionary: EMPTY_DICTIONARY,
};

async function loaded(): Promise<ClaimcheckDB> {
  const db = new ClaimcheckDB(`fact-groups-${++n}`);
  open.push(db);
  await loadSnapshotIntoDb(db, base, { validate: false, sha256: 'h' });
  return db;
}
const change = (db: ClaimcheckDB, put: Fact[], del: string[]) =>
  db.transaction('rw', factbaseTables(db), () => applyFactChanges(db, put, del));

describe('facts grouped one row per model', () => {
  it('a load writes one row per model and a locator that finds every fact', async () => {
    const db = await loaded();
    expect(await db.factGroups.count()).toBe(3);
    expect(await countFacts(db)).toBe(4);
    expect(Object.fromEntries(await readLocations(db))).toEqual({ a1: 'a', a2: 'a', b1: 'b', c1: 'c' });
    expect((await findFact(db, 'b1'))?.value).toBe(3);
    expect((await factsOfModels(db, ['a', 'c'], 'context_window')).map((f) => f.id)).toEqual(['c1']);
    expect((await factsOfModels(db, ['a', 'missing'])).map((f) => f.id)).toEqual(['a1', 'a2']);
  });

  it('a delta edits in place, adds, deletes, drops emptied rows and moves a fact between models', async () => {
    const db = await loaded();
    const total = await change(
      db,
      [fact('a1', 'a', 10), fact('d1', 'd', 5), fact('a2', 'c', 20)], // edit, new model, move a → c
      ['b1'],
    );
    expect(total).toBe(4);
    expect(await countFacts(db)).toBe(4);
    const ids = async (m: string) => (await factsOfModels(db, [m])).map((f) => [f.id, f.value]);
    expect(await ids('a')).toEqual([['a1', 10]]);
    expect(await ids('b')).toEqual([]);
    expect(await ids('c')).toEqual([
      ['c1', 4],
      ['a2', 20],
    ]);
    expect(await ids('d')).toEqual([['d1', 5]]);
    expect(Object.fromEntries(await readLocations(db))).toEqual({ a1: 'a', a2: 'c', c1: 'c', d1: 'd' });
    // Only small part-1 rows were written; the full load's part-0 rows are untouched.
    expect((await db.factGroups.get(['a', 0]))?.facts.map((f) => f.id)).toEqual(['a1', 'a2']);
    expect((await db.factGroups.get(['a', 1]))?.removed).toEqual(['a2']);

    // A second delta on top of the first: delete a patched fact, re-add a deleted one, move back.
    expect(await change(db, [fact('b1', 'b', 7), fact('a2', 'a', 2)], ['d1', 'a1'])).toBe(3);
    expect(await ids('a')).toEqual([['a2', 2]]);
    expect(await ids('b')).toEqual([['b1', 7]]);
    expect(await ids('c')).toEqual([['c1', 4]]);
    expect(await ids('d')).toEqual([]);
    expect(await countFacts(db)).toBe(3);
    expect((await factsOfModels(db, ['a', 'b', 'c'], 'context_window')).map((f) => f.id)).toEqual(['c1']);

    // A full load replaces everything, patches included.
    await loadSnapshotIntoDb(db, base, { validate: false, sha256: 'h2' });
    expect(await countFacts(db)).toBe(4);
    expect(await db.factGroups.count()).toBe(3);
    expect(await ids('a')).toEqual([
      ['a1', 1],
      ['a2', 2],
    ]);
  });

  it('folds a big part-1 row into part 0 and a big locator patch into the locator', async () => {
    const db = await loaded();
    // Small delta first: a part-1 row for 'a' and a locator patch.
    await change(db, [fact('a9', 'a', 9)], ['a1']);
    expect(await db.meta.get(FACT_LOCATOR_PATCH_KEY)).toBeDefined();
    const many = Array.from({ length: COMPACT_LOCATOR_AT + 1 }, (_, i) =>
      fact(`n${i}`, i % 2 ? 'a' : 'b', i),
    );
    expect(await change(db, many, ['b1'])).toBe(3 + many.length);
    // Both models passed COMPACT_PATCH_AT changes: merged into part 0, no part-1 row left.
    expect(await db.factGroups.get(['a', 1])).toBeUndefined();
    expect(await db.factGroups.get(['b', 1])).toBeUndefined();
    const a0 = (await db.factGroups.get(['a', 0]))!.facts.map((f) => f.id);
    expect(a0.slice(0, 3)).toEqual(['a2', 'a9', 'n1']);
    expect(a0).not.toContain('a1');
    expect((await db.factGroups.get(['b', 0]))!.facts.map((f) => f.id)).not.toContain('b1');
    // The locator was rewritten whole and still finds every fact.
    expect(await db.meta.get(FACT_LOCATOR_PATCH_KEY)).toBeUndefined();
    const where = await readLocations(db);
    expect(where.size).toBe(3 + many.length);
    expect([where.get('a9'), where.get('n2'), where.get('c1'), where.get('a1')]).toEqual([
      'a',
      'b',
      'c',
      undefined,
    ]);
    expect(await countFacts(db)).toBe(3 + many.length);
    // Further deltas work on the compacted layout.
    expect(await change(db, [fact('n2', 'c', 1)], ['a9'])).toBe(2 + many.length);
    expect((await factsOfModels(db, ['c'])).map((f) => f.id)).toEqual(['c1', 'n2']);
    expect((await factsOfModels(db, ['a'])).map((f) => f.id)).not.toContain('a9');
  });

  it('a failure after the changes leaves the old rows and locator (same transaction)', async () => {
    const db = await loaded();
    await expect(
      db.transaction('rw', factbaseTables(db), async () => {
        await applyFactChanges(db, [fact('a1', 'a', 99)], ['b1']);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await findFact(db, 'a1'))?.value).toBe(1);
    expect((await findFact(db, 'b1'))?.value).toBe(3);
    expect(await countFacts(db)).toBe(4);
  });
});
