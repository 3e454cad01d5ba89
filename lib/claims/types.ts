import { z } from 'zod';
import { HedgeSchema, MetricSchema } from '../factbase/metrics';

/** A model the text names, as resolved through the dictionary. */
export const ModelRefSchema = z.object({ id: z.string(), name: z.string() });
export type ModelRef = z.infer<typeof ModelRefSchema>;

export const ComparisonSchema = z.object({
  direction: z.enum(['beats', 'trails', 'matches']),
  others: z.array(ModelRefSchema).min(1),
  benchmark: z.string().optional(),
});

/**
 * One claim found in a document. Offsets index the document's visible text
 * (see extract-text.ts), so the extension can map them back to DOM ranges.
 */
export const ClaimSchema = z.object({
  /** Stable within one document: `${start}:${end}:${metric}`. */
  id: z.string(),
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  model: ModelRefSchema,
  /** Variant the text names: `03-26-Experimental`, `Instruct`, `FP8`, `thinking`, `2024-08-06`. */
  variant: z.string().optional(),
  metric: MetricSchema,
  /** Canonical benchmark name from the dictionary, e.g. `GPQA Diamond`, `LMArena`. */
  benchmark: z.string().optional(),
  /** `5-shot`, `pass@1`, `style control`, `0-shot`, `thinking`. */
  setting: z.string().optional(),
  /** Normalised number; null for comparisons and licences. Ranges/from-to: the upper (or "to") value. */
  value: z.number().nullable(),
  /** Lower end for ranges, the "from" value for `from X to Y`. */
  valueLow: z.number().optional(),
  /** Non-numeric values: ISO date (`2025-04-05`, `2025-04`) for release_date, licence name for license. */
  valueText: z.string().optional(),
  /** `params`, `tokens`, `%`, `elo`, `experts`, `flop`, `gpus`, `gpu_hours`, `usd`, `usd_per_mtok`, `date`, `downloads`. */
  unit: z.string().optional(),
  hedge: HedgeSchema.default('exact'),
  comparison: ComparisonSchema.optional(),
  /** Where in the document the claim was read. */
  context: z.enum(['prose', 'table']),
});
export type Claim = z.infer<typeof ClaimSchema>;
export type ClaimInput = z.input<typeof ClaimSchema>;

/**
 * The dictionary the engine matches names against. It is generated from the
 * fact base (lib/factbase/dictionary.ts); nothing model-specific is hard-coded
 * in the engine.
 */
export const DictionaryModelSchema = z.object({
  id: z.string(),
  name: z.string(),
  family: z.string().optional(),
  parent: z.string().optional(),
  /** Variant label this model is of its parent, e.g. `03-26-Experimental`. */
  variantLabel: z.string().optional(),
  /** Who makes it ("Meta", "Mistral AI"): "Meta says 57.2" points at this vendor's model under discussion. */
  vendor: z.string().optional(),
  aliases: z.array(
    z.object({
      text: z.string(),
      /** `family`: only counts once the article has named the family (e.g. bare "Maverick"). */
      scope: z.enum(['global', 'family']),
    }),
  ),
});
export const DictionaryFamilySchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  /** Who makes the family's models: "Meta's Maverick" establishes the family like "Llama 4" does. */
  vendors: z.array(z.string()).optional(),
});
export const DictionaryBenchmarkSchema = z.object({
  /** Canonical name, used as the id in claims and facts. */
  name: z.string(),
  aliases: z.array(z.string()),
});
export const ModelDictionarySchema = z.object({
  version: z.string(),
  models: z.array(DictionaryModelSchema),
  families: z.array(DictionaryFamilySchema),
  benchmarks: z.array(DictionaryBenchmarkSchema),
});
export type ModelDictionary = z.infer<typeof ModelDictionarySchema>;
export type DictionaryModel = z.infer<typeof DictionaryModelSchema>;
