import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ClaimcheckDB } from '@/lib/factbase/db';
import { countFacts, findFact } from '@/lib/factbase/fact-groups';
import { readFactbaseMeta } from '@/lib/factbase/load-snapshot-into-db';
import { runSync, recoverInterruptedSync, type SyncDeps } from '@/lib/sync/run-sync';
import { getSyncStatus, getSyncState, putSyncState } from '@/lib/sync/status';
import { generateKeyPair, signManifest } from '@/lib/sync/signature';
import { startServer, type RunningServer } from '@/server/start';
import { publishFeed } from '@/server/publish';
import { Faults } from '@/server/faults';
import { nextSnapshot, syntheticSnapshot } from '@/server/synthetic-snapshot';

let keys: { secretKey: string; publicKey: string };
let feedDir: string;
let srv: RunningServer;
const faults = new Faults();
let db: ClaimcheckDB;
let n = 0;

const v1 = syntheticSnapshot({ version: '1', created: '2026-01-01T00:00:00.000Z', facts: 300 });
const v2 = nextSnapshot(v1, '2', 40);

const deps = (extra: Partial<SyncDeps> = {}): SyncDeps => ({
  db,
  feedUrl: `${srv.url}/v1/factbase/manifest.json`,
  publicKey: keys.publicKey,
  timeoutMs: 1500,
  manual: true,
  ...extra,
});
const factCount = () => countFacts(db);
const version = async () => (await readFactbaseMeta(db))?.version;

beforeAll(async () => {
  keys = await generateKeyPair();
});
beforeEach(async () => {
  feedDir = mkdtempSync(join(tmpdir(), 'feed-'));
  srv = await startServer({ port: 0, feedDir, faults });
  db = new ClaimcheckDB(`sync-test-${n++}`);
  await publishFeed({ snapshot: v1, outDir: feedDir, secretKey: keys.secretKey });
  const first = await runSync(deps());
  expect(first.error).toBeUndefined();
  expect(first.applied).toBe('snapshot');
});
afterEach(async () => {
  faults.clear();
  await srv.close();
  db.close();
  rmSync(feedDir, { recursive: true, force: true });
});
afterAll(() => faults.clear());

describe('runSync against the real server', () => {
  it('installs a snapshot, then answers 304, then takes the delta', async () => {
    expect(await version()).toBe('1');
    expect(await factCount()).toBe(300);
    const again = await runSync(deps());
    expect(again.result).toBe('not-modified');
    await publishFeed({ snapshot: v2, outDir: feedDir, secretKey: keys.secretKey });
    const hitsBefore = faults.hits.snapshot ?? 0;
    const r = await runSync(deps());
    expect(r.applied).toBe('delta');
    expect(faults.hits.snapshot ?? 0).toBe(hitsBefore); // the snapshot was not downloaded
    expect(await version()).toBe('2');
    expect(await factCount()).toBe(320);
    expect((await findFact(db, 'synthetic:0'))?.value).toBe((v1.facts[0]!.value ?? 0) + 1);
    const status = await getSyncStatus(db);
    expect(status.result).toBe('updated');
    expect(status.error).toBeUndefined();
  });

  const keepsBase = async (r: { error?: string }, pattern: RegExp) => {
    expect(r.error).toMatch(pattern);
    expect(await version()).toBe('1');
    expect(await factCount()).toBe(300);
    const status = await getSyncStatus(db);
    expect(status.error).toMatch(pattern);
    expect(status.lastSuccess).toBeDefined();
    expect(status.nextAttemptAt).toBeGreaterThan(Date.now());
  };

  it('keeps the base when the server answers 500, and backs off', async () => {
    faults.set('manifest', 'status-500');
    await keepsBase(await runSync(deps()), /HTTP 500/);
    expect((await getSyncState(db)).failures).toBe(1);
  });

  it('honours Retry-After even on a manual sync', async () => {
    faults.retryAfter = 600;
    faults.set('manifest', 'status-503-retry-after');
    await keepsBase(await runSync(deps()), /HTTP 503/);
    expect((await getSyncStatus(db)).nextAttemptAt).toBeGreaterThanOrEqual(Date.now() + 590_000);
    faults.clear();
    const hits = faults.hits.manifest;
    const r = await runSync(deps());
    expect(r.result).toBe('waiting');
    expect(faults.hits.manifest).toBe(hits); // did not even ask
  });

  it('times out a hung response', async () => {
    faults.set('manifest', 'hang');
    await keepsBase(await runSync(deps()), /timed out/);
  });

  it('rejects truncated and invalid bodies', async () => {
    await publishFeed({ snapshot: v2, outDir: feedDir, secretKey: keys.secretKey });
    faults.set('delta', 'truncate');
    await keepsBase(await runSync(deps()), /Delta/);
    faults.set('manifest', 'invalid-json');
    await keepsBase(await runSync(deps()), /not valid JSON/);
  });

  it('rejects a manifest failing the schema, and one with a bad signature', async () => {
    const m = JSON.parse(readFileSync(join(feedDir, 'manifest.json'), 'utf8'));
    writeFileSync(join(feedDir, 'manifest.json'), JSON.stringify({ ...m, version: 'bad version!' }));
    await keepsBase(await runSync(deps()), /fails the schema/);
    await publishFeed({
      snapshot: v2,
      outDir: join(feedDir, 'other'),
      secretKey: (await generateKeyPair()).secretKey,
    });
    writeFileSync(join(feedDir, 'manifest.json'), readFileSync(join(feedDir, 'other', 'manifest.json')));
    await keepsBase(await runSync(deps()), /signature is invalid/);
  });

  it('rejects a tampered snapshot by its hash', async () => {
    await publishFeed({ snapshot: v2, outDir: feedDir, secretKey: keys.secretKey });
    // Force the snapshot path (no delta) and tamper with the file after signing.
    const m = JSON.parse(readFileSync(join(feedDir, 'manifest.json'), 'utf8'));
    const { signature: _s, ...rest } = m;
    writeFileSync(
      join(feedDir, 'manifest.json'),
      JSON.stringify(await signManifest({ ...rest, deltas: [] }, keys.secretKey)),
    );
    const file = join(feedDir, m.snapshot.url);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"percent"', '"pErcent"'));
    await keepsBase(await runSync(deps()), /sha256 does not match/);
  });

  it('refuses a downgrade (an old, validly signed manifest replayed)', async () => {
    const old = syntheticSnapshot({ version: '0', created: '2025-01-01T00:00:00.000Z', facts: 5 });
    const dir = join(feedDir, 'old');
    await publishFeed({ snapshot: old, outDir: dir, secretKey: keys.secretKey });
    for (const f of ['manifest.json', 'snapshot-0.json'])
      writeFileSync(join(feedDir, f), readFileSync(join(dir, f)));
    await keepsBase(await runSync(deps()), /Refused feed version 0: not newer than the installed 1/);
  });

  it('leaves the base whole when storage fails inside the apply (quota)', async () => {
    await publishFeed({ snapshot: v2, outDir: feedDir, secretKey: keys.secretKey });
    const quota = async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    await keepsBase(await runSync(deps({ inTransaction: quota })), /storage quota exceeded/);
    expect(await findFact(db, 'synthetic-next:2:0')).toBeUndefined();
  });

  it('reports an apply interrupted by a stopped worker', async () => {
    await putSyncState(db, { failures: 0, inProgress: { version: '2', since: Date.now() } });
    expect(await recoverInterruptedSync(db)).toBe(true);
    expect((await getSyncStatus(db)).error).toMatch(/interrupted/);
    expect((await getSyncState(db)).inProgress).toBeUndefined();
  });

  it('reports an unreachable server', async () => {
    await srv.close();
    const r = await runSync(deps());
    expect(r.error).toMatch(/unreachable/);
    srv = await startServer({ port: 0, feedDir }); // for afterEach
  });
});
