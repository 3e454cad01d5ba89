import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '@/server/start';
import { arenaCorrection } from '../corrections/fixtures';

const valid = arenaCorrection;

let srv: RunningServer;
const post = (body: unknown, key = 'key-1', headers: Record<string, string> = {}) =>
  fetch(`${srv.url}/v1/corrections`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('corrections API', () => {
  beforeEach(async () => {
    srv = await startServer({
      port: 0,
      feedDir: '/nonexistent',
      rateLimit: { capacity: 5, refillPerSecond: 0.01 },
    });
  });
  afterEach(() => srv.close());

  it('creates once per Idempotency-Key and answers repeats with the same id', async () => {
    const a = await post(valid);
    expect(a.status).toBe(201);
    const first = (await a.json()) as { id: string; status: string };
    expect(first.status).toBe('received');
    const b = await post(valid);
    expect(b.status).toBe(200);
    expect(await b.json()).toEqual(first);
    expect(srv.store.list()).toHaveLength(1);
    const other = await post(valid, 'key-2');
    expect(other.status).toBe(201);
    expect(((await other.json()) as { id: string }).id).not.toBe(first.id);
  });

  it('refuses a reused key with a different body', async () => {
    await post(valid);
    const r = await post({ ...valid, proposedValue: 1 });
    expect(r.status).toBe(422);
  });

  it('returns field errors for malformed corrections', async () => {
    const r = await post({ ...valid, pageUrl: 'not a url', proposedValue: 5, sourceUrl: undefined });
    expect(r.status).toBe(400);
    const body = (await r.json()) as { fields: Record<string, string> };
    expect(Object.keys(body.fields)).toEqual(expect.arrayContaining(['pageUrl', 'sourceUrl']));
    expect((await post('{oops')).status).toBe(400);
    expect((await post(valid, '')).status).toBe(400);
  });

  it('rejects bodies over the size limit with 413', async () => {
    const r = await post({ ...valid, note: 'x'.repeat(40_000) });
    expect(r.status).toBe(413);
  });

  it('rate-limits a client with 429 and Retry-After', async () => {
    const codes: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 7; i++) {
      const r = await post(valid, `k${i}`);
      codes.push(r.status);
      if (r.status === 429) retryAfter = r.headers.get('retry-after');
    }
    expect(codes.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(codes[5]).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('reports status, including decisions and reasons', async () => {
    const { id } = (await (await post(valid)).json()) as { id: string };
    expect(await (await fetch(`${srv.url}/v1/corrections/${id}`)).json()).toEqual({ id, status: 'received' });
    srv.store.decide(id, 'rejected', 'Source does not say so');
    expect(await (await fetch(`${srv.url}/v1/corrections/${id}`)).json()).toEqual({
      id,
      status: 'rejected',
      reason: 'Source does not say so',
    });
    expect((await fetch(`${srv.url}/v1/corrections/cor_${'0'.repeat(32)}`)).status).toBe(404);
    expect((await fetch(`${srv.url}/v1/corrections/'%20OR%201=1`)).status).toBe(404);
  });

  it('sends CORS headers only to allowed origins', async () => {
    const ext = await fetch(`${srv.url}/v1/corrections`, {
      method: 'OPTIONS',
      headers: {
        origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'idempotency-key,content-type',
      },
    });
    expect(ext.headers.get('access-control-allow-origin')).toBe(
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
    );
    const evil = await fetch(`${srv.url}/v1/corrections`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });
});
