import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { ClaimcheckDB } from '@/lib/factbase/db';

// v2 drops indexes nobody queries; a database written by v1 must open with its rows intact.
const name = 'db-upgrade-test';
afterEach(async () => {
  await Dexie.delete(name);
});

const V1 = {
  models: 'id, family, parent',
  facts: 'id, modelId, [modelId+metric], metric, sourceId',
  sources: 'id',
  meta: 'key',
  dictionary: 'key',
  outbox: 'id, status, nextAttemptAt, createdAt',
};

describe('ClaimcheckDB schema upgrade', () => {
  it('keeps every row of a v1 database and the indexes the readers use', async () => {
    const old = new Dexie(name);
    old.version(1).stores(V1);
    await old.open();
    await old.table('models').bulkPut([
      { id: 'gpt-4o', name: 'GPT-4o', status: 'released', aliases: [] },
      {
        id: 'gpt-4o-2024-08-06',
        name: 'GPT-4o (2024-08-06)',
        parent: 'gpt-4o',
        status: 'released',
        aliases: [],
      },
    ]);
    await old.table('facts').bulkPut([
      {
        id: 'f1',
        modelId: 'gpt-4o',
        metric: 'benchmark_score',
        benchmark: 'MMLU',
        value: 88.7,
        sourceId: 's',
      },
      { id: 'f2', modelId: 'gpt-4o', metric: 'context_window', value: 128000, sourceId: 's' },
    ]);
    await old.table('meta').put({ key: 'factbase', value: { version: 'v1' } });
    old.close();

    const db = new ClaimcheckDB(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.models.count()).toBe(2);
    expect(await db.facts.count()).toBe(2);
    expect((await db.meta.get('factbase'))?.value).toEqual({ version: 'v1' });
    expect(await db.models.where('parent').equals('gpt-4o').primaryKeys()).toEqual(['gpt-4o-2024-08-06']);
    expect(
      (await db.facts.where('[modelId+metric]').equals(['gpt-4o', 'context_window']).toArray()).map(
        (f) => f.id,
      ),
    ).toEqual(['f2']);
    expect(await db.facts.where('modelId').equals('gpt-4o').count()).toBe(2);
    // The dropped indexes are gone (each cost a write per row on every load).
    const names = db.facts.schema.indexes.map((i) => i.name).sort();
    expect(names).toEqual(['[modelId+metric]', 'modelId']);
    expect(db.models.schema.indexes.map((i) => i.name)).toEqual(['parent']);
    db.close();
  });
});
