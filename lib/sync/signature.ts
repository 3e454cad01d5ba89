import * as ed from '@noble/ed25519';
import { canonicalJson } from './canonical-json';
import type { FeedManifest, UnsignedFeedManifest } from './feed-schema';

export const toHex = (b: Uint8Array): string =>
  Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
export function fromHex(hex: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/i.test(hex)) throw new Error('Not a hex string');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

const bytesOf = (m: UnsignedFeedManifest) => new TextEncoder().encode(canonicalJson(m));

/** Signs the canonical JSON of the manifest (everything but `signature`). Runs in Node (publish) and tests. */
export async function signManifest(
  unsigned: UnsignedFeedManifest,
  secretKeyHex: string,
): Promise<FeedManifest> {
  const { signature: _drop, ...rest } = unsigned as FeedManifest;
  void _drop;
  const sig = await ed.signAsync(bytesOf(rest), fromHex(secretKeyHex));
  return { ...rest, signature: toHex(sig) };
}

/** True only when `manifest.signature` is a valid Ed25519 signature by `publicKeyHex`. Never throws. */
export async function verifyManifest(manifest: FeedManifest, publicKeyHex: string): Promise<boolean> {
  try {
    const { signature, ...rest } = manifest;
    return await ed.verifyAsync(fromHex(signature), bytesOf(rest), fromHex(publicKeyHex));
  } catch {
    return false;
  }
}

export async function generateKeyPair(): Promise<{ secretKey: string; publicKey: string }> {
  const { secretKey, publicKey } = await ed.keygenAsync();
  return { secretKey: toHex(secretKey), publicKey: toHex(publicKey) };
}

export async function publicKeyOf(secretKeyHex: string): Promise<string> {
  return toHex(await ed.getPublicKeyAsync(fromHex(secretKeyHex)));
}
