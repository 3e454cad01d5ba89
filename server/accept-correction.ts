import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Metric, Provenance } from '../lib/factbase/metrics';
import { FactSchema, SourceSchema, type Fact, type Source } from '../lib/factbase/schema';
import { AcceptedCorrectionsFileSchema, type AcceptedCorrection } from '../lib/factbase/accepted-corrections';
import type { StoredCorrection } from './corrections-store';

/** Unit a fact of each metric carries when the reader named none (matches the imported data). */
export const DEFAULT_UNITS: Record<Metric, string> = {
  total_params: 'params',
  active_params: 'params',
  experts: 'experts',
  context_window: 'tokens',
  arena_elo: 'elo',
  benchmark_score: 'percent',
  training_tokens: 'tokens',
  training_compute: 'flop',
  training_gpus: 'gpus',
  training_gpu_hours: 'gpu_hours',
  release_date: 'date',
  price: 'usd_per_mtok',
  license: 'text',
  refusal_rate: 'percent',
  downloads: 'downloads',
  comparison: 'text',
};

/** Read by factbase:build (AcceptedCorrectionsFileSchema): one entry per accepted correction. */
export const CORRECTION_FACTS_FILE = join('facts', 'corrections.json');

export interface AcceptOptions {
  provenance?: Provenance;
  unit?: string;
  /** YYYY-MM-DD; default today. */
  asOf?: string;
  /** Fact ids this correction replaces (the build drops them). */
  supersedes?: string[];
}

/**
 * The curated fact (and its source) an accepted correction becomes. Kinds that
 * carry no value (wrong model, wrong verdict) change no data: undefined.
 */
export function correctionToFact(
  row: StoredCorrection,
  opts: AcceptOptions = {},
  today = new Date(),
): { fact: Fact; source: Source } | undefined {
  const c = row.correction;
  if (c.proposedValue === undefined || !c.sourceUrl) return undefined;
  const date = opts.asOf ?? today.toISOString().slice(0, 10);
  const host = new URL(c.sourceUrl).hostname;
  const source = SourceSchema.parse({
    id: `correction-${row.id}`,
    title: `Reader correction ${row.id} (${host})`,
    publisher: host,
    url: c.sourceUrl,
    date,
    licence: 'cited (reader correction)',
  });
  const fact = FactSchema.parse({
    id: `correction:${row.id}`,
    modelId: c.claim.modelId,
    metric: c.claim.metric,
    ...(c.claim.benchmark ? { benchmark: c.claim.benchmark } : {}),
    value: c.proposedValue,
    unit: opts.unit ?? c.proposedUnit ?? DEFAULT_UNITS[c.claim.metric],
    asOf: date,
    provenance: opts.provenance ?? 'independent',
    sourceId: source.id,
    note: `Reader correction ${row.id} (${c.kind}) on ${c.pageUrl}${c.note ? `: ${c.note.slice(0, 500)}` : ''}`,
  });
  return { fact, source };
}

/**
 * Appends the accepted correction to data/facts/corrections.json in the build's
 * format (fact + its source + what it supersedes). Idempotent by correction id;
 * true when something was written.
 */
export function appendToCuratedData(
  dataDir: string,
  row: StoredCorrection,
  change: { fact: Fact; source: Source },
  opts: AcceptOptions = {},
  now = new Date(),
): boolean {
  const path = join(dataDir, CORRECTION_FACTS_FILE);
  const entries = existsSync(path)
    ? AcceptedCorrectionsFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
    : [];
  if (entries.some((e) => e.correctionId === row.id || e.fact.id === change.fact.id)) return false;
  const entry: AcceptedCorrection = {
    correctionId: row.id,
    acceptedAt: now.toISOString(),
    fact: change.fact,
    source: change.source,
    ...(opts.supersedes?.length ? { supersedes: opts.supersedes } : {}),
  };
  // One entry per line: reviewable diffs.
  writeFileSync(path + '.tmp', `[\n${[...entries, entry].map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
  renameSync(path + '.tmp', path);
  return true;
}
