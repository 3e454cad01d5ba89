import { browser } from 'wxt/browser';
import { ClaimcheckDB } from '@/lib/factbase/db';
import {
  sendToBackground,
  sendToTab,
  type FactbaseInfo,
  type Res,
  type SyncStatus,
  type TabMessages,
} from '@/lib/messages';
import type { Correction, OutboxEntry } from '@/lib/corrections/schema';
import type { Settings } from '@/lib/settings';
import { getSettings, updateSettings, watchSettings } from '@/lib/settings-storage';

/** Everything the popup needs from the browser, behind one seam so views can be tested with fakes. */
export interface PopupApi {
  /** Tab to show: `?tabId=N`, else the active tab of the current window. */
  targetTabId(): Promise<number | undefined>;
  getPageClaims(tabId: number): Promise<Res<TabMessages, 'getPageClaims'>>;
  scrollToClaim(tabId: number, claimId: string): Promise<{ found: boolean }>;
  getFactbaseInfo(): Promise<FactbaseInfo>;
  syncNow(): Promise<SyncStatus>;
  submitCorrection(correction: Correction, id: string): Promise<OutboxEntry>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  watchSettings(cb: (s: Settings) => void): () => void;
  /** Asks the background to re-poll review statuses (the outbox view updates live). */
  refreshCorrections(): void;
  /** Read-only use: live outbox view. */
  db?: ClaimcheckDB;
  newId(): string;
}

export function createPopupApi(search = location.search): PopupApi {
  const params = new URLSearchParams(search);
  return {
    async targetTabId() {
      const fromUrl = Number(params.get('tabId'));
      if (Number.isInteger(fromUrl) && fromUrl >= 0 && params.has('tabId')) return fromUrl;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id;
    },
    getPageClaims: (tabId) => sendToTab(tabId, 'getPageClaims', {}),
    scrollToClaim: (tabId, claimId) => sendToTab(tabId, 'scrollToClaim', { claimId }),
    getFactbaseInfo: () => sendToBackground('getFactbaseInfo', {}),
    syncNow: () => sendToBackground('syncNow', {}),
    submitCorrection: async (correction, id) =>
      (await sendToBackground('submitCorrection', { correction, id })).entry,
    refreshCorrections: () => void sendToBackground('listCorrections', {}).catch(() => undefined),
    getSettings,
    updateSettings,
    watchSettings,
    db: new ClaimcheckDB(),
    newId: () => crypto.randomUUID(),
  };
}
