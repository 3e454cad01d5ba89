import { z } from 'zod';
import { MetricSchema, ProvenanceSchema } from './metrics';
import { ModelDictionarySchema } from '../claims/types';

const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ISO date YYYY, YYYY-MM or YYYY-MM-DD');

export const ModelStatusSchema = z.enum(['released', 'experimental', 'preview', 'unreleased', 'deprecated']);

export const AliasSchema = z.object({
  text: z.string().min(1),
  scope: z.enum(['global', 'family']),
});

export const ModelSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  name: z.string().min(1),
  family: z.string().optional(),
  vendor: z.string().optional(),
  /** Parent model id when this is a variant (dated version, experimental checkpoint, thinking mode). */
  parent: z.string().optional(),
  variantLabel: z.string().optional(),
  status: ModelStatusSchema,
  releaseDate: IsoDate.optional(),
  aliases: z.array(AliasSchema),
});
export type Model = z.infer<typeof ModelSchema>;

export const SourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  url: z.string().optional(),
  /** `owner/name` of the repository the file came from. */
  repository: z.string().optional(),
  path: z.string().optional(),
  commit: z.string().optional(),
  date: IsoDate,
  licence: z.string(),
});
export type Source = z.infer<typeof SourceSchema>;

export const FactSchema = z.object({
  id: z.string(),
  modelId: z.string(),
  metric: MetricSchema,
  benchmark: z.string().optional(),
  setting: z.string().optional(),
  value: z.number().optional(),
  /** Confidence interval or a stated range. */
  low: z.number().optional(),
  high: z.number().optional(),
  valueText: z.string().optional(),
  unit: z.string(),
  asOf: IsoDate,
  provenance: ProvenanceSchema,
  sourceId: z.string(),
  note: z.string().optional(),
  /** Ids of facts for the same model/metric that disagree with this one. */
  disagreesWith: z.array(z.string()).optional(),
  /** Extra numbers a source gives (rank, votes) kept for the card. */
  extra: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Fact = z.infer<typeof FactSchema>;

export const SnapshotSchema = z.object({
  version: z.string(),
  created: z.string(),
  models: z.array(ModelSchema),
  facts: z.array(FactSchema),
  sources: z.array(SourceSchema),
  dictionary: ModelDictionarySchema,
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** Written beside the snapshot; `sha256` is the content hash of the snapshot file. */
export const SnapshotManifestSchema = z.object({
  version: z.string(),
  created: z.string(),
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().positive(),
  counts: z.object({ models: z.number(), facts: z.number(), sources: z.number() }),
});
export type SnapshotManifest = z.infer<typeof SnapshotManifestSchema>;
