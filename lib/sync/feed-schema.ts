import { z } from 'zod';
import { ModelDictionarySchema } from '../claims/types';
import { FactSchema, ModelSchema, SourceSchema } from '../factbase/schema';

/** Versions become file names on a static host: keep them to a safe alphabet. */
export const FeedVersionSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,64}$/, 'version: 1–64 of [A-Za-z0-9._-]');
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'sha256: 64 lowercase hex');
/** Relative to the manifest's own URL (so a CDN can serve the directory anywhere) or absolute https/http. */
const FileUrl = z.string().min(1).max(2000);

export const FeedManifestSchema = z.object({
  version: FeedVersionSchema,
  created: z.string().min(1).max(40),
  snapshot: z.object({ url: FileUrl, sha256: Sha256, size: z.number().int().positive() }),
  deltas: z
    .array(
      z.object({
        from: FeedVersionSchema,
        to: FeedVersionSchema,
        url: FileUrl,
        sha256: Sha256,
        size: z.number().int().positive().optional(),
      }),
    )
    .max(100),
  counts: z
    .object({ models: z.number().int(), facts: z.number().int(), sources: z.number().int() })
    .optional(),
  /** The fact-base build this was published from (its own version), when the feed version differs. */
  build: z.string().max(100).optional(),
  /** Ed25519 over canonicalJson(manifest without `signature`), 128 hex chars. */
  signature: z.string().regex(/^[0-9a-f]{128}$/, 'signature: 128 lowercase hex'),
});
export type FeedManifest = z.infer<typeof FeedManifestSchema>;
export type UnsignedFeedManifest = Omit<FeedManifest, 'signature'>;

const tableDelta = <T extends z.ZodType>(row: T) =>
  z.object({ put: z.array(row), delete: z.array(z.string()) });

/** What changes between two published snapshots. Applying it to `from` gives exactly `to`. */
export const FeedDeltaSchema = z.object({
  from: FeedVersionSchema,
  to: FeedVersionSchema,
  created: z.string(),
  models: tableDelta(ModelSchema),
  facts: tableDelta(FactSchema),
  sources: tableDelta(SourceSchema),
  /** The whole new dictionary when it changed (it is derived from the models). */
  dictionary: ModelDictionarySchema.optional(),
});
export type FeedDelta = z.infer<typeof FeedDeltaSchema>;
