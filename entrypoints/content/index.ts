import './style.css';
import { browser } from 'wxt/browser';
import { createClaimEngine, createContext, type EngineContext } from '@/lib/claims/engine';
import { extractDocument } from '@/lib/claims/extract-text';
import { findPageDate } from '@/lib/claims/page-date';
import type { Claim, ModelDictionary } from '@/lib/claims/types';
import { ask, tabListener } from '@/lib/page/lite-messages';
import { switchStateOf } from '@/lib/page/site-switch';
import { PageMarker, type MarkerState } from './page-marker';
import { wireInteractions } from './interactions';

/**
 * Content script glue: asks the background for the site state, the engine
 * dictionary and verdicts (it never opens IndexedDB), runs the PageMarker,
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
    const doc = document;
    let engine: ReturnType<typeof createClaimEngine> | null = null;
    let engineCtx: EngineContext | null = null;
    let pageDate: string | undefined;
    const url = () => location.href;

    const marker = new PageMarker(doc, {
      extract: (root) => extractDocument(root),
      findClaims: (d) => {
        if (!engine) return [];
        engineCtx ??= createContext(pageDate);
        // Table indices are per extraction; families and "it" carry over.
        engineCtx.tablesDone = new Set();
        return engine.scanBlocks(d, d.blocks.keys(), engineCtx);
      },
      checkClaims: async (claims: Claim[]) =>
        (await ask('checkClaims', { url: url(), pageDate, claims })).results,
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

    let wanted: MarkerState = 'paused';
    let loading: Promise<boolean> | null = null;
    const ensureEngine = (): Promise<boolean> =>
      (loading ??= (async () => {
        const { dictionary } = await ask('getDictionary', {});
        if (!dictionary) return false;
        engine = createClaimEngine(dictionary as ModelDictionary);
        return true;
      })().catch(() => {
        loading = null;
        return false;
      }));

    const apply = async (state: MarkerState, hidden: readonly string[]) => {
      wanted = state;
      const hiddenChanged = marker.setHiddenVerdicts(hidden);
      if (state !== 'active') {
        marker.setState(state);
        return;
      }
      if (!(await ensureEngine()) || wanted !== 'active') return;
      pageDate ??= findPageDate(doc);
      if (marker.state === 'active' && hiddenChanged) marker.refresh();
      else marker.setState('active');
    };

    const fromSettings = (raw: unknown) => {
      const st = switchStateOf(raw, url());
      void apply(st.state, st.hiddenVerdicts);
    };

    // The background is the source of truth at start; storage is the fallback.
    void ask('getSiteState', { url: url() })
      .then((s) => apply(s.enabled ? 'active' : (s.reason ?? 'paused'), s.hiddenVerdicts))
      .catch(() => browser.storage.local.get('settings').then((r) => fromSettings(r.settings)));
    // Switches apply at once, without a reload (same storage item as lib/settings-storage.ts).
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes.settings) fromSettings(changes.settings.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));

    // Client-side navigation: new content is scanned, with a fresh article context.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      engineCtx = null;
      pageDate = findPageDate(doc);
      setTimeout(() => marker.onLocationChange(), 300);
    });
    ctx.addEventListener(window, 'popstate', () => {
      engineCtx = null;
      setTimeout(() => marker.onLocationChange(), 300);
    });

    browser.runtime.onMessage.addListener(
      tabListener({
        getPageClaims: async () => ({ url: url(), state: marker.state, claims: marker.pageClaims() }),
        scrollToClaim: async ({ claimId }) => ({ found: marker.scrollTo(claimId) }),
      }) as never,
    );
    // Exposed to our own world only (the page cannot see isolated-world globals): lets the bench await a scan.
    (globalThis as { __claimcheck?: PageMarker }).__claimcheck = marker;
  },
});
