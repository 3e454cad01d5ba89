import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Metric, Provenance } from '../lib/factbase/metrics';
import { FactSchema, SourceSchema, type Fact, type Source } from '../lib/factbase/schema';
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

export const CORRECTION_FACTS_FILE = join('facts', 'corrections.json');
export const CORRECTION_SOURCES_FILE = 'corrections-sources.json';

export interface AcceptOptions {
  provenance?: Provenance;
  unit?: string;
  /** YYYY-MM-DD; default today. */
  asOf?: string;
}

/**
 * The curated fact (and its source) an accepted correction becomes. Kinds that
 * carry no value (wrong model, wrong verdict) change no data: undefined.
 */
export function correctionToFact(row: StoredCorrection, opts: AcceptOptions = {}, today = new Date()): { fact: Fact; source: Source } | undefined {
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

function readArray(path: string): unknown[] {
  if (!existsSync(path)) return [];
  const v = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!Array.isArray(v)) throw new Error(`${path} is not a JSON array`);
  return v;
}

function writeArray(path: string, rows: unknown[]): void {
  // One row per line, like the imported files: reviewable diffs.
  writeFileSync(path + '.tmp', `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
  renameSync(path + '.tmp', path);
}

/** Appends the fact and source to the curated data (idempotent by id). True when something was written. */
export function appendToCuratedData(dataDir: string, fact: Fact, source: Source): boolean {
  const factsPath = join(dataDir, CORRECTION_FACTS_FILE);
  const sourcesPath = join(dataDir, CORRECTION_SOURCES_FILE);
  const facts = readArray(factsPath) as { id?: string }[];
  const sources = readArray(sourcesPath) as { id?: string }[];
  let changed = false;
  if (!sources.some((s) => s.id === source.id)) {
    writeArray(sourcesPath, [...sources, source]);
    changed = true;
  }
  if (!facts.some((f) => f.id === fact.id)) {
    writeArray(factsPath, [...facts, fact]);
    changed = true;
  }
  return changed;
}
