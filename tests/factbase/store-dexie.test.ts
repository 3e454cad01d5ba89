import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimcheckDB } from '@/lib/factbase/db';
import { createDexieStore } from '@/lib/factbase/dexie-store';
import { createMemoryStore } from '@/lib/factbase/memory-store';
import { factbaseTables, loadSnapshotIntoDb } from '@/lib/factbase/load-snapshot-into-db';
import { applyFactChanges } from '@/lib/factbase/fact-groups';
import { judgeClaims } from '@/lib/verdicts';
import { claim, fixtureSnapshot } from '../verdicts/fixtures';
import { storeContract } from './store-contract';

let n = 0;
const open: ClaimcheckDB[] = [];
async function fresh() {
  const db = new ClaimcheckDB(`store-test-${++n}`);
  open.push(db);
  await loadSnapshotIntoDb(db, fixtureSnapshot);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('Dexie store', () => {
  storeContract(async () => createDexieStore(await fresh()));

  it('gives the same verdicts as the memory store for a page of claims', async () => {
    const page = [
      claim('llama-4-maverick', 'arena_elo', '1417', 1417, { benchmark: 'LMArena' }),
      claim('llama-4-scout', 'context_window', '10M tokens', 10e6),
      claim('llama-4-maverick', 'total_params', '402B', 402e9),
      claim('gpt-4o', 'benchmark_score', '88.7 MMLU', 88.7, { benchmark: 'MMLU' }),
      claim('llama-4', 'training_gpus', 'over 100,000', 100000, { hedge: 'over' }),
      claim('llama-4-maverick', 'comparison', 'beats GPT-4o', null, { others: ['gpt-4o'] }),
    ];
    const opts = { pageDate: '2025-04-06' };
    const dexie = await judgeClaims(page, createDexieStore(await fresh()), opts);
    const memory = await judgeClaims(page, createMemoryStore(fixtureSnapshot), opts);
    expect(dexie.map((r) => r.verdict)).toEqual([
      'misleading',
      'disputed',
      'close',
      'supported',
      'unverified',
      'misleading',
    ]);
    expect(dexie).toEqual(memory);
  });

  it('sees a replaced fact base on the next page (catalog refreshed by hash)', async () => {
    const db = await fresh();
    const store = createDexieStore(db);
    const page = [claim('llama-4-maverick', 'total_params', '400B', 400e9)];
    expect((await store.sliceFor(page)).facts.length).toBe(2);
    const renamed = fixtureSnapshot.models.map((m) =>
      m.id === 'llama-4-maverick' ? { ...m, name: 'Maverick (renamed)' } : m,
    );
    await loadSnapshotIntoDb(db, {
      ...fixtureSnapshot,
      version: 'fixture-2',
      models: renamed,
      facts: fixtureSnapshot.facts.filter(
        (f) => !(f.modelId === 'llama-4-maverick' && f.provenance === 'database'),
      ),
    });
    const after = await store.sliceFor(page);
    expect(after.facts.length).toBe(1);
    expect(after.models.find((m) => m.id === 'llama-4-maverick')?.name).toBe('Maverick (renamed)');
  });

  it('reads facts a delta changed (part-1 rows merged over the loaded rows)', async () => {
    const db = await fresh();
    const store = createDexieStore(db);
    const page = [claim('llama-4-maverick', 'total_params', '400B', 400e9)];
    const before = (await store.sliceFor(page)).facts;
    expect(before.length).toBe(2);
    const [edited, dropped] = before;
    await db.transaction('rw', factbaseTables(db), () =>
      applyFactChanges(db, [{ ...edited!, value: 401e9 }], [dropped!.id]),
    );
    const after = (await store.sliceFor(page)).facts;
    expect(after.map((f) => [f.id, f.value])).toEqual([[edited!.id, 401e9]]);
    expect((await store.getFacts(['llama-4-maverick'], 'total_params')).map((f) => f.value)).toEqual([401e9]);
  });
});
