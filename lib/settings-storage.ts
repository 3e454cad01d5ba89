import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './settings';

/**
 * Settings live in extension storage (not Dexie) so every context — content
 * script, popup, options, background — reads them and hears changes at once.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

/** Reads settings, repairing anything invalid back to defaults field by field. */
export async function getSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const parsed = SettingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const merged = { ...DEFAULT_SETTINGS, ...(typeof raw === 'object' && raw ? raw : {}) };
  const again = SettingsSchema.safeParse(merged);
  return again.success ? again.data : DEFAULT_SETTINGS;
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => {
    const parsed = SettingsSchema.safeParse(v);
    cb(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  });
}

/** Host of a page URL as the per-site switch stores it (`example.com`). */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

export function siteState(
  settings: Settings,
  url: string,
): { enabled: boolean; reason?: 'paused' | 'site-off' } {
  if (settings.paused) return { enabled: false, reason: 'paused' };
  const site = siteOf(url);
  if (site && settings.disabledSites.includes(site)) return { enabled: false, reason: 'site-off' };
  return { enabled: true };
}
