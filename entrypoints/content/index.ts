import './style.css';
import { browser } from 'wxt/browser';
import { findPageDate } from '@/lib/claims/page-date';
import type { Claim } from '@/lib/claims/types';
import { ask, tabListener } from '@/lib/page/lite-messages';
import { switchStateOf } from '@/lib/page/site-switch';
import { PageMarker, type MarkerState } from './page-marker';
import { PageEngine } from './page-engine';
import { wireInteractions } from './interactions';

/**
 * Content script glue: asks the background for the site state and, per scan,
 * for the claims and verdicts in the sections it extracted (scanPage; it never
 * opens IndexedDB), runs the PageMarker,
 * answers the popup, and follows the pause / per-site switches live.
 * It imports nothing that loads zod (see lib/page/lite-messages.ts): the
 * 40 KB gzipped budget does not fit it.
 * Top frame only (allFrames false): iframes are skipped. Open shadow roots of
 * the page are skipped too (their text is not scanned or marked).
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  cssInjectionMode: 'manifest',
  main(ctx) {
    if (window.top !== window) return;
    // For the bench: the moment the content script starts (document_idle).
    performance.mark('claimcheck:start');
    const doc = document;
    const url = () => location.href;
    const engine: PageEngine = new PageEngine((docs, pageId) =>
      ask('scanPage', { url: url(), pageId, pageDate: engine.pageDate, docs }),
    );
    engine.pageDate = findPageDate(doc);

    const marker = new PageMarker(doc, {
      extract: (root) => engine.extract(root),
      prepare: (docs) => engine.prepare(docs),
      findClaims: (d) => engine.findClaims(d),
      resultFor: (c) => engine.resultFor(c),
      checkClaims: async (claims: Claim[]) =>
        (await ask('checkClaims', { url: url(), pageDate: engine.pageDate, claims })).results,
      pendingQuotes: async () => {
        const { entries } = await ask('listCorrections', { pageUrl: url() });
        return entries
          .filter((e) => e.status !== 'accepted' && e.status !== 'rejected' && e.correction.pageUrl === url())
          .map((e) => e.correction.claim.quote);
      },
      openCorrectionForm: (claimId) => void ask('openCorrectionForm', { claimId }).catch(() => undefined),
    });
    const unwire = wireInteractions(doc, marker);
    ctx.onInvalidated(unwire);

    const apply = (state: MarkerState, hidden: readonly string[]) => {
      const hiddenChanged = marker.setHiddenVerdicts(hidden);
      if (state !== 'active') {
        marker.setState(state);
        return;
      }
      // No dictionary preload: getSiteState (sent at start) already woke the
      // worker and warmed its dictionary index, so a pruned answer comes fast,
      // and one message fewer is main-thread time saved.
      if (marker.state === 'active' && hiddenChanged) marker.refresh();
      else marker.setState('active');
    };

    const fromSettings = (raw: unknown) => {
      const st = switchStateOf(raw, url());
      apply(st.state, st.hiddenVerdicts);
    };

    // The background is the source of truth at start; storage is the fallback.
    void ask('getSiteState', { url: url() })
      .then((s) => apply(s.enabled ? 'active' : (s.reason ?? 'paused'), s.hiddenVerdicts))
      .catch(() =>
        browser.storage.local
          .get('settings')
          .then((r) => fromSettings(r.settings))
          .catch(() => undefined),
      );
    // Switches apply at once, without a reload (same storage item as lib/settings-storage.ts).
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes.settings) fromSettings(changes.settings.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));

    // Client-side navigation: new content is scanned, with a fresh article context.
    const navigated = () => {
      engine.resetContext(findPageDate(doc));
      marker.onLocationChange();
    };
    ctx.addEventListener(window, 'wxt:locationchange', () => setTimeout(navigated, 300));
    ctx.addEventListener(window, 'popstate', () => setTimeout(navigated, 300));

    browser.runtime.onMessage.addListener(
      tabListener({
        getPageClaims: async () => ({ url: url(), state: marker.state, claims: marker.pageClaims() }),
        scrollToClaim: async ({ claimId }) => ({ found: marker.scrollTo(claimId) }),
      }) as never,
    );
  },
});
