import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClaimcheckDB } from '@/lib/factbase/db';
import { DEFAULT_TUNING } from '@/lib/corrections/config';
import { claimDue, enqueue, listEntries, nextWakeAt, releaseOrphans } from '@/lib/corrections/outbox';
import { createProcessor, processOnce, type ProcessDeps } from '@/lib/corrections/process';
import { json, sampleCorrection, scriptedFetch } from './fixtures';

let db: ClaimcheckDB;
let n = 0;
beforeEach(async () => {
  db = new ClaimcheckDB(`outbox-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const tuning = { ...DEFAULT_TUNING, baseDelayMs: 1000, maxDelayMs: 8000, pollBaseMs: 60_000 };

function deps(fetchFn: typeof fetch, clock: { t: number }, scheduled: (number | null)[] = []): ProcessDeps {
  return {
    db: () => db,
    endpoint: async () => 'http://127.0.0.1:9/v1/corrections',
    tuning: async () => tuning,
    schedule: (at) => void scheduled.push(at),
    fetch: fetchFn,
    now: () => clock.t,
    random: () => 0.5,
  };
}

describe('outbox storage', () => {
  it('stores a correction as queued before any network, and a re-submit of the same id adds nothing', async () => {
    const a = await enqueue(db, sampleCorrection, 'entry-aaaaaaaa', 1000);
    const b = await enqueue(db, { ...sampleCorrection, note: 'again' }, 'entry-aaaaaaaa', 2000);
    expect(a.status).toBe('queued');
    expect(b).toEqual(a);
    expect(await db.outbox.count()).toBe(1);
  });

  it('claims a due entry only once, even for two concurrent drains', async () => {
    await enqueue(db, sampleCorrection, 'entry-bbbbbbbb', 0);
    const [x, y] = await Promise.all([claimDue(db, 10, 5000), claimDue(db, 10, 5000)]);
    expect(x.length + y.length).toBe(1);
    const e = await db.outbox.get('entry-bbbbbbbb');
    expect(e).toMatchObject({ status: 'sending', attempts: 1, nextAttemptAt: 5010 });
  });

  it('releases entries orphaned mid-send by a stopped worker', async () => {
    await enqueue(db, sampleCorrection, 'entry-cccccccc', 0);
    await claimDue(db, 0, 60_000);
    expect(await claimDue(db, 1, 60_000)).toHaveLength(0);
    await releaseOrphans(db, 2);
    expect(await claimDue(db, 2, 60_000)).toHaveLength(1);
  });

  it('lists newest first, filtered by page', async () => {
    await enqueue(db, sampleCorrection, 'entry-dddddddd', 1);
    await enqueue(db, { ...sampleCorrection, pageUrl: 'https://other.test/' }, 'entry-eeeeeeee', 2);
    await enqueue(db, sampleCorrection, 'entry-ffffffff', 3);
    expect((await listEntries(db, sampleCorrection.pageUrl)).map((e) => e.id)).toEqual([
      'entry-ffffffff',
      'entry-dddddddd',
    ]);
    expect(await listEntries(db)).toHaveLength(3);
  });
});

describe('outbox processing', () => {
  it('retries with backoff after 500 and a network error, then is sent once with the same key', async () => {
    const clock = { t: 0 };
    const scheduled: (number | null)[] = [];
    const f = scriptedFetch([
      json(500, { error: 'down' }),
      new TypeError('Failed to fetch'),
      json(201, { id: 'cor_x', status: 'received' }),
    ]);
    const d = deps(f.fn, clock, scheduled);
    await enqueue(db, sampleCorrection, 'entry-11111111', 0);

    await processOnce(d);
    let e = await db.outbox.get('entry-11111111');
    expect(e).toMatchObject({ status: 'queued', attempts: 1, lastError: expect.stringContaining('500') });
    expect(scheduled.at(-1)).toBe(e!.nextAttemptAt);
    expect(e!.nextAttemptAt).toBe(750); // attempt 1: 1000 ms, equal jitter at 0.5

    clock.t = 100; // not yet due: nothing is sent
    await processOnce(d);
    expect(f.calls).toHaveLength(1);

    clock.t = 750;
    await processOnce(d);
    e = await db.outbox.get('entry-11111111');
    expect(e).toMatchObject({ status: 'queued', attempts: 2 });
    expect(e!.nextAttemptAt).toBe(750 + 1500); // attempt 2: 2000 ms

    clock.t = e!.nextAttemptAt;
    await processOnce(d);
    e = await db.outbox.get('entry-11111111');
    expect(e).toMatchObject({ status: 'sent', serverId: 'cor_x', attempts: 3 });
    expect(new Set(f.calls.map((c) => c.key))).toEqual(new Set(['entry-11111111']));
  });

  it('honours Retry-After when longer than the backoff', async () => {
    const clock = { t: 0 };
    const f = scriptedFetch([json(429, { error: 'slow down' }, { 'retry-after': '30' })]);
    await enqueue(db, sampleCorrection, 'entry-22222222', 0);
    await processOnce(deps(f.fn, clock));
    expect((await db.outbox.get('entry-22222222'))!.nextAttemptAt).toBe(30_000);
  });

  it('marks a refused correction rejected with the server reason and stops retrying', async () => {
    const clock = { t: 0 };
    const scheduled: (number | null)[] = [];
    const f = scriptedFetch([json(400, { error: 'The correction is malformed.' })]);
    await enqueue(db, sampleCorrection, 'entry-33333333', 0);
    await processOnce(deps(f.fn, clock, scheduled));
    expect(await db.outbox.get('entry-33333333')).toMatchObject({
      status: 'rejected',
      reason: 'The correction is malformed.',
    });
    expect(scheduled.at(-1)).toBeNull();
  });

  it('polls a sent correction until the review says accepted or rejected', async () => {
    const clock = { t: 0 };
    const f = scriptedFetch([
      json(201, { id: 'cor_y', status: 'received' }),
      json(200, { id: 'cor_y', status: 'received' }),
      json(200, { id: 'cor_y', status: 'rejected', reason: 'Source disagrees' }),
    ]);
    const d = deps(f.fn, clock);
    await enqueue(db, sampleCorrection, 'entry-44444444', 0);
    await processOnce(d);
    expect(await db.outbox.get('entry-44444444')).toMatchObject({ status: 'sent', nextAttemptAt: 60_000 });
    clock.t = 60_000;
    await processOnce(d);
    const mid = await db.outbox.get('entry-44444444');
    expect(mid).toMatchObject({ status: 'sent', polls: 1 });
    expect(mid!.nextAttemptAt).toBeGreaterThan(60_000);
    clock.t = mid!.nextAttemptAt;
    await processOnce(d);
    expect(await db.outbox.get('entry-44444444')).toMatchObject({
      status: 'rejected',
      reason: 'Source disagrees',
    });
    expect(await nextWakeAt(db)).toBeNull();
    expect(f.calls.map((c) => c.method)).toEqual(['POST', 'GET', 'GET']);
  });

  it('serialises concurrent passes so one entry is never posted twice at once', async () => {
    const clock = { t: 0 };
    let release!: () => void;
    const gate = new Promise<void>((ok) => (release = ok));
    const f = scriptedFetch([async () => (await gate, json(201, { id: 'cor_z', status: 'received' }))]);
    const run = createProcessor(deps(f.fn, clock));
    await enqueue(db, sampleCorrection, 'entry-55555555', 0);
    const p1 = run();
    const p2 = run();
    const p3 = run();
    release();
    await Promise.all([p1, p2, p3]);
    expect(f.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    expect(await db.outbox.get('entry-55555555')).toMatchObject({ status: 'sent' });
  });
});
