import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { z } from 'zod';
import { CorrectionSchema } from '../lib/corrections/schema';
import type { CorrectionsStore } from './corrections-store';
import type { RateLimiter } from './rate-limit';

export const MAX_CORRECTION_BYTES = 32 * 1024;
/** Printable ASCII, as the Idempotency-Key draft expects; the outbox uses UUIDs. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;
const CORRECTION_ID = /^cor_[0-9a-f]{32}$/;

export interface CorrectionsDeps {
  store: CorrectionsStore;
  limiter: RateLimiter;
  /** Trust X-Forwarded-For (only when a known reverse proxy sits in front). */
  trustProxy?: boolean;
}

function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '(body)';
    out[path] ??= issue.message;
  }
  return out;
}

export function correctionsRoutes(deps: CorrectionsDeps): Hono {
  const app = new Hono();

  const clientOf = (c: Parameters<typeof getConnInfo>[0]): string => {
    if (deps.trustProxy) {
      const fwd = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
      if (fwd) return fwd.slice(0, 64);
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };

  app.post(
    '/',
    // Rate limit first: a flood costs us no parsing.
    async (c, next) => {
      const verdict = deps.limiter.take(clientOf(c));
      if (!verdict.ok) {
        c.header('Retry-After', String(verdict.retryAfter));
        return c.json({ error: 'Too many corrections from this client; try again later.' }, 429);
      }
      await next();
    },
    bodyLimit({
      maxSize: MAX_CORRECTION_BYTES,
      onError: (c) => c.json({ error: `Body larger than ${MAX_CORRECTION_BYTES} bytes.` }, 413),
    }),
    async (c) => {
      const key = c.req.header('idempotency-key');
      if (key === undefined || !IDEMPOTENCY_KEY.test(key)) {
        return c.json(
          {
            error: 'Missing or malformed Idempotency-Key header.',
            fields: { 'Idempotency-Key': '1–200 printable characters' },
          },
          400,
        );
      }
      let raw: unknown;
      try {
        raw = JSON.parse(await c.req.text());
      } catch {
        return c.json({ error: 'Body is not valid JSON.', fields: { '(body)': 'Invalid JSON' } }, 400);
      }
      const parsed = CorrectionSchema.safeParse(raw);
      if (!parsed.success) {
        return c.json({ error: 'The correction is malformed.', fields: fieldErrors(parsed.error) }, 400);
      }
      const result = deps.store.insert(key, clientOf(c), parsed.data);
      if (result.kind === 'conflict') {
        return c.json(
          { error: 'This Idempotency-Key was already used for a different correction.', id: result.row.id },
          422,
        );
      }
      const body = { id: result.row.id, status: result.row.status };
      return c.json(body, result.kind === 'created' ? 201 : 200);
    },
  );

  app.get('/:id', (c) => {
    const id = c.req.param('id');
    const row = CORRECTION_ID.test(id) ? deps.store.get(id) : undefined;
    if (!row) return c.json({ error: 'No such correction.' }, 404);
    return c.json({ id: row.id, status: row.status, ...(row.reason ? { reason: row.reason } : {}) });
  });

  return app;
}
