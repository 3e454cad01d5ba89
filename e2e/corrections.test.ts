import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchExtensionFrom,
  snapshotExtension,
  stopServiceWorkers,
  watchWorkerStatus,
  type ExtensionBrowser,
} from './harness';
import { startServer, type RunningServer } from '../server/start';
import type { Correction, OutboxEntry } from '../lib/corrections/schema';
import { sampleCorrection } from '../tests/corrections/fixtures';

/**
 * "A correction is never lost or doubled", end to end: the built extension in
 * Chromium talks to the REAL corrections server (server/start.ts) through a
 * small fault proxy that can refuse connections (network down), answer 500,
 * hang, or forward and then drop the answer (the server stored it but the
 * reader never heard back). Every test ends by counting what the server holds.
 */

type Mode = 'forward' | 'hang' | '500' | 'drop-response';

class FaultProxy {
  /** Every POST the extension made: Idempotency-Key and what we did with it. */
  posts: { key: string; mode: Mode }[] = [];
  private plan: Mode[] = [];
  private hung = new Set<ServerResponse>();
  private server: Server | null = null;
  port = 0;
  constructor(private upstream: string) {}

  /** The next POSTs get these modes, in order; later ones are forwarded. */
  failNext(...modes: Mode[]) {
    this.plan.push(...modes);
  }
  clearPlan() {
    this.plan = [];
    for (const r of this.hung) r.destroy();
    this.hung.clear();
  }
  postsFor(key: string) {
    return this.posts.filter((p) => p.key === key);
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const isPost = req.method === 'POST';
    const mode: Mode = isPost ? (this.plan.shift() ?? 'forward') : 'forward';
    if (isPost) this.posts.push({ key: String(req.headers['idempotency-key']), mode });
    if (mode === 'hang') {
      this.hung.add(res);
      res.on('close', () => this.hung.delete(res));
      return;
    }
    if (mode === '500') {
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"injected 500"}');
      return;
    }
    const headers: Record<string, string> = {};
    for (const h of ['content-type', 'idempotency-key'])
      if (req.headers[h]) headers[h] = String(req.headers[h]);
    const up = await fetch(this.upstream + (req.url ?? '/'), {
      method: req.method,
      headers,
      body: isPost ? Buffer.concat(chunks) : undefined,
    });
    const body = Buffer.from(await up.arrayBuffer());
    if (mode === 'drop-response') {
      // The server has stored it; the extension only sees a dropped connection.
      req.socket.destroy();
      return;
    }
    const out: Record<string, string> = {};
    for (const h of ['content-type', 'retry-after']) {
      const v = up.headers.get(h);
      if (v) out[h] = v;
    }
    res.writeHead(up.status, out).end(body);
  }

  async listen(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res).catch(() => res.destroy()));
    await new Promise<void>((ok, fail) => {
      this.server!.once('error', fail);
      this.server!.listen(this.port, '127.0.0.1', () => ok());
    });
    this.port = (this.server.address() as { port: number }).port;
  }
  /** Network down: the port refuses connections until listen() again. */
  async close(): Promise<void> {
    this.clearPlan();
    const s = this.server;
    this.server = null;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((ok) => s.close(() => ok()));
  }
  get url() {
    return `http://127.0.0.1:${this.port}/v1/corrections`;
  }
}

async function waitFor<T>(
  what: string,
  fn: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 40_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

// Short delays for the test; a 0.1 min watchdog works because the test extension is unpacked.
const TUNING = {
  timeoutMs: 1500,
  baseDelayMs: 300,
  maxDelayMs: 1500,
  pollBaseMs: 400,
  pollMaxMs: 1000,
  watchdogMinutes: 0.1,
};

function correction(n: string): Correction {
  return {
    ...sampleCorrection,
    pageUrl: `https://news.test/article-${n}`,
    sourceUrl: 'https://example.org/source',
    note: `e2e ${n}`,
  };
}

/** Reads the outbox straight from the extension's IndexedDB (read-only, as the popup does). */
function readOutbox(page: Page): Promise<OutboxEntry[]> {
  return page.evaluate(
    () =>
      new Promise<OutboxEntry[]>((ok, fail) => {
        const r = indexedDB.open('claimcheck');
        r.onerror = () => fail(r.error);
        r.onsuccess = () => {
          const db = r.result;
          if (!db.objectStoreNames.contains('outbox')) {
            db.close();
            ok([]);
            return;
          }
          const g = db.transaction('outbox').objectStore('outbox').getAll();
          g.onsuccess = () => {
            db.close();
            ok(g.result as OutboxEntry[]);
          };
          g.onerror = () => fail(g.error);
        };
      }),
  );
}

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: { local: { set(v: object): Promise<void> } };
};

/** Submits through the real message path (the popup's sendToBackground does exactly this). */
async function submit(
  page: Page,
  c: Correction,
  id: string,
): Promise<{ ok: boolean; data?: { entry: OutboxEntry }; error?: string }> {
  return page.evaluate(
    ([c, id]) =>
      chrome.runtime.sendMessage({
        channel: 'claimcheck',
        type: 'submitCorrection',
        payload: { correction: c, id },
      }),
    [c, id] as const,
  ) as never;
}

async function configure(page: Page, endpoint: string) {
  await page.evaluate(
    async ([endpoint, tuning]) => {
      const { settings } = (await (
        chrome.storage.local as unknown as { get(k: string): Promise<Record<string, unknown>> }
      ).get('settings')) as {
        settings?: object;
      };
      await chrome.storage.local.set({
        settings: {
          paused: false,
          disabledSites: [],
          feedUrl: 'http://127.0.0.1:9/v1/factbase/manifest.json',
          syncIntervalHours: 24,
          hiddenVerdicts: [],
          ...settings,
          correctionsUrl: endpoint,
        },
        correctionsTuning: tuning,
      });
    },
    [endpoint, TUNING] as const,
  );
}

describe('corrections are never lost or doubled (Chromium + real server)', () => {
  let server: RunningServer;
  let proxy: FaultProxy;
  let extDir: string;
  let ext: ExtensionBrowser;
  let observer: Page;
  const tmp: string[] = [];

  const stored = (key: string) => server.store.list().filter((r) => r.idempotencyKey === key);
  const entry = async (id: string) => (await readOutbox(observer)).find((e) => e.id === id);
  const options = (e: ExtensionBrowser) => `chrome-extension://${e.extensionId}/options.html`;
  const popup = (e: ExtensionBrowser) => `chrome-extension://${e.extensionId}/popup.html`;

  /** A fresh popup page: the outbox messages work without a tab. */
  const openPopupPage = async (): Promise<Page> => {
    const page = await ext.context.newPage();
    await page.goto(popup(ext));
    return page;
  };
  /** Submits `tag`'s correction under `key` and waits for the outbox to say `sent`. */
  const submitUntilSent = async (page: Page, tag: string, key: string) => {
    await submit(page, correction(tag), key);
    await waitFor('sent status', async () => (await entry(key))?.status === 'sent');
  };

  beforeAll(async () => {
    server = await startServer({ port: 0, rateLimit: { capacity: 1000, refillPerSecond: 100 } });
    proxy = new FaultProxy(server.url);
    await proxy.listen();
    extDir = await snapshotExtension();
    ext = await launchExtensionFrom(extDir);
    observer = await ext.context.newPage();
    await observer.goto(options(ext));
    await observer.getByRole('heading', { name: 'Claimcheck options' }).waitFor();
    await configure(observer, proxy.url);
  });
  afterAll(async () => {
    await ext?.close();
    await proxy?.close();
    await server?.close();
    for (const d of tmp) await rm(d, { recursive: true, force: true });
    if (extDir) await rm(join(extDir, '..'), { recursive: true, force: true });
  });

  it('stores first and shows the status move from queued to sent (happy path)', async () => {
    const page = await openPopupPage();
    const reply = await submit(page, correction('happy'), 'e2e-happy-0001');
    expect(reply.ok).toBe(true);
    expect(reply.data!.entry).toMatchObject({ id: 'e2e-happy-0001', status: 'queued' });
    await waitFor('server copy', () => stored('e2e-happy-0001').length === 1);
    await waitFor('sent status', async () => (await entry('e2e-happy-0001'))?.status === 'sent');
    // The same submission again (a popup retrying after a lost answer) adds nothing.
    await submit(page, correction('happy'), 'e2e-happy-0001');
    expect((await readOutbox(observer)).filter((e) => e.id === 'e2e-happy-0001')).toHaveLength(1);
    expect(stored('e2e-happy-0001')).toHaveLength(1);
    await page.close();
  });

  it('popup closed mid-submit: the background still sends it, once', async () => {
    proxy.failNext('hang');
    const page = await openPopupPage();
    await page.evaluate((c) => {
      void chrome.runtime.sendMessage({
        channel: 'claimcheck',
        type: 'submitCorrection',
        payload: { correction: c, id: 'e2e-close-0001' },
      });
    }, correction('close'));
    await waitFor('POST in flight', () => proxy.postsFor('e2e-close-0001').length >= 1);
    await page.close(); // the reader closes the popup while the POST hangs
    await waitFor('server copy', () => stored('e2e-close-0001').length === 1);
    await waitFor('sent status', async () => (await entry('e2e-close-0001'))?.status === 'sent');
    expect(stored('e2e-close-0001')).toHaveLength(1);
    expect(proxy.postsFor('e2e-close-0001').length).toBeGreaterThanOrEqual(2);
  });

  it('network down then back: queued with retries, then sent once', async () => {
    await proxy.close();
    const page = await openPopupPage();
    expect((await submit(page, correction('offline'), 'e2e-offline-0001')).ok).toBe(true);
    const e = await waitFor('two failed attempts', async () => {
      const x = await entry('e2e-offline-0001');
      return x && x.attempts >= 2 && x.status === 'queued' ? x : undefined;
    });
    expect(e.lastError).toMatch(/network/);
    expect(stored('e2e-offline-0001')).toHaveLength(0);
    await proxy.listen(); // same port: the network is back
    await waitFor('server copy', () => stored('e2e-offline-0001').length === 1);
    await waitFor('sent status', async () => (await entry('e2e-offline-0001'))?.status === 'sent');
    expect(stored('e2e-offline-0001')).toHaveLength(1);
    await page.close();
  });

  it('endpoint answers 500 twice: retried with backoff, then sent once', async () => {
    proxy.failNext('500', '500');
    const page = await openPopupPage();
    await submitUntilSent(page, '500', 'e2e-500-00001');
    const e = (await entry('e2e-500-00001'))!;
    expect(e.attempts).toBe(3);
    expect(proxy.postsFor('e2e-500-00001').map((p) => p.mode)).toEqual(['500', '500', 'forward']);
    expect(stored('e2e-500-00001')).toHaveLength(1);
    await page.close();
  });

  it('hung response: the request times out, is retried, and sent once', async () => {
    proxy.failNext('hang');
    const page = await openPopupPage();
    await submitUntilSent(page, 'hang', 'e2e-hang-00001');
    expect(proxy.postsFor('e2e-hang-00001').map((p) => p.mode)).toEqual(['hang', 'forward']);
    expect(stored('e2e-hang-00001')).toHaveLength(1);
    await page.close();
  });

  it('answer lost after the server stored it: the retry reuses the key, the server keeps one', async () => {
    proxy.failNext('drop-response');
    const page = await openPopupPage();
    await submitUntilSent(page, 'drop', 'e2e-drop-00001');
    const posts = proxy.postsFor('e2e-drop-00001');
    expect(posts.map((p) => p.mode)).toEqual(['drop-response', 'forward']);
    expect(stored('e2e-drop-00001')).toHaveLength(1);
    expect((await entry('e2e-drop-00001'))!.serverId).toBe(stored('e2e-drop-00001')[0].id);
    await page.close();
  });

  it('service worker stopped between store and send: its alarm wakes it and it sends once', async () => {
    proxy.failNext('hang');
    const page = await openPopupPage();
    await submit(page, correction('sw'), 'e2e-sw-0000001');
    await waitFor('POST in flight', () => proxy.postsFor('e2e-sw-0000001').length >= 1);
    await page.close();
    expect((await entry('e2e-sw-0000001'))?.status).toBe('sending');
    // Watch the worker's running status over CDP, to prove it stops and is woken again.
    const worker = await watchWorkerStatus(ext, observer);
    const statuses = worker.statuses;
    await stopServiceWorkers(ext.context, observer);
    await waitFor('worker stopped', () => statuses.includes('stopped'));
    const stoppedAt = statuses.lastIndexOf('stopped');
    proxy.clearPlan();
    // No extension page sends a message now: only the alarm can wake the worker.
    await waitFor('server copy', () => stored('e2e-sw-0000001').length === 1, 50_000);
    await waitFor('sent status', async () => (await entry('e2e-sw-0000001'))?.status === 'sent');
    expect(stored('e2e-sw-0000001')).toHaveLength(1);
    expect(statuses.slice(stoppedAt)).toContain('running');
    await worker.detach();
  });

  it('review status is polled: a rejection and its reason reach the reader', async () => {
    const row = stored('e2e-happy-0001')[0];
    server.store.decide(row.id, 'rejected', 'The cited source gives 10M.');
    await waitFor('rejected status', async () => (await entry('e2e-happy-0001'))?.status === 'rejected');
    expect((await entry('e2e-happy-0001'))!.reason).toBe('The cited source gives 10M.');
    // The options page lists it live with the reason.
    await observer.getByText('Rejected: The cited source gives 10M.').waitFor();
  });

  it('browser restart with a queued correction: sent exactly once after relaunch', async () => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'claimcheck-profile-'));
    tmp.push(userDataDir);
    await proxy.close(); // offline while the reader submits
    let b = await launchExtensionFrom(extDir, { userDataDir });
    let page = await b.context.newPage();
    await page.goto(options(b));
    await page.getByRole('heading', { name: 'Claimcheck options' }).waitFor();
    await configure(page, proxy.url);
    await submit(page, correction('restart'), 'e2e-restart-001');
    await waitFor('a failed attempt', async () => {
      const x = (await readOutbox(page)).find((e) => e.id === 'e2e-restart-001');
      return x && x.attempts >= 1 && x.status === 'queued';
    });
    await b.close();
    expect(stored('e2e-restart-001')).toHaveLength(0);

    await proxy.listen();
    b = await launchExtensionFrom(extDir, { userDataDir });
    try {
      await waitFor('server copy after relaunch', () => stored('e2e-restart-001').length === 1);
      page = await b.context.newPage();
      await page.goto(options(b));
      await waitFor(
        'sent status',
        async () => (await readOutbox(page)).find((e) => e.id === 'e2e-restart-001')?.status === 'sent',
      );
      expect(stored('e2e-restart-001')).toHaveLength(1);
      expect(new Set(proxy.postsFor('e2e-restart-001').map((p) => p.key))).toEqual(
        new Set(['e2e-restart-001']),
      );
    } finally {
      await b.close();
    }
  });

  it('browser closed while the POST is in flight: after relaunch the orphaned send is redone, once', async () => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'claimcheck-profile-'));
    tmp.push(userDataDir);
    proxy.failNext('hang');
    let b = await launchExtensionFrom(extDir, { userDataDir });
    const page = await b.context.newPage();
    await page.goto(options(b));
    await page.getByRole('heading', { name: 'Claimcheck options' }).waitFor();
    await configure(page, proxy.url);
    await submit(page, correction('midflight'), 'e2e-midflight-1');
    await waitFor('POST in flight', () => proxy.postsFor('e2e-midflight-1').length === 1);
    expect((await readOutbox(page)).find((e) => e.id === 'e2e-midflight-1')?.status).toBe('sending');
    await b.close(); // the browser quits with the entry marked `sending`
    proxy.clearPlan();
    b = await launchExtensionFrom(extDir, { userDataDir });
    try {
      await waitFor('server copy after relaunch', () => stored('e2e-midflight-1').length === 1);
      const p2 = await b.context.newPage();
      await p2.goto(options(b));
      await waitFor(
        'sent status',
        async () => (await readOutbox(p2)).find((e) => e.id === 'e2e-midflight-1')?.status === 'sent',
      );
      expect(stored('e2e-midflight-1')).toHaveLength(1);
      expect(proxy.postsFor('e2e-midflight-1').map((p) => p.mode)).toEqual(['hang', 'forward']);
    } finally {
      await b.close();
    }
  });
});
