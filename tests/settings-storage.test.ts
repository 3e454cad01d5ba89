import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSettings, settingsItem, siteState, updateSettings } from '@/lib/settings-storage';
import { DEFAULT_SETTINGS } from '@/lib/settings';

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to defaults and repairs invalid stored fields', async () => {
    await expect(getSettings()).resolves.toEqual(DEFAULT_SETTINGS);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, paused: 'yes' as never });
    const s = await getSettings();
    expect(s.paused).toBe(false);
  });

  it('rejects an invalid update and keeps the stored settings', async () => {
    await updateSettings({ disabledSites: ['news.test'] });
    await expect(updateSettings({ feedUrl: 'not a url' })).rejects.toThrow();
    expect((await getSettings()).disabledSites).toEqual(['news.test']);
  });

  it('decides per-site state: global pause wins, then the site list', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['news.test'] };
    expect(siteState(s, 'https://news.test/a')).toEqual({ enabled: false, reason: 'site-off' });
    expect(siteState(s, 'https://other.test/a')).toEqual({ enabled: true });
    expect(siteState({ ...s, paused: true }, 'https://other.test/a')).toEqual({
      enabled: false,
      reason: 'paused',
    });
  });
});
