import { z } from 'zod';
import { parseRetryAfter } from './backoff';
import type { Correction } from './schema';

/**
 * One HTTP exchange with the corrections endpoint, classified into what the
 * outbox should do next. Never throws: every failure becomes a decision.
 */
export type SendOutcome =
  /** 2xx: the server holds it (a repeat of the same key answers 200 with the same id). */
  | { kind: 'sent'; serverId: string; status: ReviewStatus; reason?: string }
  /** Network error, timeout, 408/429/5xx or an unexpected answer: try again later. */
  | { kind: 'retry'; error: string; retryAfterMs?: number }
  /** The server read it and refuses it as it stands (400/413/422): retrying cannot help. */
  | { kind: 'refused'; error: string };

export const REVIEW_STATUSES = ['received', 'accepted', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

const AnswerSchema = z.object({
  id: z.string().min(1),
  status: z.enum(REVIEW_STATUSES),
  reason: z.string().optional(),
});
const ErrorSchema = z.object({
  error: z.string().optional(),
  fields: z.record(z.string(), z.string()).optional(),
});

/** Answers that mean "this exact body will never be taken". */
const PERMANENT = new Set([400, 413, 415, 422]);

export interface HttpOptions {
  timeoutMs: number;
  fetch?: typeof fetch;
  now?: () => number;
}

/** fetch with an AbortController deadline that also covers reading the body. */
async function exchange(
  url: string,
  init: RequestInit,
  opts: HttpOptions,
): Promise<{ res: Response; text: string }> {
  const ctrl = new AbortController();
  const timer = setTimeout(
    () => ctrl.abort(new Error(`timed out after ${opts.timeoutMs} ms`)),
    opts.timeoutMs,
  );
  try {
    const res = await (opts.fetch ?? fetch)(url, { ...init, signal: ctrl.signal });
    const text = await res.text();
    return { res, text };
  } finally {
    clearTimeout(timer);
  }
}

function describeError(e: unknown): string {
  if (e instanceof Error) {
    const cause = (e as { cause?: unknown }).cause;
    if (e.name === 'AbortError' && cause instanceof Error) return cause.message;
    return e.message || e.name;
  }
  return String(e);
}

function errorText(status: number, text: string): string {
  let parsed: z.infer<typeof ErrorSchema> | undefined;
  try {
    const r = ErrorSchema.safeParse(JSON.parse(text));
    if (r.success) parsed = r.data;
  } catch {
    // Not JSON: fall back to the status line.
  }
  const fields = parsed?.fields ? Object.entries(parsed.fields).map(([k, v]) => `${k}: ${v}`) : [];
  const base = parsed?.error ?? `HTTP ${status}`;
  return fields.length ? `${base} (${fields.join('; ')})` : base;
}

function parseAnswer(text: string): z.infer<typeof AnswerSchema> | undefined {
  try {
    const r = AnswerSchema.safeParse(JSON.parse(text));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}

/** POST one correction. `key` is the outbox entry id, sent as Idempotency-Key. */
export async function postCorrection(
  endpoint: string,
  key: string,
  correction: Correction,
  opts: HttpOptions,
): Promise<SendOutcome> {
  const now = opts.now ?? Date.now;
  let res: Response;
  let text: string;
  try {
    ({ res, text } = await exchange(
      endpoint,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(correction),
      },
      opts,
    ));
  } catch (e) {
    return { kind: 'retry', error: `network: ${describeError(e)}` };
  }
  if (res.ok) {
    const answer = parseAnswer(text);
    if (!answer) return { kind: 'retry', error: `HTTP ${res.status} with an unreadable answer` };
    return { kind: 'sent', serverId: answer.id, status: answer.status, reason: answer.reason };
  }
  if (PERMANENT.has(res.status)) return { kind: 'refused', error: errorText(res.status, text) };
  return {
    kind: 'retry',
    error: `HTTP ${res.status}: ${errorText(res.status, text)}`,
    retryAfterMs: parseRetryAfter(res.headers.get('retry-after'), now()),
  };
}

export type PollOutcome =
  { kind: 'status'; status: ReviewStatus; reason?: string } | { kind: 'retry'; error: string };

/** GET the review status of a sent correction. */
export async function fetchReviewStatus(
  endpoint: string,
  serverId: string,
  opts: HttpOptions,
): Promise<PollOutcome> {
  const url = `${endpoint.replace(/\/+$/, '')}/${encodeURIComponent(serverId)}`;
  try {
    const { res, text } = await exchange(
      url,
      { method: 'GET', headers: { accept: 'application/json' } },
      opts,
    );
    if (!res.ok) return { kind: 'retry', error: `HTTP ${res.status}: ${errorText(res.status, text)}` };
    const answer = parseAnswer(text);
    if (!answer) return { kind: 'retry', error: 'unreadable status answer' };
    return { kind: 'status', status: answer.status, reason: answer.reason };
  } catch (e) {
    return { kind: 'retry', error: `network: ${describeError(e)}` };
  }
}
