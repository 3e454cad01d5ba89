import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateKeyPair, publicKeyOf } from '../lib/sync/signature';
import { ROOT } from './paths';

/** Git-ignored (*.key): a local development signing key, never the production one. */
export const DEV_KEY_PATH = join(ROOT, 'server', 'dev-feed.key');

const HEX64 = /^[0-9a-f]{64}$/;

function readKey(text: string, where: string): string {
  const k = text.trim().toLowerCase();
  if (!HEX64.test(k)) throw new Error(`${where} must hold a 64-hex-character Ed25519 private key`);
  return k;
}

/** The publishing key: --key FILE, else CLAIMCHECK_FEED_PRIVATE_KEY, else undefined. */
export function privateKeyFrom(keyPath?: string): string | undefined {
  if (keyPath) return readKey(readFileSync(keyPath, 'utf8'), keyPath);
  const env = process.env.CLAIMCHECK_FEED_PRIVATE_KEY;
  return env ? readKey(env, 'CLAIMCHECK_FEED_PRIVATE_KEY') : undefined;
}

/** Creates (once) and returns the local development key pair, for `npm run serve` / `npm start`. */
export async function ensureDevKey(path = DEV_KEY_PATH): Promise<{ secretKey: string; publicKey: string }> {
  if (existsSync(path)) {
    const secretKey = readKey(readFileSync(path, 'utf8'), path);
    return { secretKey, publicKey: await publicKeyOf(secretKey) };
  }
  const pair = await generateKeyPair();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, pair.secretKey + '\n', { mode: 0o600 });
  return pair;
}
