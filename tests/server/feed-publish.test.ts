import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedDeltaSchema, FeedManifestSchema } from '@/lib/sync/feed-schema';
import { generateKeyPair, verifyManifest } from '@/lib/sync/signature';
import { feedVersionFor, publishFeed } from '@/server/publish';
import { startServer, type RunningServer } from '@/server/start';
import { nextSnapshot, syntheticSnapshot } from '@/server/synthetic-snapshot';

let dir: string;
let keys: { secretKey: string; publicKey: string };
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'publish-'));
  keys = await generateKeyPair();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const s1 = syntheticSnapshot({ version: '20260101-aaaa', facts: 50 });

describe('publishFeed', () => {
  it('writes a signed manifest whose hashes bind the files, and deltas that rebuild the next version', async () => {
    await publishFeed({ snapshot: s1, outDir: dir, secretKey: keys.secretKey });
    const s2 = nextSnapshot(s1, '20260102-bbbb', 10);
    const r = await publishFeed({ snapshot: s2, outDir: dir, secretKey: keys.secretKey });
    const m = FeedManifestSchema.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
    expect(await verifyManifest(m, keys.publicKey)).toBe(true);
    expect(m.version).toBe('20260102-bbbb');
    expect(m.deltas).toHaveLength(1);
    const delta = FeedDeltaSchema.parse(JSON.parse(readFileSync(join(dir, m.deltas[0]!.url), 'utf8')));
    expect(delta.from).toBe('20260101-aaaa');
    expect(delta.facts.put).toHaveLength(10);
    expect(delta.facts.delete).toEqual([]);
    expect(r.files).toContain('snapshot-20260102-bbbb.json');
    const { createHash } = await import('node:crypto');
    const snapBytes = readFileSync(join(dir, m.snapshot.url));
    expect(createHash('sha256').update(snapBytes).digest('hex')).toBe(m.snapshot.sha256);
    expect(snapBytes.length).toBe(m.snapshot.size);
  });

  it('does nothing for the same build, and never goes backwards', async () => {
    await publishFeed({ snapshot: s1, outDir: dir, secretKey: keys.secretKey });
    expect((await publishFeed({ snapshot: s1, outDir: dir, secretKey: keys.secretKey })).action).toBe(
      'unchanged',
    );
    await expect(
      publishFeed({ snapshot: s1, outDir: dir, secretKey: keys.secretKey, version: '1' }),
    ).rejects.toThrow(/not newer/);
  });

  it('bumps the version when a rebuild sorts lower (same day, other content hash)', async () => {
    await publishFeed({ snapshot: s1, outDir: dir, secretKey: keys.secretKey });
    const rebuilt = nextSnapshot(s1, '20260101-0000', 2);
    const r = await publishFeed({ snapshot: rebuilt, outDir: dir, secretKey: keys.secretKey });
    expect(r.manifest.version).toBe('20260101-aaaa.1');
    expect(r.manifest.build).toBe('20260101-0000');
    expect(feedVersionFor('20260101-0', '20260101-aaaa.1')).toBe('20260101-aaaa.2');
    expect(feedVersionFor('20260102-0', '20260101-aaaa.1')).toBe('20260102-0');
  });

  it('prunes snapshots and deltas no manifest names', async () => {
    let snap = s1;
    await publishFeed({ snapshot: snap, outDir: dir, secretKey: keys.secretKey, keep: 1 });
    for (let i = 2; i <= 4; i++) {
      snap = nextSnapshot(snap, `2026010${i}-x`, 4);
      await publishFeed({ snapshot: snap, outDir: dir, secretKey: keys.secretKey, keep: 1 });
    }
    expect(readdirSync(dir).sort()).toEqual([
      'delta-20260103-x-20260104-x.json',
      'manifest.json',
      'snapshot-20260103-x.json',
      'snapshot-20260104-x.json',
    ]);
  });
});

describe('feed routes', () => {
  let srv: RunningServer;
  beforeEach(async () => {
    await publishFeed({ snapshot: s1, outDir: dir, secretKey: keys.secretKey });
    srv = await startServer({ port: 0, feedDir: dir });
  });
  afterEach(() => srv.close());

  it('serves the manifest with an ETag and answers If-None-Match with 304', async () => {
    const a = await fetch(`${srv.url}/v1/factbase/manifest.json`);
    expect(a.status).toBe(200);
    const etag = a.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const b = await fetch(`${srv.url}/v1/factbase/manifest.json`, { headers: { 'if-none-match': etag } });
    expect(b.status).toBe(304);
    await publishFeed({
      snapshot: nextSnapshot(s1, '20260105-z', 1),
      outDir: dir,
      secretKey: keys.secretKey,
    });
    const c = await fetch(`${srv.url}/v1/factbase/manifest.json`, { headers: { 'if-none-match': etag } });
    expect(c.status).toBe(200);
  });

  it('serves only feed files, never a path from the request', async () => {
    expect((await fetch(`${srv.url}/v1/factbase/snapshot-20260101-aaaa.json`)).status).toBe(200);
    for (const p of [
      '..%2F..%2Fpackage.json',
      '%2E%2E%2Fpackage.json',
      'snapshot-..%2F..%2Fx.json',
      'other.json',
    ]) {
      expect((await fetch(`${srv.url}/v1/factbase/${p}`)).status).toBe(404);
    }
  });
});
