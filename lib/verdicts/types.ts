import { z } from 'zod';
import { FactSchema, SourceSchema } from '../factbase/schema';
import { VERDICTS } from './names';

export { VERDICTS };

export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;

export const ExpectedValueSchema = z.object({
  value: z.number().optional(),
  low: z.number().optional(),
  high: z.number().optional(),
  valueText: z.string().optional(),
  unit: z.string(),
  modelId: z.string(),
  modelName: z.string(),
  variant: z.string().optional(),
  benchmark: z.string().optional(),
  setting: z.string().optional(),
  asOf: z.string(),
  provenance: z.enum(['vendor', 'independent', 'database']),
});

export const VerdictResultSchema = z.object({
  claimId: z.string(),
  verdict: VerdictSchema,
  expected: z.array(ExpectedValueSchema),
  facts: z.array(z.object({ fact: FactSchema, source: SourceSchema })),
  /** One plain sentence. */
  explanation: z.string(),
  /** For comparisons: the benchmark and snapshot actually compared. */
  benchmarkUsed: z.string().optional(),
  claimReview: z.object({ alternateName: z.string(), ratingValue: z.number().int().min(1).max(5) }),
});
export type VerdictResult = z.infer<typeof VerdictResultSchema>;
