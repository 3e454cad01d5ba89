/**
 * The feed's Ed25519 public key, pinned at build time. The extension accepts
 * only manifests signed by the matching private key, which never enters the
 * repository. Test and development builds pass their own key with
 * `WXT_FEED_PUBLIC_KEY=<64 hex> npx wxt build`; otherwise the production key below
 * is used (its private key is held offline by the feed maintainer).
 */
export const PRODUCTION_FEED_PUBLIC_KEY = '9f0e5ffe19dc58e9dae7fe16f5d91eaa75f48826679374b1f287ce2fc5332971';

export function pinnedFeedPublicKey(): string {
  const fromBuild = (import.meta.env?.WXT_FEED_PUBLIC_KEY as string | undefined)?.trim().toLowerCase();
  return fromBuild && /^[0-9a-f]{64}$/.test(fromBuild) ? fromBuild : PRODUCTION_FEED_PUBLIC_KEY;
}
