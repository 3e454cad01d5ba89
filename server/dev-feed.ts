import { existsSync, readFileSync } from 'node:fs';
import { SnapshotSchema } from '../lib/factbase/schema';
import { PRODUCTION_FEED_PUBLIC_KEY } from '../lib/sync/pinned-key';
import { publicKeyOf } from '../lib/sync/signature';
import { ensureDevKey, privateKeyFrom } from './feed-keys';
import { BUNDLED_SNAPSHOT } from './paths';
import { publishFeed, readPublishedManifest } from './publish';

/**
 * Makes sure `feedDir` serves the bundled snapshot (npm run factbase:build), signed
 * with the given key or else the local development key. Returns the public key it
 * was signed with: a build that should trust this feed passes it as WXT_FEED_PUBLIC_KEY
 * (scripts/start.ts can call this before `wxt build`).
 */
export async function ensureFeed(feedDir: string, keyPath?: string): Promise<string | undefined> {
  if (!existsSync(BUNDLED_SNAPSHOT)) {
    if (!readPublishedManifest(feedDir))
      console.warn(`No feed in ${feedDir} and no ${BUNDLED_SNAPSHOT}: run npm run factbase:build.`);
    return undefined;
  }
  const snapshot = SnapshotSchema.parse(JSON.parse(readFileSync(BUNDLED_SNAPSHOT, 'utf8')));
  const published = readPublishedManifest(feedDir);
  const given = privateKeyFrom(keyPath);
  const secretKey = given ?? (await ensureDevKey()).secretKey;
  if (published && (published.build ?? published.version) === snapshot.version) return publicKeyOf(secretKey);
  try {
    const r = await publishFeed({ snapshot, outDir: feedDir, secretKey });
    console.log(`feed: ${r.action} version ${r.manifest.version} (${r.manifest.counts?.facts ?? '?'} facts)`);
  } catch (e) {
    console.warn(`feed: kept the published ${published?.version}: ${e instanceof Error ? e.message : e}`);
  }
  const pub = await publicKeyOf(secretKey);
  if (pub !== PRODUCTION_FEED_PUBLIC_KEY) {
    console.log(
      `feed: signed with ${given ? 'the given' : 'the local development'} key; extensions trust it only when built with`,
    );
    console.log(`      WXT_FEED_PUBLIC_KEY=${pub} npx wxt build`);
  }
  return pub;
}
