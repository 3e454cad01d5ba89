/**
 * `npm run serve` — the feed and corrections service on localhost.
 * PORT (default 8787), HOST (default 127.0.0.1), CLAIMCHECK_FEED_DIR, CLAIMCHECK_DB,
 * CLAIMCHECK_ALLOWED_ORIGINS (comma list; default any chrome-/moz-extension origin),
 * CLAIMCHECK_SITE_ORIGIN (one more allowed origin), CLAIMCHECK_FEED_PRIVATE_KEY or --key FILE.
 * With no feed published yet it signs the bundled snapshot first (with the local
 * development key when no key is given), so nothing else needs installing.
 */
import { parseArgs } from 'node:util';
import { ensureFeed } from './dev-feed';
import { DEFAULT_DB_PATH, DEFAULT_FEED_DIR } from './paths';
import { DEFAULT_ALLOWED_ORIGINS, startServer } from './start';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { key: { type: 'string' } } });
  const feedDir = process.env.CLAIMCHECK_FEED_DIR ?? DEFAULT_FEED_DIR;
  await ensureFeed(feedDir, values.key);
  const allowedOrigins = [
    ...(process.env.CLAIMCHECK_ALLOWED_ORIGINS?.split(',')
      .map((s) => s.trim())
      .filter(Boolean) ?? DEFAULT_ALLOWED_ORIGINS),
    ...(process.env.CLAIMCHECK_SITE_ORIGIN ? [process.env.CLAIMCHECK_SITE_ORIGIN] : []),
  ];
  const server = await startServer({
    port: Number(process.env.PORT ?? 8787),
    host: process.env.HOST ?? '127.0.0.1',
    dbPath: process.env.CLAIMCHECK_DB ?? DEFAULT_DB_PATH,
    feedDir,
    allowedOrigins,
  });
  console.log(`Claimcheck server on ${server.url}`);
  console.log(`  feed:        ${server.url}/v1/factbase/manifest.json`);
  console.log(`  corrections: ${server.url}/v1/corrections`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
