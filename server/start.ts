import { createServer } from 'node:http';
export { ROOT, DEFAULT_FEED_DIR } from './paths';
import { DEFAULT_FEED_DIR } from './paths';
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app';
import { CorrectionsStore } from './corrections-store';
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitOptions } from './rate-limit';
import type { Faults } from './faults';

export const DEFAULT_ALLOWED_ORIGINS = ['chrome-extension://*', 'moz-extension://*'];

export interface StartOptions {
  /** 0 = ephemeral (tests). Default 8787. */
  port?: number;
  host?: string;
  /** Curated data directory (data/), where accepted corrections land. */
  dataDir?: string;
  /** SQLite file for corrections. Default ':memory:' so tests leave no files; `npm run serve` passes a file. */
  dbPath?: string;
  /** Published feed directory (manifest.json + snapshot-*.json + delta-*.json). */
  feedDir?: string;
  allowedOrigins?: string[];
  rateLimit?: RateLimitOptions;
  trustProxy?: boolean;
  /** Test-only fault injection. */
  faults?: Faults;
}

export interface RunningServer {
  url: string;
  port: number;
  /** The node:http server (benches time requests on it). */
  httpServer: import('node:http').Server;
  store: CorrectionsStore;
  close(): Promise<void>;
}

/** Starts the real server (Hono on node:http). Loopback by default. */
export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const store = new CorrectionsStore(opts.dbPath ?? ':memory:');
  const app = createApp({
    store,
    limiter: new RateLimiter(opts.rateLimit ?? DEFAULT_RATE_LIMIT),
    trustProxy: opts.trustProxy,
    feedDir: opts.feedDir ?? DEFAULT_FEED_DIR,
    allowedOrigins: opts.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS,
  });
  const listener = getRequestListener(app.fetch);
  const host = opts.host ?? '127.0.0.1';
  let base = '';
  const server = createServer((req, res) => {
    const faults = opts.faults;
    if (!faults) return void listener(req, res);
    void faults
      .intercept(req, res, async () =>
        Buffer.from(await (await app.request(new URL(req.url ?? '/', base))).arrayBuffer()),
      )
      .then((taken) => (taken ? undefined : listener(req, res)))
      .catch(() => res.destroy());
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 8787, host, () => ok());
  });
  const port = (server.address() as { port: number }).port;
  base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: base,
    port,
    httpServer: server,
    store,
    close: () =>
      new Promise<void>((ok) => {
        opts.faults?.clear();
        server.closeAllConnections();
        server.close(() => {
          store.close();
          ok();
        });
      }),
  };
}
