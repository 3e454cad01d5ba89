import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/lib/sync/canonical-json';
import { compareVersions, isNewer } from '@/lib/sync/version';
import { nextAttemptAt, parseRetryAfter, MAX_BACKOFF_MS } from '@/lib/sync/backoff';
import { generateKeyPair, signManifest, verifyManifest } from '@/lib/sync/signature';
import type { UnsignedFeedManifest } from '@/lib/sync/feed-schema';

const unsigned: UnsignedFeedManifest = {
  version: '2026.11.27-1',
  created: '2026-11-27T10:00:00.000Z',
  snapshot: { url: 'snapshot-2026.11.27-1.json', sha256: 'a'.repeat(64), size: 10 },
  deltas: [],
};

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });
});

describe('manifest signature', () => {
  it('verifies with the signing key only, and breaks on any change', async () => {
    const k = await generateKeyPair();
    const other = await generateKeyPair();
    const signed = await signManifest(unsigned, k.secretKey);
    expect(await verifyManifest(signed, k.publicKey)).toBe(true);
    // Key order doesn't matter: the signature covers canonical JSON.
    const { signature, ...body } = signed;
    const reordered = JSON.parse(
      JSON.stringify({ signature, ...Object.fromEntries(Object.entries(body).reverse()) }),
    );
    expect(await verifyManifest(reordered, k.publicKey)).toBe(true);
    expect(await verifyManifest(signed, other.publicKey)).toBe(false);
    expect(await verifyManifest({ ...signed, version: '2026.11.27-2' }, k.publicKey)).toBe(false);
    expect(
      await verifyManifest(
        { ...signed, snapshot: { ...signed.snapshot, sha256: 'b'.repeat(64) } },
        k.publicKey,
      ),
    ).toBe(false);
    expect(await verifyManifest({ ...signed, signature: '0'.repeat(128) }, k.publicKey)).toBe(false);
  });
});

describe('version order', () => {
  it('compares digit runs numerically', () => {
    expect(compareVersions('2026.11.27-2', '2026.11.27-10')).toBe(-1);
    expect(compareVersions('1.10', '1.9')).toBe(1);
    expect(compareVersions('v3', 'v3')).toBe(0);
    expect(compareVersions('20261127T1035Z', '20261127T0935Z')).toBe(1);
    expect(isNewer('2', null)).toBe(true);
    expect(isNewer('2', '2')).toBe(false);
  });
});

describe('backoff', () => {
  it('grows exponentially, caps at six hours, and never undercuts Retry-After', () => {
    const mid = () => 0.5;
    expect(nextAttemptAt(1, 0, undefined, mid)).toBe(60_000);
    expect(nextAttemptAt(3, 0, undefined, mid)).toBe(240_000);
    expect(nextAttemptAt(30, 0, undefined, mid)).toBe(MAX_BACKOFF_MS);
    expect(nextAttemptAt(1, 0, 3_600_000, mid)).toBe(3_600_000);
  });
  it('reads Retry-After as seconds or a date', () => {
    expect(parseRetryAfter('120', 1000)).toBe(121_000);
    expect(parseRetryAfter('Wed, 21 Oct 2099 07:28:00 GMT', 0)).toBe(Date.parse('2099-10-21T07:28:00Z'));
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(parseRetryAfter(null, 0)).toBeUndefined();
  });
});
