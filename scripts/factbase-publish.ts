/**
 * `npm run factbase:publish -- [--key FILE] [--snapshot FILE] [--out DIR] [--version V] [--keep N] [--dev]`
 * Signs the built fact base into a static feed directory (default .output/feed).
 * The private key comes from --key FILE or CLAIMCHECK_FEED_PRIVATE_KEY; --dev uses
 * the git-ignored local development key (server/dev-feed.key), never for production.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SnapshotSchema } from '../lib/factbase/schema';
import { publicKeyOf } from '../lib/sync/signature';
import { ensureDevKey, privateKeyFrom } from '../server/feed-keys';
import { BUNDLED_SNAPSHOT, DEFAULT_FEED_DIR } from '../server/paths';
import { publishFeed } from '../server/publish';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      key: { type: 'string' },
      snapshot: { type: 'string', default: BUNDLED_SNAPSHOT },
      out: { type: 'string', default: DEFAULT_FEED_DIR },
      version: { type: 'string' },
      keep: { type: 'string', default: '5' },
      dev: { type: 'boolean', default: false },
    },
  });
  const secretKey = privateKeyFrom(values.key) ?? (values.dev ? (await ensureDevKey()).secretKey : undefined);
  if (!secretKey) {
    console.error(
      'No signing key: pass --key FILE, set CLAIMCHECK_FEED_PRIVATE_KEY, or use --dev for a local development key.',
    );
    process.exit(2);
  }
  const snapshot = SnapshotSchema.parse(JSON.parse(readFileSync(resolve(values.snapshot), 'utf8')));
  const result = await publishFeed({
    snapshot,
    outDir: resolve(values.out),
    secretKey,
    version: values.version,
    keep: Number(values.keep),
  });
  const m = result.manifest;
  console.log(
    `${result.action}: version ${m.version}, ${m.counts?.facts ?? '?'} facts, snapshot ${m.snapshot.size} bytes, ${m.deltas.length} delta(s) → ${resolve(values.out)}`,
  );
  console.log(
    `signed by public key ${await publicKeyOf(secretKey)} (build the extension with WXT_FEED_PUBLIC_KEY=<that> unless it is the pinned production key)`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
