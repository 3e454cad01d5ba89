import { describe, expect, it } from 'vitest';
import { fetchReviewStatus, postCorrection } from '@/lib/corrections/send';
import { json, sampleCorrection, scriptedFetch } from './fixtures';

const URL_ = 'http://127.0.0.1:9/v1/corrections';

describe('postCorrection classifies the endpoint answer', () => {
  it('sends the entry id as Idempotency-Key and reads 201', async () => {
    const f = scriptedFetch([json(201, { id: 'cor_1', status: 'received' })]);
    const out = await postCorrection(URL_, 'entry-123456', sampleCorrection, {
      timeoutMs: 1000,
      fetch: f.fn,
    });
    expect(out).toEqual({ kind: 'sent', serverId: 'cor_1', status: 'received', reason: undefined });
    expect(f.calls[0]).toMatchObject({ method: 'POST', key: 'entry-123456', body: sampleCorrection });
  });

  it('treats 500, 429 (with Retry-After) and network errors as retryable', async () => {
    const f = scriptedFetch([
      json(500, { error: 'boom' }),
      json(429, { error: 'slow' }, { 'retry-after': '12' }),
      new TypeError('Failed to fetch'),
    ]);
    const o = { timeoutMs: 1000, fetch: f.fn };
    expect(await postCorrection(URL_, 'k1234567', sampleCorrection, o)).toMatchObject({
      kind: 'retry',
      error: expect.stringContaining('500'),
    });
    expect(await postCorrection(URL_, 'k1234567', sampleCorrection, o)).toMatchObject({
      kind: 'retry',
      retryAfterMs: 12_000,
    });
    expect(await postCorrection(URL_, 'k1234567', sampleCorrection, o)).toMatchObject({
      kind: 'retry',
      error: expect.stringContaining('network'),
    });
  });

  it('treats 400/413 as a refusal and keeps the server field messages', async () => {
    const f = scriptedFetch([
      json(400, { error: 'The correction is malformed.', fields: { sourceUrl: 'Invalid URL' } }),
      json(413, { error: 'too big' }),
    ]);
    const o = { timeoutMs: 1000, fetch: f.fn };
    expect(await postCorrection(URL_, 'k1234567', sampleCorrection, o)).toEqual({
      kind: 'refused',
      error: 'The correction is malformed. (sourceUrl: Invalid URL)',
    });
    expect(await postCorrection(URL_, 'k1234567', sampleCorrection, o)).toMatchObject({ kind: 'refused' });
  });

  it('aborts a hung request after the timeout and asks for a retry', async () => {
    const hang: typeof fetch = (_u, init) =>
      new Promise((_ok, fail) =>
        init?.signal?.addEventListener('abort', () =>
          fail(Object.assign(new Error('aborted'), { name: 'AbortError', cause: init.signal?.reason })),
        ),
      );
    const out = await postCorrection(URL_, 'k1234567', sampleCorrection, { timeoutMs: 50, fetch: hang });
    expect(out).toMatchObject({ kind: 'retry', error: expect.stringContaining('timed out') });
  });

  it('does not trust a 2xx whose body is not a correction answer', async () => {
    const f = scriptedFetch([new Response('<html>captive portal</html>', { status: 200 })]);
    expect(
      await postCorrection(URL_, 'k1234567', sampleCorrection, { timeoutMs: 1000, fetch: f.fn }),
    ).toMatchObject({ kind: 'retry' });
  });
});

describe('fetchReviewStatus', () => {
  it('GETs /v1/corrections/:id and reads the reason of a rejection', async () => {
    const f = scriptedFetch([
      json(200, { id: 'cor_1', status: 'rejected', reason: 'Source does not say that.' }),
    ]);
    const out = await fetchReviewStatus(URL_ + '/', 'cor_1', { timeoutMs: 1000, fetch: f.fn });
    expect(out).toEqual({ kind: 'status', status: 'rejected', reason: 'Source does not say that.' });
    expect(f.calls[0].url).toBe(URL_ + '/cor_1');
  });
});
