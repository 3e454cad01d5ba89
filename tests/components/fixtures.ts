import type { PageClaim, FactbaseInfo } from '@/lib/messages';
import type { PopupApi } from '@/components/popup/api';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import type { Correction, OutboxEntry } from '@/lib/corrections/schema';
import type { ClaimcheckDB } from '@/lib/factbase/db';

export const scoutClaim: PageClaim = {
  claim: {
    id: '10:20:context_window',
    quote: '10M tokens',
    start: 10,
    end: 20,
    model: { id: 'llama-4-scout', name: 'Llama 4 Scout' },
    metric: 'context_window',
    value: 10_000_000,
    unit: 'tokens',
    hedge: 'exact',
    context: 'prose',
  },
  result: {
    claimId: '10:20:context_window',
    verdict: 'supported',
    expected: [
      {
        value: 10_000_000,
        unit: 'tokens',
        modelId: 'llama-4-scout',
        modelName: 'Llama 4 Scout',
        asOf: '2025-04-05',
        provenance: 'vendor',
      },
    ],
    facts: [],
    explanation: 'Matches the model card.',
    claimReview: { alternateName: 'Supported', ratingValue: 5 },
  },
};

export const maverickClaim: PageClaim = {
  claim: {
    id: '40:52:arena_elo',
    quote: '1417 Elo',
    start: 40,
    end: 52,
    model: { id: 'llama-4-maverick', name: 'Llama 4 Maverick' },
    metric: 'arena_elo',
    benchmark: 'LMArena',
    value: 1417,
    unit: 'elo',
    hedge: 'exact',
    context: 'prose',
  },
  result: {
    claimId: '40:52:arena_elo',
    verdict: 'misleading',
    expected: [
      {
        value: 1417,
        unit: 'elo',
        modelId: 'llama-4-maverick-03-26-experimental',
        modelName: 'Llama 4 Maverick 03-26 Experimental',
        asOf: '2025-04-07',
        provenance: 'independent',
      },
    ],
    facts: [],
    explanation: 'That score belongs to the experimental variant.',
    claimReview: { alternateName: 'Misleading', ratingValue: 2 },
  },
};

export const info: FactbaseInfo = {
  version: '2025-06-01.1',
  created: '2025-06-01T00:00:00Z',
  counts: { models: 1900, facts: 5000, sources: 40 },
  sync: { lastAttempt: Date.now() - 120_000, lastSuccess: Date.now() - 120_000, result: 'updated' },
};

export interface FakeApi extends PopupApi {
  calls: {
    scroll: string[];
    submit: { correction: Correction; id: string }[];
    settings: Partial<Settings>[];
  };
}

export function fakeApi(
  over: Partial<PopupApi> & {
    claims?: PageClaim[];
    state?: 'active' | 'paused' | 'site-off';
    db?: ClaimcheckDB;
  } = {},
): FakeApi {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const listeners = new Set<(s: Settings) => void>();
  const calls: FakeApi['calls'] = { scroll: [], submit: [], settings: [] };
  let n = 0;
  const api: FakeApi = {
    calls,
    targetTabId: async () => 7,
    getPageClaims: async () => ({
      url: 'https://news.test/llama-4',
      state: over.state ?? 'active',
      claims: over.claims ?? [scoutClaim, maverickClaim],
    }),
    scrollToClaim: async (_t, id) => {
      calls.scroll.push(id);
      return { found: true };
    },
    getFactbaseInfo: async () => info,
    syncNow: async () => info.sync,
    submitCorrection: async (correction, id) => {
      calls.submit.push({ correction, id });
      const entry: OutboxEntry = {
        id,
        correction,
        status: 'queued',
        attempts: 0,
        nextAttemptAt: 0,
        createdAt: Date.now(),
      };
      await over.db?.outbox.put(entry);
      return entry;
    },
    refreshCorrections: () => undefined,
    getSettings: async () => settings,
    updateSettings: async (patch) => {
      calls.settings.push(patch);
      settings = { ...settings, ...patch };
      for (const l of listeners) l(settings);
      return settings;
    },
    watchSettings: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    newId: () => `form-id-${++n}-abcdef`,
    ...over,
  };
  return api;
}
