import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClaimcheckDB } from '@/lib/factbase/db';
import { DEFAULT_TUNING, type OutboxTuning } from '@/lib/corrections/config';
import { DAY_MS } from '@/lib/corrections/lifecycle';
import { awaitingReview, enqueue, nextWakeAt } from '@/lib/corrections/outbox';
import { processOnce, type ProcessDeps } from '@/lib/corrections/process';
import type { OutboxEntry } from '@/lib/corrections/schema';
import { json, sampleCorrection } from './fixtures';

// The lifecycle through the real processor and Dexie (fake-indexeddb), with an injected clock:
// each "pass" is what an alarm would run at that time. No timers, no sleeps.
let db: ClaimcheckDB;
let n = 0;
beforeEach(async () => {
  db = new ClaimcheckDB(`outbox-lifecycle-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const tuning: OutboxTuning = {
  ...DEFAULT_TUNING,
  pollBaseMs: 60_000,
  pollMaxMs: 6 * 3_600_000,
  pollForMs: 3 * DAY_MS,
  keepSettledMs: 90 * DAY_MS,
  maxEntries: 200,
};

/** A server that took every POST and never reviews anything, unless told otherwise. */
function server(review: () => 'received' | 'accepted' | 'rejected' = () => 'received') {
  const calls: { method: string; url: string; at: number }[] = [];
  const clock = { t: 0 };
  const scheduled: (number | null)[] = [];
  const fetchFn = (async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    calls.push({ method, url: String(url), at: clock.t });
    if (method === 'POST') return json(201, { id: 'cor_1', status: 'received' });
    return json(200, { id: 'cor_1', status: review() });
  }) as unknown as typeof fetch;
  const deps: ProcessDeps = {
    db: () => db,
    endpoint: async () => 'http://127.0.0.1:9/v1/corrections',
    tuning: async () => tuning,
    schedule: (at) => void scheduled.push(at),
    fetch: fetchFn,
    now: () => clock.t,
    random: () => 0.5,
  };
  const gets = () => calls.filter((c) => c.method === 'GET');
  return { calls, gets, clock, scheduled, deps };
}

const get = async (id: string) => (await db.outbox.get(id)) as OutboxEntry;

describe('status polling is bounded', () => {
  it('a correction nobody reviews is polled with growing gaps, then marked "stopped checking"', async () => {
    const s = server();
    await enqueue(db, sampleCorrection, 'life-unreviewed', 0);
    s.clock.t = 5 * DAY_MS; // written offline; the server takes it five days later
    await processOnce(s.deps);
    expect(await get('life-unreviewed')).toMatchObject({ status: 'sent', sentAt: 5 * DAY_MS });

    // Follow the alarms: every pass runs exactly when the outbox asked to be woken.
    for (let i = 0; i < 1000; i++) {
      const wake = await nextWakeAt(db);
      if (wake === null) break;
      s.clock.t = wake;
      await processOnce(s.deps);
    }
    const e = await get('life-unreviewed');
    const deadline = 5 * DAY_MS + tuning.pollForMs;
    expect(e.pollStoppedAt).toBe(deadline);
    expect(e.status).toBe('sent');
    expect(await nextWakeAt(db)).toBeNull();
    expect(s.scheduled.at(-1)).toBeNull(); // alarms cleared: nothing left to do

    const at = s.gets().map((c) => c.at);
    expect(at.at(-1)).toBe(deadline); // one last look exactly at the deadline
    // Gaps never shrink (except the last, cut short to land on the deadline) and never pass the cap.
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    const growing = gaps.slice(0, -1);
    expect(growing).toEqual([...growing].sort((a, b) => a - b));
    expect(growing[0]).toBeLessThan(growing.at(-1)!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(tuning.pollMaxMs);
    // 3 days at most every 6 h (after a short ramp-up): bounded, about 18 polls.
    expect(at.length).toBeGreaterThan(10);
    expect(at.length).toBeLessThan(25);

    // Later passes, even "the reader opened the popup", never ask again.
    const before = s.calls.length;
    s.clock.t = deadline + 10 * DAY_MS;
    await processOnce(s.deps, { pollAll: true });
    await processOnce(s.deps);
    expect(s.calls.length).toBe(before);
    expect(await awaitingReview(db)).toEqual([]);
  });

  it('a worker asleep past the window polls once more, then stops', async () => {
    const s = server();
    await enqueue(db, sampleCorrection, 'life-asleep', 0);
    await processOnce(s.deps);
    s.clock.t = 40 * DAY_MS;
    await processOnce(s.deps);
    expect(s.gets()).toHaveLength(1);
    expect(await get('life-asleep')).toMatchObject({ status: 'sent', pollStoppedAt: 40 * DAY_MS });
  });

  it('a review that arrives inside the window is still seen, and polling stops at once', async () => {
    let reviewed = false;
    const s = server(() => (reviewed ? 'accepted' : 'received'));
    await enqueue(db, sampleCorrection, 'life-accepted', 0);
    await processOnce(s.deps);
    s.clock.t = (await nextWakeAt(db))!;
    await processOnce(s.deps);
    reviewed = true;
    s.clock.t = (await nextWakeAt(db))!;
    await processOnce(s.deps);
    const e = await get('life-accepted');
    expect(e).toMatchObject({ status: 'accepted', settledAt: s.clock.t });
    expect(e.pollStoppedAt).toBeUndefined();
    expect(await nextWakeAt(db)).toBeNull();
    const polls = s.gets().length;
    s.clock.t += DAY_MS;
    await processOnce(s.deps, { pollAll: true });
    expect(s.gets()).toHaveLength(polls);
  });

  it('a server that answers "accepted" to the POST itself needs no poll at all', async () => {
    const s = server();
    const f = s.deps.fetch!;
    s.deps.fetch = (async (u: string, i?: RequestInit) =>
      i?.method === 'POST' ? json(201, { id: 'cor_2', status: 'accepted' }) : f(u, i)) as typeof fetch;
    await enqueue(db, sampleCorrection, 'life-instant', 0);
    s.clock.t = 7;
    await processOnce(s.deps);
    expect(await get('life-instant')).toMatchObject({ status: 'accepted', sentAt: 7, settledAt: 7 });
    expect(await nextWakeAt(db)).toBeNull();
    expect(s.gets()).toHaveLength(0);
  });
});

describe('pruning', () => {
  const put = (e: Partial<OutboxEntry> & { id: string }) =>
    db.outbox.put({
      correction: sampleCorrection,
      status: 'queued',
      attempts: 0,
      nextAttemptAt: Number.MAX_SAFE_INTEGER,
      createdAt: 0,
      ...e,
    });

  it('settled entries go after the retention period; an unsent correction never does', async () => {
    const s = server();
    // The network is down for the whole test: the queued entry keeps failing and stays.
    s.deps.fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await put({ id: 'p-accepted', status: 'accepted', serverId: 'a', settledAt: 1 * DAY_MS });
    await put({ id: 'p-stopped', status: 'sent', serverId: 'b', sentAt: 0, pollStoppedAt: 30 * DAY_MS });
    await put({ id: 'p-refused', status: 'rejected', reason: 'malformed', settledAt: 0 });
    await enqueue(db, sampleCorrection, 'p-unsent', 0);

    s.clock.t = 90 * DAY_MS; // inside retention for both settled entries
    await processOnce(s.deps);
    expect((await db.outbox.toCollection().primaryKeys()).sort()).toEqual(
      ['p-accepted', 'p-refused', 'p-stopped', 'p-unsent'].sort(),
    );

    s.clock.t = 91 * DAY_MS + 1; // accepted one is past 90 days
    await processOnce(s.deps);
    expect(await db.outbox.get('p-accepted')).toBeUndefined();
    expect(await db.outbox.get('p-stopped')).toBeDefined();

    s.clock.t = 2000 * DAY_MS;
    await processOnce(s.deps);
    expect((await db.outbox.toCollection().primaryKeys()).sort()).toEqual(['p-refused', 'p-unsent']);
    expect(await get('p-unsent')).toMatchObject({ status: 'queued', correction: sampleCorrection });
  });

  it('the cap drops the oldest settled entries and never an unsent one', async () => {
    const s = server();
    s.deps.fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    s.deps.tuning = async () => ({ ...tuning, maxEntries: 3 });
    for (let i = 0; i < 4; i++)
      await put({ id: `c-settled-${i}`, status: 'rejected', serverId: `s${i}`, settledAt: 10 + i });
    for (let i = 0; i < 4; i++) await enqueue(db, sampleCorrection, `c-unsent-${i}`, i);
    s.clock.t = 100;
    await processOnce(s.deps);
    const left = (await db.outbox.toCollection().primaryKeys()).sort();
    expect(left).toEqual(['c-unsent-0', 'c-unsent-1', 'c-unsent-2', 'c-unsent-3']);
  });
});
