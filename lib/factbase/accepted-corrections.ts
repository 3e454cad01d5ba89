import { z } from 'zod';
import { FactSchema, SourceSchema } from './schema';

/**
 * One entry of data/facts/corrections.json: a reader correction that a reviewer accepted, as the
 * fact it adds. `source` is the evidence the reader gave (required unless `fact.sourceId` names a
 * source already in data/sources.json). `supersedes` lists fact ids the correction replaces: the
 * snapshot build drops them.
 */
export const AcceptedCorrectionSchema = z.object({
  correctionId: z.string().optional(),
  acceptedAt: z.string().optional(),
  fact: FactSchema,
  source: SourceSchema.optional(),
  supersedes: z.array(z.string()).optional(),
});
export type AcceptedCorrection = z.infer<typeof AcceptedCorrectionSchema>;
export const AcceptedCorrectionsFileSchema = z.array(AcceptedCorrectionSchema);
