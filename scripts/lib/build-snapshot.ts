import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  FactSchema,
  ModelSchema,
  SnapshotSchema,
  SourceSchema,
  type Fact,
  type Model,
  type Snapshot,
  type Source,
} from '../../lib/factbase/schema';
import { AcceptedCorrectionsFileSchema } from '../../lib/factbase/accepted-corrections';
import {
  buildDictionary,
  type BenchmarkEntry,
  type DroppedAlias,
  type FamilyEntry,
} from '../../lib/factbase/dictionary';
import { markDisagreements } from '../../lib/factbase/disagreements';
import { sortKeys } from '../import/lib/write';

const readJson = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;

/** Fact files merged into the snapshot: every data/facts/*.json except the corrections file. */
export function factFiles(dataDir: string): string[] {
  return readdirSync(join(dataDir, 'facts'))
    .filter((f) => f.endsWith('.json') && f !== 'corrections.json')
    .sort();
}

export interface BuildProblems {
  /** Facts without a known source or without a date: must be empty. */
  unsourced: string[];
  undated: string[];
  unknownModel: string[];
}

/**
 * Builds the snapshot from data/ only (never ../shared): models, sources, every fact file, the
 * accepted corrections, disagreement marks and the generated dictionary. Deterministic: the
 * version is a content hash and `created` is the newest date in the data (override with
 * FACTBASE_CREATED), so the same data always gives the same bytes.
 */
export function buildSnapshot(
  dataDir: string,
  opts: { created?: string } = {},
): { snapshot: Snapshot; problems: BuildProblems; dropped: DroppedAlias[] } {
  const models = readJson<unknown[]>(join(dataDir, 'models.json')).map((m) => ModelSchema.parse(m) as Model);
  const sources = readJson<unknown[]>(join(dataDir, 'sources.json')).map(
    (s) => SourceSchema.parse(s) as Source,
  );
  let facts: Fact[] = [];
  for (const f of factFiles(dataDir))
    for (const x of readJson<unknown[]>(join(dataDir, 'facts', f))) facts.push(FactSchema.parse(x));

  const corrPath = join(dataDir, 'facts', 'corrections.json');
  const corrections = existsSync(corrPath) ? AcceptedCorrectionsFileSchema.parse(readJson(corrPath)) : [];
  const superseded = new Set<string>();
  for (const c of corrections) {
    if (c.source && !sources.some((s) => s.id === c.source!.id)) sources.push(c.source);
    for (const id of c.supersedes ?? []) superseded.add(id);
    facts.push(c.fact);
  }
  facts = facts.filter((f) => !superseded.has(f.id));

  const modelIds = new Set(models.map((m) => m.id));
  const sourceIds = new Set(sources.map((s) => s.id));
  const problems: BuildProblems = {
    unsourced: facts.filter((f) => !f.sourceId || !sourceIds.has(f.sourceId)).map((f) => f.id),
    undated: facts.filter((f) => !f.asOf).map((f) => f.id),
    unknownModel: facts.filter((f) => !modelIds.has(f.modelId)).map((f) => f.id),
  };

  facts = markDisagreements(facts).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  models.sort((a, b) => (a.id < b.id ? -1 : 1));
  sources.sort((a, b) => (a.id < b.id ? -1 : 1));

  const families = readJson<FamilyEntry[]>(join(dataDir, 'families.json'));
  const benchmarks = readJson<BenchmarkEntry[]>(join(dataDir, 'benchmarks.json'));
  const hash = createHash('sha256')
    .update(JSON.stringify(sortKeys({ models, sources, facts, families, benchmarks })))
    .digest('hex')
    .slice(0, 12);
  const newest =
    [...facts.map((f) => f.asOf), ...sources.map((s) => s.date)]
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
      .sort()
      .pop() ?? '2025-01-01';
  const created = opts.created ?? process.env.FACTBASE_CREATED ?? `${newest}T00:00:00.000Z`;
  const version = `${created.slice(0, 10).replace(/-/g, '')}-${hash}`;
  const cwPath = join(dataDir, 'common-words.json');
  const commonWords = existsSync(cwPath) ? new Set(readJson<string[]>(cwPath)) : undefined;
  const { dictionary, dropped } = buildDictionary({ version, models, families, benchmarks, commonWords });
  const snapshot = SnapshotSchema.parse(sortKeys({ version, created, models, facts, sources, dictionary }));
  return { snapshot, problems, dropped };
}
