import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/**
 * Shared end-to-end plumbing: a real HTTP server for fixture pages and a real
 * Chromium with the built extension. Nothing here is mocked.
 */
export const ROOT = resolve(import.meta.dirname, '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'e2e', 'fixtures');
export const SCREENSHOTS_DIR = join(ROOT, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
};

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface FixtureServer {
  url: string;
  origin: string;
  server: Server;
  /** Add a handler that runs before static files; return true when handled. */
  route(handler: Route): void;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 with an ephemeral port. `?csp=strict` adds a strict CSP header. */
export async function startFixtureServer(dir = FIXTURES_DIR): Promise<FixtureServer> {
  const routes: Route[] = [];
  const server = createServer(async (req, res) => {
    try {
      for (const r of routes) if (await r(req, res)) return;
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      let file = normalize(join(dir, decodeURIComponent(u.pathname)));
      // A directory serves its index.html (reading the directory itself would throw after the headers went out).
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!file.startsWith(dir) || !existsSync(file)) {
        res.writeHead(404).end('not found');
        return;
      }
      const headers: Record<string, string> = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      };
      if (u.searchParams.get('csp') === 'strict') {
        headers['content-security-policy'] =
          "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'";
      }
      res.writeHead(200, headers).end(await readFile(file));
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + '/',
    origin,
    server,
    route: (h) => routes.push(h),
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The current background service worker (re-read after a stop). */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/** Launches Debian's Chromium headless with the built extension loaded. */
export async function launchExtension(
  opts: {
    userDataDir?: string;
    headless?: boolean;
    /** Extra Chromium flags (e.g. OFFLINE_ARGS). */ args?: string[];
  } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  return launchChromiumWith(EXTENSION_DIR, opts);
}

/** The one Chromium launch both launchExtension and launchExtensionFrom use. */
async function launchChromiumWith(
  extensionDir: string,
  opts: { userDataDir?: string; headless?: boolean; args?: string[] },
): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext(opts.userDataDir ?? '', {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(opts.args ?? []),
    ],
  });
  let sw = context.serviceWorkers()[0];
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    extensionId,
    async worker() {
      const live = context.serviceWorkers().find((w) => w.url().includes(extensionId));
      if (live) return live;
      // A stopped worker wakes on the next event; poke it from an extension page.
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`).catch(() => undefined);
      const w =
        context.serviceWorkers().find((x) => x.url().includes(extensionId)) ??
        (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
      await page.close();
      return w;
    },
    close: () => context.close(),
  };
}

/** Stops every service worker, as Chrome does to an idle MV3 background. */
export async function stopServiceWorkers(context: BrowserContext, page?: Page): Promise<void> {
  const p = page ?? (await context.newPage());
  const cdp = await context.newCDPSession(p);
  await cdp.send('ServiceWorker.enable').catch(() => undefined);
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  if (!page) await p.close();
}

/** The browser tab id of `page`, asked from the extension's own worker. */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const w = await ext.worker();
  const url = page.url();
  const id = await w.evaluate(async (u: string) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id == null) throw new Error(`No tab for ${url}`);
  return id;
}

/** Collects page errors and console errors, to prove the extension never breaks a page. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: { local: { get(k: string): Promise<unknown>; set(v: object): Promise<void> } };
};

/** Chromium flags that make every host but loopback unresolvable: proves a feature needs no network. */
export const OFFLINE_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'];

/**
 * Copies the built extension to a private directory (added by H6). Long tests
 * launch from the copy so a parallel `wxt build` cannot remove files under a
 * running browser; the same copy relaunched keeps the same extension id.
 */
export async function snapshotExtension(): Promise<string> {
  const { cp, mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const dir = join(await mkdtemp(join(tmpdir(), 'claimcheck-ext-')), 'chrome-mv3');
  await cp(EXTENSION_DIR, dir, { recursive: true });
  return dir;
}

/** launchExtension, but from `extensionDir` (e.g. a snapshotExtension() copy). Added by H6. */
export async function launchExtensionFrom(
  extensionDir: string,
  opts: { userDataDir?: string; headless?: boolean } = {},
): Promise<ExtensionBrowser> {
  return launchChromiumWith(extensionDir, { userDataDir: opts.userDataDir, headless: opts.headless });
}

// ---- Helpers added for the content-script tests (H5) ----

/** Our marks, continuation pieces excluded: the public attribute contract the tests read. */
export const MARK_SELECTOR = '[data-claimcheck-mark][data-claimcheck-verdict]:not([data-claimcheck-part])';

/** Patches the extension's settings (WXT item `local:settings`) from its worker, as the popup would. */
export async function patchSettings(ext: ExtensionBrowser, patch: Record<string, unknown>): Promise<void> {
  const w = await ext.worker();
  await w.evaluate(async (p: Record<string, unknown>) => {
    const cur =
      ((await chrome.storage.local.get('settings')) as { settings?: Record<string, unknown> }).settings ?? {};
    const defaults = {
      paused: false,
      disabledSites: [],
      feedUrl: 'http://127.0.0.1:8787/v1/factbase/manifest.json',
      correctionsUrl: 'http://127.0.0.1:8787/v1/corrections',
      syncIntervalHours: 6,
      hiddenVerdicts: [],
    };
    await chrome.storage.local.set({ settings: { ...defaults, ...cur, ...p } });
  }, patch);
}

/** Our marks' quotes in document order, once `count` of them are present (continuation pieces excluded). */
export async function waitForMarks(page: Page, count: number, timeout = 15_000): Promise<string[]> {
  const sel = MARK_SELECTOR;
  await page.waitForFunction(
    ([s, n]) => document.querySelectorAll(s as string).length >= (n as number),
    [sel, count] as const,
    { timeout },
  );
  return page.$$eval(sel, (els) => els.map((e) => e.getAttribute('data-claimcheck-quote') ?? ''));
}

/** Count of our marks (continuation pieces excluded). */
export function countMarks(page: Page): Promise<number> {
  return page.$$eval(MARK_SELECTOR, (els) => els.length);
}

// ---- Shared test setup (H10: one copy of what every content-script e2e file repeated) ----

/** A fixture server plus the extension launched from a private copy (see snapshotExtension). */
export async function launchWithFixtures(): Promise<{ ext: ExtensionBrowser; server: FixtureServer }> {
  const server = await startFixtureServer();
  const ext = await launchExtensionFrom(await snapshotExtension());
  return { ext, server };
}

/** Closes whatever a test file started, in order, skipping what never started. */
export async function closeAll(...things: ({ close(): Promise<void> } | undefined)[]): Promise<void> {
  for (const t of things) await t?.close();
}

/**
 * Opens `path` on `server` in a new tab with its errors collected; when `marks`
 * is given, waits until that many marks are present.
 */
export async function openFixture(
  ext: ExtensionBrowser,
  server: { url: string },
  path: string,
  marks?: number,
): Promise<{ page: Page; errors: string[] }> {
  const page = await ext.context.newPage();
  const errors = watchPageErrors(page);
  await page.goto(server.url + path);
  if (marks !== undefined) await waitForMarks(page, marks);
  return { page, errors };
}

/** One mark's public attributes, as `npm start` prints them and the demo test checks them. */
export interface MarkRow {
  verdict: string;
  model: string;
  metric: string;
  value: string;
  benchmark: string;
  quote: string;
}

/** Every mark on the page (continuation pieces excluded), in document order. */
export function readMarks(page: Page): Promise<MarkRow[]> {
  return page.$$eval(MARK_SELECTOR, (els) =>
    els.map((el) => ({
      verdict: el.getAttribute('data-claimcheck-verdict') ?? '',
      model: el.getAttribute('data-claimcheck-model') ?? '',
      metric: el.getAttribute('data-claimcheck-metric') ?? '',
      value: el.getAttribute('data-claimcheck-value') ?? '',
      benchmark: el.getAttribute('data-claimcheck-benchmark') ?? '',
      quote: el.getAttribute('data-claimcheck-quote') ?? '',
    })),
  );
}

/**
 * Follows the extension worker's running status ("running", "stopped", …) through DevTools
 * from `page`, to prove a worker really stopped and was woken again. Detach when done.
 */
export async function watchWorkerStatus(
  ext: ExtensionBrowser,
  page: Page,
): Promise<{ statuses: string[]; detach(): Promise<void> }> {
  const cdp = await ext.context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL.includes(ext.extensionId)) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  return { statuses, detach: () => cdp.detach() };
}
