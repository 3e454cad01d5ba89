import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
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
      const file = normalize(join(dir, decodeURIComponent(u.pathname)));
      if (!file.startsWith(dir) || !existsSync(file)) {
        res.writeHead(404).end('not found');
        return;
      }
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (u.searchParams.get('csp') === 'strict') {
        headers['content-security-policy'] = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'";
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
export async function launchExtension(opts: { userDataDir?: string; headless?: boolean } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
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
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
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
      const w = context.serviceWorkers().find((x) => x.url().includes(extensionId)) ??
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

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
