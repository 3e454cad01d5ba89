import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  correctionHandlers,
  initCorrections,
  CORRECTIONS_ALARM,
  CORRECTIONS_WATCHDOG,
} from '@/entrypoints/background/corrections';
import { ClaimcheckDB } from '@/lib/factbase/db';
import { json, sampleCorrection } from './fixtures';

// Handlers are tested directly (toolchain pitfall 3: fakeBrowser ignores Promise-returning onMessage listeners).
const h = correctionHandlers as Required<typeof correctionHandlers>;

describe('background corrections handlers', () => {
  let posts: { key: string | null }[];
  beforeEach(() => {
    fakeBrowser.reset();
    posts = [];
    vi.stubGlobal('fetch', async (_u: string, init: RequestInit) => {
      posts.push({ key: new Headers(init.headers).get('idempotency-key') });
      return json(201, { id: 'cor_1', status: 'received' });
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('submitCorrection answers with the stored, queued entry, then sends it with its id as the key', async () => {
    const { entry } = await h.submitCorrection({ correction: sampleCorrection, id: 'bg-test-00000001' }, {});
    expect(entry).toMatchObject({ id: 'bg-test-00000001', status: 'queued', attempts: 0 });
    const db = new ClaimcheckDB();
    await vi.waitFor(async () => expect((await db.outbox.get('bg-test-00000001'))?.status).toBe('sent'));
    expect(posts).toEqual([{ key: 'bg-test-00000001' }]);
    // Still awaiting review: a one-shot alarm for the next poll and the periodic watchdog stay armed.
    const names = (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    expect(names).toEqual([CORRECTIONS_ALARM, CORRECTIONS_WATCHDOG]);
    // Submitting the same id again is a no-op: one entry, no second POST.
    await h.submitCorrection({ correction: sampleCorrection, id: 'bg-test-00000001' }, {});
    expect(await db.outbox.where('id').equals('bg-test-00000001').count()).toBe(1);
    const { entries } = await h.listCorrections({ pageUrl: sampleCorrection.pageUrl }, {});
    expect(entries.map((e) => e.id)).toContain('bg-test-00000001');
    expect((await h.listCorrections({ pageUrl: 'https://elsewhere.test/' }, {})).entries).toEqual([]);
    db.close();
  });

  it('openCorrectionForm opens the popup page for the sender tab and claim', async () => {
    const created: string[] = [];
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async (p) => {
      created.push(String(p.url));
      return { id: 99 } as never;
    });
    expect(await h.openCorrectionForm({ claimId: '10:20:context_window' }, { tabId: 5 })).toEqual({
      ok: true,
    });
    expect(created[0]).toMatch(/popup\.html\?tabId=5&claim=10%3A20%3Acontext_window$/);
    expect(await h.openCorrectionForm({ claimId: 'x' }, {})).toEqual({ ok: false });
  });

  it('initCorrections registers the alarm listener; the alarm drains the outbox', async () => {
    await initCorrections();
    const db = new ClaimcheckDB();
    await db.outbox.put({
      id: 'bg-alarm-0000001',
      correction: sampleCorrection,
      status: 'queued',
      attempts: 0,
      nextAttemptAt: 0,
      createdAt: 0,
    });
    await fakeBrowser.alarms.onAlarm.trigger({
      name: CORRECTIONS_ALARM,
      scheduledTime: Date.now(),
    } as Parameters<typeof fakeBrowser.alarms.onAlarm.trigger>[0]);
    await vi.waitFor(async () => expect((await db.outbox.get('bg-alarm-0000001'))?.status).toBe('sent'));
    db.close();
  });
});
