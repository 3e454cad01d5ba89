import { Hono } from 'hono';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Only these names are ever read from the feed directory: no path from a request reaches the disk. */
export const FEED_FILE = /^(?:snapshot|delta)-[A-Za-z0-9._-]{1,120}\.json$/;

/**
 * Serves a published feed directory exactly as a static host would: the
 * manifest revalidates (ETag / If-None-Match → 304), versioned files are immutable.
 */
export function feedRoutes(feedDir: string): Hono {
  const app = new Hono();
  let cached: { mtimeMs: number; size: number; body: Buffer; etag: string } | undefined;

  async function manifest() {
    const path = join(feedDir, 'manifest.json');
    const s = await stat(path).catch(() => undefined);
    if (!s) return undefined;
    if (!cached || cached.mtimeMs !== s.mtimeMs || cached.size !== s.size) {
      const body = await readFile(path);
      cached = {
        mtimeMs: s.mtimeMs,
        size: s.size,
        body,
        etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`,
      };
    }
    return cached;
  }

  app.get('/manifest.json', async (c) => {
    const m = await manifest();
    if (!m) return c.json({ error: 'No feed has been published yet (npm run factbase:publish).' }, 404);
    c.header('ETag', m.etag);
    c.header('Cache-Control', 'no-cache');
    const inm = c.req.header('if-none-match');
    if (inm && inm.split(',').some((t) => t.trim() === m.etag)) return c.body(null, 304);
    c.header('Content-Type', 'application/json');
    return c.body(new Uint8Array(m.body));
  });

  app.get('/:file', async (c) => {
    const name = c.req.param('file');
    if (!FEED_FILE.test(name)) return c.json({ error: 'Not found.' }, 404);
    const body = await readFile(join(feedDir, name)).catch(() => undefined);
    if (!body) return c.json({ error: 'Not found.' }, 404);
    c.header('Content-Type', 'application/json');
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(new Uint8Array(body));
  });

  return app;
}
