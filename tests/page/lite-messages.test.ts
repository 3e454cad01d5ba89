import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ask, tabListener } from '@/lib/page/lite-messages';
import { switchStateOf } from '@/lib/page/site-switch';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { siteState } from '@/lib/settings-storage';

type Listener = (m: unknown, s: unknown, r: (x: unknown) => void) => boolean;

describe('lite messages (content script side of lib/messages.ts)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends the same envelope as sendToBackground and returns checked data', async () => {
    const seen: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener(((m: unknown, _s: unknown, reply: (x: unknown) => void) => {
      seen.push(m);
      reply({ ok: true, data: { enabled: true, hiddenVerdicts: [] } });
      return true;
    }) as never);
    await expect(ask('getSiteState', { url: 'https://example.com/' })).resolves.toEqual({
      enabled: true,
      hiddenVerdicts: [],
    });
    expect(seen).toEqual([
      { channel: 'claimcheck', type: 'getSiteState', payload: { url: 'https://example.com/' } },
    ]);
  });

  it('rejects malformed answers and error replies', async () => {
    let answer: unknown = {
      ok: true,
      data: { results: [{ claimId: 'x', verdict: 'pwned', expected: [], facts: [] }] },
    };
    fakeBrowser.runtime.onMessage.addListener(((_m: unknown, _s: unknown, reply: (x: unknown) => void) => {
      reply(answer);
      return true;
    }) as never);
    await expect(ask('checkClaims', { url: 'https://e.com/', claims: [] })).rejects.toThrow(/Malformed/);
    answer = { ok: false, error: 'boom' };
    await expect(ask('checkClaims', { url: 'https://e.com/', claims: [] })).rejects.toThrow('boom');
  });

  it('checks scanPage answers: claims with offsets, verdicts from the known list', async () => {
    const claim = {
      id: '0~a',
      quote: '17B',
      start: 0,
      end: 3,
      model: { id: 'm', name: 'M' },
      metric: 'experts',
    };
    const result = { claimId: '0~a', verdict: 'supported', expected: [], facts: [] };
    let answer: unknown = { ok: true, data: { docs: [{ claims: [claim] }], results: [result] } };
    fakeBrowser.runtime.onMessage.addListener(((_m: unknown, _s: unknown, reply: (x: unknown) => void) => {
      reply(answer);
      return true;
    }) as never);
    const req = { url: 'https://e.com/', pageId: 'p', docs: [] };
    await expect(ask('scanPage', req)).resolves.toMatchObject({ docs: [{ claims: [{ id: '0~a' }] }] });
    answer = { ok: true, data: { docs: [{ claims: [{ ...claim, start: '0' }] }], results: [result] } };
    await expect(ask('scanPage', req)).rejects.toThrow(/Malformed/);
    answer = { ok: true, data: { docs: [{ claims: [claim] }], results: [{ ...result, verdict: 'pwned' }] } };
    await expect(ask('scanPage', req)).rejects.toThrow(/Malformed/);
  });

  it('answers tab messages with the createListener reply protocol and ignores others', async () => {
    const listener = tabListener({
      getPageClaims: async () => ({ url: 'u', state: 'active', claims: [] }),
      scrollToClaim: async ({ claimId }) => ({ found: claimId === 'a' }),
    }) as Listener;
    const reply = (m: unknown) =>
      new Promise((resolve) => {
        const handled = listener(m, {}, resolve);
        if (!handled) resolve('not handled');
      });
    await expect(
      reply({ channel: 'claimcheck', type: 'scrollToClaim', payload: { claimId: 'a' } }),
    ).resolves.toEqual({
      ok: true,
      data: { found: true },
    });
    await expect(
      reply({ channel: 'claimcheck', type: 'scrollToClaim', payload: { claimId: 3 } }),
    ).resolves.toEqual({
      ok: false,
      error: 'Invalid scrollToClaim request',
    });
    await expect(reply({ channel: 'other', type: 'getPageClaims', payload: {} })).resolves.toBe(
      'not handled',
    );
    await expect(reply({ channel: 'claimcheck', type: 'toString', payload: {} })).resolves.toBe(
      'not handled',
    );
  });
});

describe('switchStateOf', () => {
  it('agrees with settings-storage siteState', () => {
    const cases = [
      { ...DEFAULT_SETTINGS },
      { ...DEFAULT_SETTINGS, paused: true },
      { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] },
      { ...DEFAULT_SETTINGS, disabledSites: ['other.org'], hiddenVerdicts: ['supported' as const] },
    ];
    for (const s of cases) {
      const want = siteState(s, 'https://example.com/a');
      const got = switchStateOf(s, 'https://example.com/a');
      expect(got.state).toBe(want.enabled ? 'active' : want.reason);
      expect(got.hiddenVerdicts).toEqual(s.hiddenVerdicts);
    }
  });

  it('treats missing or junk settings as active', () => {
    expect(switchStateOf(undefined, 'https://x.com/')).toEqual({ state: 'active', hiddenVerdicts: [] });
    expect(switchStateOf({ paused: 'yes', hiddenVerdicts: [1, 'close'] }, 'https://x.com/')).toEqual({
      state: 'active',
      hiddenVerdicts: ['close'],
    });
  });
});
