import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import Dexie from 'dexie';
import { factbaseHandlers, initFactbase, resetFactbaseForTests } from '@/entrypoints/background/factbase';
import { pageScanHandlers } from '@/entrypoints/background/page-scan';
import { backgroundMessages } from '@/lib/messages';
import { docFromText } from '@/lib/claims/extract-text';
import { updateSettings } from '@/lib/settings-storage';
import { ClaimSchema } from '@/lib/claims/types';
import { fakePackage, makeSnapshot } from './factbase-fixture';

// Handlers are called directly (fakeBrowser drops promise-returning listeners; toolchain pitfall 3).
const sender = {};
let n = 0;
let dbName = '';

beforeEach(() => {
  fakeBrowser.reset();
  resetFactbaseForTests();
  dbName = `handlers-test-${n++}`;
});
afterEach(async () => {
  resetFactbaseForTests();
  await Dexie.delete(dbName);
});

/** One section, as the content script sends it (for the handlers that need a loaded base). */
const scanReq = (() => {
  const d = docFromText('Llama 4 Maverick has 400B total parameters.');
  return {
    url: 'https://news.test/a',
    pageId: 'p0',
    docs: [{ text: d.text, blocks: d.blocks, tables: d.tables }],
  };
})();

const claim = (over: object) =>
  ClaimSchema.parse({
    id: '0:10:total_params',
    quote: '400B total',
    start: 0,
    end: 10,
    model: { id: 'llama-4-maverick', name: 'Llama 4 Maverick' },
    metric: 'total_params',
    value: 400e9,
    unit: 'params',
    context: 'prose',
    ...over,
  });

describe('background fact base handlers', () => {
  it('loads the bundled base once even when many callers race on a cold start', async () => {
    const pkg = fakePackage(makeSnapshot('v1', '2025-08-20T00:00:00Z'));
    const opts = { dbName, fetch: pkg.fetch, urlOf: pkg.urlOf };
    await Promise.all([initFactbase(opts), initFactbase(opts), factbaseHandlers.getFactbaseInfo({}, sender)]);
    expect(pkg.fetched.filter((u) => u.endsWith('/snapshot.json'))).toHaveLength(1);
  });

  it('reports version, counts and an empty sync status', async () => {
    const pkg = fakePackage(makeSnapshot('v1', '2025-08-20T00:00:00Z'));
    await initFactbase({ dbName, fetch: pkg.fetch, urlOf: pkg.urlOf });
    const info = await factbaseHandlers.getFactbaseInfo({}, sender);
    expect(info.version).toBe('v1');
    expect(info.created).toBe('2025-08-20T00:00:00Z');
    expect(info.counts).toEqual(pkg.manifest.counts);
    expect(info.sync).toBeTypeOf('object');
  });

  it('reopens the database on a new worker start and still answers from it', async () => {
    const pkg = fakePackage(makeSnapshot('v1', '2025-08-20T00:00:00Z'));
    await initFactbase({ dbName, fetch: pkg.fetch, urlOf: pkg.urlOf });
    resetFactbaseForTests(); // the worker was stopped: module state is gone, IndexedDB is not
    pkg.fetched.length = 0;
    await initFactbase({ dbName, fetch: pkg.fetch, urlOf: pkg.urlOf });
    expect(pkg.fetched.some((u) => u.endsWith('/snapshot.json'))).toBe(false);
    expect((await factbaseHandlers.getFactbaseInfo({}, sender)).counts.facts).toBe(3);
  });

  it('fails loudly (not with an empty answer) when no base could be loaded', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const pkg = fakePackage(makeSnapshot('v1', '2025-08-20T00:00:00Z'), { corruptHash: true });
    await initFactbase({ dbName, fetch: pkg.fetch, urlOf: pkg.urlOf });
    await expect(pageScanHandlers.scanPage(scanReq, sender)).rejects.toThrow(/not loaded/);
    expect((await factbaseHandlers.getFactbaseInfo({}, sender)).version).toBeNull();
    expect(logged.mock.calls.some((c) => String(c[1]).includes('sha256'))).toBe(true);
    logged.mockRestore();
  });

  it('retries the bundled load on the next call when the first attempt failed', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const pkg = fakePackage(makeSnapshot('v1', '2025-08-20T00:00:00Z'));
    let failing = true;
    const flaky: typeof pkg.fetch = async (url) =>
      failing ? { ok: false, status: 503, arrayBuffer: async () => new ArrayBuffer(0) } : pkg.fetch(url);
    await initFactbase({ dbName, fetch: flaky, urlOf: pkg.urlOf });
    expect((await factbaseHandlers.getFactbaseInfo({}, sender)).version).toBeNull();
    failing = false;
    const [a, b] = await Promise.all([
      pageScanHandlers.scanPage(scanReq, sender),
      pageScanHandlers.scanPage(scanReq, sender),
    ]);
    expect([a.docs.length, b.docs.length]).toEqual([1, 1]);
    expect((await factbaseHandlers.getFactbaseInfo({}, sender)).version).toBe('v1');
    // Both callers shared one retry: the snapshot was fetched once.
    expect(pkg.fetched.filter((u) => u.endsWith('/snapshot.json'))).toHaveLength(1);
    logged.mockRestore();
  });

  it('returns a model with its variants’ facts and the sources they cite', async () => {
    const pkg = fakePackage(makeSnapshot('v1', '2025-08-20T00:00:00Z'));
    await initFactbase({ dbName, fetch: pkg.fetch, urlOf: pkg.urlOf });
    const r = await factbaseHandlers.getFactsForModel({ modelId: 'llama-4-maverick' }, sender);
    expect(r.model?.name).toBe('Llama 4 Maverick');
    expect(r.facts.map((f) => f.id).sort()).toEqual(['f-active', 'f-elo-exp', 'f-total']);
    expect(r.sources.map((s) => s.id).sort()).toEqual(['lmsys-2025-04-06', 'meta-llama4-card']);
    expect(await factbaseHandlers.getFactsForModel({ modelId: 'no-such-model' }, sender)).toEqual({
      model: null,
      facts: [],
      sources: [],
    });
  });

  it('judges claims against the loaded base', async () => {
    const pkg = fakePackage(makeSnapshot('v1', '2025-08-20T00:00:00Z'));
    await initFactbase({ dbName, fetch: pkg.fetch, urlOf: pkg.urlOf });
    const { results } = await factbaseHandlers.checkClaims(
      {
        url: 'https://news.test/a',
        claims: [
          claim({}),
          claim({ id: '20:30:active_params', metric: 'active_params', value: 17e9, quote: '17B active' }),
          claim({
            id: '40:50:training_gpus',
            metric: 'training_gpus',
            value: 100000,
            unit: 'gpus',
            quote: '100,000 H100',
          }),
        ],
      },
      sender,
    );
    expect(results.map((r) => [r.claimId, r.verdict])).toEqual([
      ['0:10:total_params', 'supported'],
      ['20:30:active_params', 'supported'],
      ['40:50:training_gpus', 'unverified'],
    ]);
    expect(results[0]?.facts[0]?.source.id).toBe('meta-llama4-card');
  });

  it('answers the per-site state from settings, at once', async () => {
    const url = 'https://news.test/story';
    expect(await factbaseHandlers.getSiteState({ url }, sender)).toEqual({
      enabled: true,
      hiddenVerdicts: [],
    });
    await updateSettings({ disabledSites: ['news.test'], hiddenVerdicts: ['supported'] });
    expect(await factbaseHandlers.getSiteState({ url }, sender)).toEqual({
      enabled: false,
      reason: 'site-off',
      hiddenVerdicts: ['supported'],
    });
    await updateSettings({ paused: true });
    expect((await factbaseHandlers.getSiteState({ url }, sender)).reason).toBe('paused');
  });

  it('scanPage finds the claims in the sections a page sends and judges them', async () => {
    const pkg = fakePackage(makeSnapshot('v1', '2025-08-20T00:00:00Z'));
    await initFactbase({ dbName, fetch: pkg.fetch, urlOf: pkg.urlOf });
    const section = (t: string) => {
      const d = docFromText(t);
      return { text: d.text, blocks: d.blocks, tables: d.tables };
    };
    const req = backgroundMessages.scanPage.req.parse({
      url: 'https://news.test/a',
      pageId: 'p1',
      pageDate: '2025-08-20',
      docs: [
        section('Meta shipped Llama 4 Maverick on Saturday.'),
        section('Maverick has 400B total parameters.'),
      ],
    });
    const answer = await pageScanHandlers.scanPage(req, { tabId: 7 });
    expect(backgroundMessages.scanPage.res.safeParse(answer).success).toBe(true);
    expect(answer.docs[0].claims).toEqual([]);
    const [c] = answer.docs[1].claims;
    expect([c.model.id, c.metric, c.value]).toEqual(['llama-4-maverick', 'total_params', 400e9]);
    expect(answer.results.map((r) => [r.claimId, r.verdict])).toEqual([[c.id, 'supported']]);
    expect(answer.results[0].facts.every((f) => f.fact.extra === undefined)).toBe(true);
  });

  it('scanPage rejects sections whose offsets do not fit their text', () => {
    const bad = {
      url: 'https://news.test/a',
      pageId: 'p1',
      docs: [{ text: 'short', blocks: [{ start: 0, end: 99, kind: 'prose' }], tables: [] }],
    };
    expect(backgroundMessages.scanPage.req.safeParse(bad).success).toBe(false);
    expect(backgroundMessages.scanPage.req.safeParse({ ...bad, docs: [], pageId: '' }).success).toBe(false);
  });
});
