import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { ClaimcheckDB } from '@/lib/factbase/db';
import { countFacts, factsOfModels, findFact } from '@/lib/factbase/fact-groups';
import { readFactbaseMeta, type FactbaseMeta } from '@/lib/factbase/load-snapshot-into-db';
import { planFactMigration } from '@/lib/factbase/migrate-fact-rows';
import type { Fact, Snapshot } from '@/lib/factbase/schema';
import { applyDelta } from '@/lib/sync/apply';
import { loadBundledSnapshot } from '@/entrypoints/background/bundled-snapshot';
import { fakePackage, makeSnapshot } from '../background/factbase-fixture';
import { fixtureSnapshot } from '../verdicts/fixtures';

// The layouts before v3, written here as they were shipped (one row per fact), so the test
// builds a real old database and opens it with today's ClaimcheckDB.
const V1 = {
  models: 'id, family, parent',
  facts: 'id, modelId, [modelId+metric], metric, sourceId',
  sources: 'id',
  meta: 'key',
  dictionary: 'key',
  outbox: 'id, status, nextAttemptAt, createdAt',
};
const V2 = { models: 'id, parent', facts: 'id, modelId, [modelId+metric]' };

const name = 'db-upgrade-factbase-test';
afterEach(async () => {
  vi.restoreAllMocks();
  await Dexie.delete(name);
});

/** A base installed by sync: newer than anything bundled, with its own version and hash. */
const synced: Snapshot = { ...fixtureSnapshot, version: 'feed-2026.11.20', created: '2026-11-20T06:00:00Z' };
const syncedMeta: FactbaseMeta & { origin?: string } = {
  version: synced.version,
  created: synced.created,
  hash: 'a'.repeat(64),
  counts: { models: synced.models.length, facts: synced.facts.length, sources: synced.sources.length },
  loadedAt: '2026-11-20T06:01:00.000Z',
};
const outboxRow = {
  id: 'o-kept-0001',
  correction: { kind: 'wrong_verdict', pageUrl: 'https://news.test/', claim: {} },
  status: 'queued',
  attempts: 2,
  nextAttemptAt: 5,
  createdAt: 1,
};

async function writeOldDb(
  from: 1 | 2,
  rows: { facts: unknown[]; meta?: unknown; snapshot?: Snapshot } = { facts: synced.facts, meta: syncedMeta },
) {
  const snap = rows.snapshot ?? synced;
  const old = new Dexie(name);
  old.version(1).stores(V1);
  if (from === 2) old.version(2).stores(V2);
  await old.open();
  await old.table('models').bulkPut(snap.models);
  await old.table('sources').bulkPut(snap.sources);
  await old.table('facts').bulkPut(rows.facts);
  await old.table('dictionary').put({ key: 'current', value: snap.dictionary });
  if (rows.meta) await old.table('meta').put({ key: 'factbase', value: rows.meta });
  await old.table('meta').bulkPut([
    { key: 'sync', value: { lastSuccess: 1_700_000_000_000, result: 'updated' } },
    { key: 'sync-state', value: { failures: 0, etag: '"e1"', etagVersion: synced.version } },
  ]);
  await old.table('outbox').put(outboxRow);
  old.close();
}

const byId = (a: Fact, b: Fact) => a.id.localeCompare(b.id);
const factsOf = (modelId: string) => synced.facts.filter((f) => f.modelId === modelId).sort(byId);

describe('v3 upgrade converts old per-fact rows into grouped rows', () => {
  for (const from of [1, 2] as const) {
    it(`v${from} → v3: a synced base keeps every fact, its meta and the other tables`, async () => {
      await writeOldDb(from);
      const db = new ClaimcheckDB(name);
      await db.open();
      expect(db.verno).toBe(3);
      expect(db.tables.map((t) => t.name)).not.toContain('facts');
      // The base is the synced one, byte for byte: version, created, hash and counts kept.
      expect(await readFactbaseMeta(db)).toEqual(syncedMeta);
      expect(await countFacts(db)).toBe(synced.facts.length);
      for (const modelId of ['llama-4-maverick', 'llama-4-scout', 'gpt-4o'])
        expect((await factsOfModels(db, [modelId])).sort(byId)).toEqual(factsOf(modelId));
      const one = synced.facts[7]!;
      expect(await findFact(db, one.id)).toEqual(one);
      // Nothing else moved: models (with v2's index set), sources, dictionary, sync rows, outbox.
      expect(await db.models.count()).toBe(synced.models.length);
      expect(db.models.schema.indexes.map((i) => i.name)).toEqual(['parent']);
      expect(await db.sources.count()).toBe(synced.sources.length);
      expect((await db.dictionary.get('current'))?.value.version).toBe(synced.dictionary.version);
      expect((await db.meta.get('sync-state'))?.value).toMatchObject({ etagVersion: synced.version });
      expect(await db.outbox.get('o-kept-0001')).toEqual(outboxRow);
      db.close();
    });
  }

  it('the first start after the upgrade keeps the synced base instead of reloading the bundled one', async () => {
    await writeOldDb(2);
    const db = new ClaimcheckDB(name);
    const pkg = fakePackage(makeSnapshot('bundled-2026.10.01', '2026-10-01T00:00:00Z'));
    const r = await loadBundledSnapshot(db, pkg.fetch, pkg.urlOf);
    expect(r.action).toBe('kept-newer');
    expect(pkg.fetched.some((u) => u.endsWith('/snapshot.json'))).toBe(false);
    expect((await readFactbaseMeta(db))?.version).toBe(synced.version);
    expect(await countFacts(db)).toBe(synced.facts.length);
    db.close();
  });

  it('a delta from the synced version applies on the converted rows (the locator is right)', async () => {
    await writeOldDb(1);
    const db = new ClaimcheckDB(name);
    await db.open();
    const [gone, changed] = factsOf('llama-4-maverick');
    const added: Fact = { ...changed!, id: 'f-new-from-delta', value: 1234 };
    await applyDelta(
      db,
      {
        from: synced.version,
        to: 'feed-2026.11.27',
        created: '2026-11-27T06:00:00Z',
        models: { put: [], delete: [] },
        sources: { put: [], delete: [] },
        facts: { put: [{ ...changed!, value: 999 }, added], delete: [gone!.id] },
      },
      { created: '2026-11-27T06:00:00Z', sha256: 'b'.repeat(64) },
    );
    const now = await factsOfModels(db, ['llama-4-maverick']);
    expect(now.map((f) => f.id)).not.toContain(gone!.id);
    expect(now.find((f) => f.id === changed!.id)?.value).toBe(999);
    expect(now.find((f) => f.id === 'f-new-from-delta')?.value).toBe(1234);
    expect(await countFacts(db)).toBe(synced.facts.length + 1 - 1);
    expect((await readFactbaseMeta(db))?.version).toBe('feed-2026.11.27');
    db.close();
  });

  it('old rows that fail today’s schema are not trusted: the meta row is dropped so the bundled base reloads', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const bad = [...synced.facts.slice(1), { ...synced.facts[0]!, metric: 'no_such_metric' }];
    await writeOldDb(2, { facts: bad, meta: syncedMeta });
    const db = new ClaimcheckDB(name);
    await db.open();
    expect(await readFactbaseMeta(db)).toBeUndefined();
    expect(await db.factGroups.count()).toBe(0);
    // Everything that is not the fact base is still there.
    expect(await db.outbox.get('o-kept-0001')).toEqual(outboxRow);
    expect((await db.meta.get('sync'))?.value).toMatchObject({ result: 'updated' });
    const pkg = fakePackage(makeSnapshot('bundled-2026.10.01', '2026-10-01T00:00:00Z'));
    expect((await loadBundledSnapshot(db, pkg.fetch, pkg.urlOf)).action).toBe('loaded');
    expect(await countFacts(db)).toBe(3);
    db.close();
  });

  it('a database that never held a base opens empty', async () => {
    await writeOldDb(1, { facts: [] });
    const db = new ClaimcheckDB(name);
    await db.open();
    expect(await readFactbaseMeta(db)).toBeUndefined();
    expect(await db.factGroups.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
    db.close();
  });
});

describe('planFactMigration (pure)', () => {
  const facts = fixtureSnapshot.facts;
  it('groups valid rows by model, keeping every fact', () => {
    const plan = planFactMigration(facts, { counts: { facts: facts.length } });
    expect(plan.kind).toBe('convert');
    if (plan.kind !== 'convert') return;
    expect(plan.facts).toBe(facts.length);
    expect(plan.groups.flatMap((g) => g.facts).sort(byId)).toEqual([...facts].sort(byId));
    expect(plan.groups.every((g) => g.part === 0 && g.facts.every((f) => f.modelId === g.modelId))).toBe(
      true,
    );
  });

  it('asks for a reload when the count differs from the meta row or a row is malformed', () => {
    expect(planFactMigration(facts.slice(1), { counts: { facts: facts.length } })).toMatchObject({
      kind: 'reload',
      reason: expect.stringContaining(`${facts.length} facts`),
    });
    expect(planFactMigration([...facts, null], {})).toMatchObject({ kind: 'reload' });
    expect(planFactMigration([{ id: 'x', modelId: 'm' }], {})).toMatchObject({
      kind: 'reload',
      reason: expect.stringContaining('fact x'),
    });
  });

  it('does nothing without a recorded base', () => {
    expect(planFactMigration(facts, undefined)).toEqual({ kind: 'nothing' });
  });
});
