import { z } from 'zod';

/**
 * The one metric vocabulary shared by the claim engine, the fact base and the
 * verdicts. Adding a metric here is the only place a new kind of claim starts.
 */
export const METRICS = [
  'total_params',
  'active_params',
  'experts',
  'context_window',
  'arena_elo',
  'benchmark_score',
  'training_tokens',
  'training_compute',
  'training_gpus',
  'training_gpu_hours',
  'release_date',
  'price',
  'license',
  'refusal_rate',
  'downloads',
  'comparison',
] as const;

export const MetricSchema = z.enum(METRICS);
export type Metric = z.infer<typeof MetricSchema>;

/** Hedge words change the tolerance a verdict allows. */
export const HEDGES = [
  'exact',
  'up to',
  'over',
  'under',
  'nearly',
  'about',
  'reportedly',
  'from-to',
  'range',
] as const;
export const HedgeSchema = z.enum(HEDGES);
export type Hedge = z.infer<typeof HedgeSchema>;

export const PROVENANCES = ['vendor', 'independent', 'database'] as const;
export const ProvenanceSchema = z.enum(PROVENANCES);
export type Provenance = z.infer<typeof ProvenanceSchema>;
