import { startFixtureServer, type FixtureServer } from '../../e2e/harness';
import { syntheticArticle } from './article';

/**
 * The benchmark pages (a blank page and the 10k- and 100k-word articles),
 * served from memory under /bench/ on the real fixture server. Shared by
 * bench-e2e.ts and profile.ts so both measure the same pages.
 */
export async function startBenchPages(): Promise<FixtureServer> {
  const pages: Record<string, string> = {
    '/bench/blank.html': '<!doctype html><title>blank</title>',
    '/bench/10k.html': syntheticArticle(10_000, 50, 'Ten thousand words on Llama 4'),
    '/bench/100k.html': syntheticArticle(100_000, 500, 'A hundred thousand words on Llama 4'),
  };
  const server = await startFixtureServer();
  server.route((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://x').pathname];
    if (!body) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    return true;
  });
  return server;
}
