import type { Correction } from '@/lib/corrections/schema';

export const sampleCorrection: Correction = {
  kind: 'wrong_value',
  pageUrl: 'https://news.test/llama-4',
  claim: {
    quote: '10M tokens',
    modelId: 'llama-4-scout',
    modelName: 'Llama 4 Scout',
    metric: 'context_window',
    value: 10_000_000,
    verdict: 'supported',
  },
  proposedValue: 1_000_000,
  proposedUnit: 'tokens',
  sourceUrl: 'https://example.org/card',
  note: 'test',
};

/**
 * An arena-score correction, as the server receives it: the corrections API tests
 * and `npm run bench:server` post this shape (varying pageUrl / proposedValue).
 */
export const arenaCorrection = {
  kind: 'wrong_value',
  pageUrl: 'https://example.com/post',
  claim: {
    quote: 'Maverick scored 1417',
    modelId: 'llama-4-maverick',
    modelName: 'Llama 4 Maverick',
    metric: 'arena_elo',
    benchmark: 'LMArena',
    value: 1417,
  },
  proposedValue: 1400,
  sourceUrl: 'https://lmarena.ai/leaderboard',
} satisfies Correction;

/** A scripted fetch: each call takes the next answer; records every request. */
export function scriptedFetch(answers: (Response | Error | (() => Promise<Response>))[]) {
  const calls: { url: string; method: string; key: string | null; body: unknown }[] = [];
  const fn = (async (url: string | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    calls.push({
      url: String(url),
      method: init?.method ?? 'GET',
      key: headers.get('idempotency-key'),
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    });
    const next = answers.shift();
    if (!next) throw new Error('no scripted answer left');
    if (next instanceof Error) throw next;
    if (typeof next === 'function') return next();
    return next;
  }) as unknown as typeof fetch;
  return { fn, calls };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
