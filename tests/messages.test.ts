import { describe, expect, it } from 'vitest';
import { backgroundMessages, createListener } from '@/lib/messages';

function ask(listener: ReturnType<typeof createListener>, message: unknown) {
  return new Promise((resolve) => {
    const handled = listener(message, {}, resolve);
    if (!handled) resolve('not handled');
  });
}

describe('message listener', () => {
  const listener = createListener(backgroundMessages, {
    getSiteState: async ({ url }) => ({ enabled: !url.includes('off'), hiddenVerdicts: [] }),
  });

  it('answers a valid request through the typed handler', async () => {
    await expect(
      ask(listener, { channel: 'claimcheck', type: 'getSiteState', payload: { url: 'https://a.test/' } }),
    ).resolves.toEqual({
      ok: true,
      data: { enabled: true, hiddenVerdicts: [] },
    });
  });

  it('rejects a malformed payload with a clear error instead of calling the handler', async () => {
    const reply = (await ask(listener, {
      channel: 'claimcheck',
      type: 'getSiteState',
      payload: { url: 42 },
    })) as { ok: boolean; error: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/Invalid getSiteState request/);
  });

  it('ignores messages that are not ours or have no handler', async () => {
    await expect(ask(listener, { type: 'getSiteState', payload: {} })).resolves.toBe('not handled');
    await expect(ask(listener, { channel: 'claimcheck', type: 'syncNow', payload: {} })).resolves.toBe(
      'not handled',
    );
    await expect(ask(listener, null)).resolves.toBe('not handled');
  });
});
