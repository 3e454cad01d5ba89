import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { decodeContext, encodeContext } from '@/lib/claims/context-codec';
import type { PageScanner } from '@/lib/claims/page-scanner';

/**
 * Page contexts outlive the worker: Chrome stops an idle MV3 worker after ~30 s, and a page's later
 * sections (infinite scroll, a reply loaded on click) must still be read with what its first ones
 * established ("Maverick" means Llama 4's once the page named the family). Each page's context is
 * kept in session storage (memory only, cleared with the browser session, never on disk) and
 * dropped when its tab closes.
 */
const PREFIX = 'pagectx:';
const keyOf = (pageKey: string) => `session:${PREFIX}${pageKey}` as const;

/** Brings a page's kept context back into the scanner, if the worker forgot it. */
export async function recallContext(scanner: PageScanner, pageKey: string): Promise<void> {
  if (scanner.has(pageKey)) return;
  try {
    const json = await storage.getItem<string>(keyOf(pageKey));
    const ctx = typeof json === 'string' ? decodeContext(json) : null;
    if (ctx) scanner.restore(pageKey, ctx);
  } catch (e) {
    // (a page that cannot recall its context is scanned afresh: it loses only carried references)
    console.warn('Claimcheck: page context not recalled', e);
  }
}

/** Keeps the page's context after a scan. */
export async function keepContext(scanner: PageScanner, pageKey: string): Promise<void> {
  const ctx = scanner.context(pageKey);
  const json = ctx && encodeContext(ctx);
  if (!json) return;
  try {
    await storage.setItem(keyOf(pageKey), json);
  } catch (e) {
    console.warn('Claimcheck: page context not kept', e);
  }
}

/** Drops the contexts of a closed tab (keys start with its id). */
export async function forgetTab(tabId: number): Promise<void> {
  const all = await browser.storage.session.get(null);
  const stale = Object.keys(all).filter((k) => k.startsWith(`${PREFIX}${tabId}:`));
  if (stale.length) await browser.storage.session.remove(stale);
}
