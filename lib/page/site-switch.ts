import type { Verdict } from '../verdicts/types';

/**
 * The pause / per-site switches as the content script reads them straight
 * from extension storage (key `settings`, local area — the same item
 * lib/settings-storage.ts defines). Kept zod-free for the content script's
 * size budget; same rules as settingsStorage.siteState.
 */
export interface SwitchState {
  state: 'active' | 'paused' | 'site-off';
  hiddenVerdicts: Verdict[];
}

export function switchStateOf(raw: unknown, url: string): SwitchState {
  const s = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const hidden = Array.isArray(s.hiddenVerdicts)
    ? (s.hiddenVerdicts.filter((v) => typeof v === 'string') as Verdict[])
    : [];
  if (s.paused === true) return { state: 'paused', hiddenVerdicts: hidden };
  let host: string | null = null;
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') host = u.hostname;
  } catch {
    host = null;
  }
  const sites = Array.isArray(s.disabledSites) ? s.disabledSites : [];
  if (host && sites.includes(host)) return { state: 'site-off', hiddenVerdicts: hidden };
  return { state: 'active', hiddenVerdicts: hidden };
}
