import { z } from 'zod';
import { MetricSchema } from '../factbase/metrics';

export const CORRECTION_KINDS = [
  'wrong_value',
  'wrong_model_or_variant',
  'outdated',
  'missing_fact',
  'wrong_verdict',
] as const;

/** What a reader submits. Shared by the popup form, the outbox and the server. */
export const CorrectionSchema = z
  .object({
    kind: z.enum(CORRECTION_KINDS),
    pageUrl: z.url(),
    claim: z.object({
      quote: z.string().min(1).max(2000),
      modelId: z.string().max(200),
      modelName: z.string().max(200),
      metric: MetricSchema,
      benchmark: z.string().max(200).optional(),
      value: z.number().nullable(),
      verdict: z.string().max(40).optional(),
    }),
    proposedValue: z.number().finite().optional(),
    proposedUnit: z.string().max(40).optional(),
    /** For `wrong_model_or_variant`: the model or variant the text really means. */
    proposedModel: z.string().max(200).optional(),
    sourceUrl: z.url().optional(),
    note: z.string().max(4000).optional(),
  })
  .superRefine((c, ctx) => {
    const changesValue = c.kind === 'wrong_value' || c.kind === 'outdated' || c.kind === 'missing_fact';
    if (changesValue && c.proposedValue === undefined) {
      ctx.addIssue({ code: 'custom', path: ['proposedValue'], message: 'Give the value you propose.' });
    }
    if (c.proposedValue !== undefined && !c.sourceUrl) {
      ctx.addIssue({
        code: 'custom',
        path: ['sourceUrl'],
        message: 'A source address is required when the value changes.',
      });
    }
  });
export type Correction = z.infer<typeof CorrectionSchema>;

export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'accepted', 'rejected'] as const;

export const OutboxEntrySchema = z.object({
  /** Also the Idempotency-Key: a retry of the same entry can never make a duplicate. */
  id: z.string(),
  correction: CorrectionSchema,
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: z.number(),
  createdAt: z.number(),
  serverId: z.string().optional(),
  reason: z.string().optional(),
  lastError: z.string().optional(),
  /** How many review-status polls a sent entry has had (spaces the next one). */
  polls: z.number().int().nonnegative().optional(),
  /** When the server first took it (starts the polling window; lifecycle.ts). */
  sentAt: z.number().optional(),
  /** When it became accepted or rejected (starts the retention period). */
  settledAt: z.number().optional(),
  /** Set on a `sent` entry once polling gave up with no review: "no answer yet, stopped checking". */
  pollStoppedAt: z.number().optional(),
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;
