import { parseCsvObjects } from './lib/csv';
import { FactSink, num, shortNote } from './lib/facts';
import type { ModelRegistry } from './lib/registry';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** `17 November 2025 4:28pm` → `2025-11-17`. */
export function parseRunDate(s: string): string | undefined {
  const m = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})/.exec(s.trim());
  if (!m) return undefined;
  const mon = MONTHS.indexOf(m[2].toLowerCase());
  if (mon < 0) return undefined;
  return `${m[3]}-${String(mon + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** Epoch task names → canonical benchmark + the part of the task name that is a setting. */
export function benchmarkOfTask(task: string): { benchmark: string; setting?: string } | undefined {
  const t = task.trim();
  if (/^GPQA diamond$/i.test(t)) return { benchmark: 'GPQA Diamond' };
  if (/^MATH level 5$/i.test(t)) return { benchmark: 'MATH Level 5' };
  if (/^OTIS Mock AIME/i.test(t))
    return { benchmark: 'OTIS Mock AIME', setting: t.replace(/^OTIS Mock AIME\s*/i, '') || undefined };
  if (/^SWE-Bench verified$/i.test(t)) return { benchmark: 'SWE-bench Verified' };
  const fm = /^FrontierMath-(.*)$/i.exec(t);
  if (fm) {
    // "Tier-4-2025-07-01-Private" → "tier 4 2025-07-01 private" (the date keeps its hyphens).
    const parts = /^(?:Tier-(\d+)-)?(\d{4}-\d{2}-\d{2})-(\w+)$/i.exec(fm[1]);
    const setting = parts
      ? `${parts[1] ? `tier ${parts[1]} ` : ''}${parts[2]} ${parts[3]}`
      : fm[1].replace(/-/g, ' ');
    return { benchmark: 'FrontierMath', setting: setting.toLowerCase() };
  }
  return undefined;
}

const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(', ') || undefined;

/**
 * Epoch's own benchmark runs (independent). Scores stay fractions as printed (unit `fraction`);
 * the ± from the Scores column goes to extra. asOf = the run's start date.
 */
export function importEpochRuns(
  csv: string,
  reg: ModelRegistry,
  sink: FactSink,
  sourceId = 'epoch-benchmark-runs',
): number {
  const rows = parseCsvObjects(csv);
  for (const r of rows) {
    const b = benchmarkOfTask(r['task'] ?? '');
    const value = num(r['Best score (across scorers)']);
    if (!b || value === undefined || !r['model']) continue;
    const res = reg.resolve(r['model'], sourceId, { createIfMissing: true })!;
    const pm = /±\s*([\d.]+)/.exec(r['Scores'] ?? '');
    const extra: Record<string, string | number> = {
      epochModel: r['model'],
      task: r['task'],
      ...(res.extra ?? {}),
    };
    if (pm) extra.stderr = Number(pm[1]);
    if (r['id']) extra.runId = r['id'];
    sink.add({
      modelId: res.model.id,
      metric: 'benchmark_score',
      benchmark: b.benchmark,
      setting: join(b.setting, res.setting),
      value,
      unit: 'fraction',
      asOf: parseRunDate(r['started_at'] ?? '') ?? '2025-12-03',
      provenance: 'independent',
      sourceId,
      idHint: r['id'],
      extra,
    });
  }
  return rows.length;
}

const pct = (s: string | undefined) => num(s);

/** Restated third-party leaderboards keep the original leaderboard's name and link in extra. */
function original(r: Record<string, string>) {
  const o: Record<string, string> = {};
  if (r['Source']) o.originalSource = r['Source'];
  if (r['Source link']) o.originalUrl = r['Source link'];
  return o;
}

type Resolved = NonNullable<ReturnType<ModelRegistry['resolve']>>;

/**
 * The fact every restated leaderboard row becomes: one benchmark_score for the resolved model,
 * its setting joined with the model's own (one place, so the four importers stay alike).
 */
function addRestatedScore(
  sink: FactSink,
  res: Resolved,
  f: {
    benchmark: string;
    setting?: string;
    value: number;
    unit: string;
    asOf: string;
    provenance?: 'independent' | 'vendor';
    sourceId: string;
    note?: string;
    idHint?: string;
    extra: Record<string, string | number>;
  },
): void {
  sink.add({
    modelId: res.model.id,
    metric: 'benchmark_score',
    benchmark: f.benchmark,
    setting: join(f.setting, res.setting),
    value: f.value,
    unit: f.unit,
    asOf: f.asOf,
    provenance: f.provenance ?? 'independent',
    sourceId: f.sourceId,
    note: f.note,
    idHint: f.idHint,
    extra: f.extra,
  });
}

/** Fiction.LiveBench restated by Epoch: one fact per context length column ("120k token score"). */
export function importFictionLiveBench(
  csv: string,
  reg: ModelRegistry,
  sink: FactSink,
  sourceId = 'epoch-fictionlivebench',
  asOf = '2025-12-03',
): number {
  const rows = parseCsvObjects(csv);
  for (const r of rows) {
    if (!r['Model version']) continue;
    const res = reg.resolve(r['Model version'], sourceId, { createIfMissing: true })!;
    for (const col of Object.keys(r)) {
      const m = /^(\d+k?) token score$/i.exec(col);
      const v = pct(r[col]);
      if (!m || v === undefined) continue;
      addRestatedScore(sink, res, {
        benchmark: 'Fiction.LiveBench',
        setting: `${m[1]} tokens`,
        value: v,
        unit: '%',
        asOf,
        sourceId,
        note: shortNote(r['Notes']),
        extra: { modelVersion: r['Model version'], ...original(r), ...(res.extra ?? {}) },
      });
    }
  }
  return rows.length;
}

/** Aider polyglot restated by Epoch (the Aider YAML is imported separately as the primary copy). */
export function importEpochAider(
  csv: string,
  reg: ModelRegistry,
  sink: FactSink,
  sourceId = 'epoch-aider-polyglot',
  asOf = '2025-12-03',
): number {
  const rows = parseCsvObjects(csv);
  for (const r of rows) {
    const v = pct(r['Percent correct']);
    if (!r['Model version'] || v === undefined) continue;
    const res = reg.resolve(r['Model version'], sourceId, { createIfMissing: true })!;
    const extra: Record<string, string | number> = {
      modelVersion: r['Model version'],
      ...original(r),
      ...(res.extra ?? {}),
    };
    if (r['Edit format']) extra.editFormat = r['Edit format'];
    const wf = pct(r['Percent using correct edit format']);
    if (wf !== undefined) extra.percentWellFormed = wf;
    if (r['Cost']) extra.cost = r['Cost'];
    addRestatedScore(sink, res, {
      benchmark: 'Aider Polyglot',
      value: v,
      unit: '%',
      asOf,
      sourceId,
      note: shortNote(r['Notes']),
      idHint: r['id'],
      extra,
    });
  }
  return rows.length;
}

/**
 * LiveBench restated by Epoch. The LiveBench name (`id`) is resolved first because it carries
 * the variant ("claude-3-7-sonnet-thinking") where Epoch's "Model version" may not.
 */
export function importEpochLiveBench(
  csv: string,
  reg: ModelRegistry,
  sink: FactSink,
  sourceId = 'epoch-livebench',
  asOf = '2025-12-03',
): number {
  const rows = parseCsvObjects(csv);
  for (const r of rows) {
    const v = num(r['Global average']);
    if (v === undefined) continue;
    const name = r['id'] || r['Model version'];
    if (!name) continue;
    const res =
      reg.resolve(r['id'], sourceId) ??
      (r['Model version'] ? reg.resolve(r['Model version'], sourceId) : undefined) ??
      reg.resolve(name, sourceId, { createIfMissing: true })!;
    const extra: Record<string, string | number> = {
      livebenchName: r['id'],
      ...original(r),
      ...(res.extra ?? {}),
    };
    if (r['Model version']) extra.modelVersion = r['Model version'];
    for (const col of [
      'Reasoning average',
      'Coding average',
      'Mathematics average',
      'Data analysis average',
      'Language average',
      'IF Average',
    ]) {
      const n = num(r[col]);
      if (n !== undefined)
        extra[
          col
            .replace(/ (a|A)verage$/, '')
            .toLowerCase()
            .replace(/ /g, '_')
        ] = n;
    }
    addRestatedScore(sink, res, {
      benchmark: 'LiveBench',
      setting: r['LiveBench Version']
        ? `version ${r['LiveBench Version'].replace(/^LiveBench-/, '')}`
        : undefined,
      value: v,
      unit: 'score',
      asOf,
      sourceId,
      note: shortNote(r['Notes']),
      extra,
    });
  }
  return rows.length;
}

/**
 * MMLU restated by Epoch. HELM ("Stanford CRFM Leaderboard") rows are independent runs; rows whose
 * source is a developer's own technical report are vendor claims restated (provenance vendor).
 */
export function importEpochMmlu(
  csv: string,
  reg: ModelRegistry,
  sink: FactSink,
  sourceId = 'epoch-mmlu',
  asOf = '2025-12-03',
): number {
  const rows = parseCsvObjects(csv);
  for (const r of rows) {
    const v = pct(r['EM']);
    const name = r['Model version'] || r['Name'];
    if (!name || v === undefined) continue;
    const res = reg.resolve(name, sourceId, { createIfMissing: true })!;
    const helm = /crfm|helm/i.test(r['Source'] ?? '');
    addRestatedScore(sink, res, {
      benchmark: 'MMLU',
      setting: r['Shots'] ? `${r['Shots']}-shot` : undefined,
      value: v,
      unit: '%',
      asOf,
      provenance: helm ? 'independent' : 'vendor',
      sourceId,
      note: shortNote(helm ? r['Notes'] : join(`Reported in "${r['Source']}"`, r['Notes'])),
      idHint: r['id'],
      extra: {
        name: r['Name'],
        ...(r['Model version'] ? { modelVersion: r['Model version'] } : {}),
        ...original(r),
        ...(res.extra ?? {}),
      },
    });
  }
  return rows.length;
}

/**
 * Epoch model_versions.csv: version ids → release dates. A version id no earlier source knows
 * becomes a child of the model named in the `Model` column (variantLabel = the version id).
 */
export function importModelVersions(
  csv: string,
  reg: ModelRegistry,
  sink: FactSink,
  sourceId = 'epoch-model-versions',
  asOf = '2025-12-03',
): number {
  const rows = parseCsvObjects(csv);
  for (const r of rows) {
    const id = r['id'];
    if (!id) continue;
    let res = reg.resolve(id, sourceId);
    // "o3-2025-04-16_high", "claude-…_16K": a setting of the base version, not a model.
    if (!res && /_(high|medium|low|minimal|\d+K)$/i.test(id))
      res = reg.resolve(id, sourceId, { createIfMissing: true });
    if (!res) {
      const parent = r['Model'] ? reg.resolve(r['Model'], sourceId) : undefined;
      const date = /^\d{4}-\d{2}-\d{2}$/.test(r['Version release date'] ?? '')
        ? r['Version release date']
        : undefined;
      const version = reg.variantOf(id);
      if (parent && !parent.setting && version?.parent.id === parent.model.id) {
        // "o1-2024-12-17", "claude-3-5-sonnet-20241022": the general version rule (registry).
        const m = reg.createVersion(id, sourceId, { releaseDate: date });
        res = reg.resolve(m.name, sourceId)!;
      } else if (parent && !parent.setting) {
        const m = reg.create(id, {
          parent: parent.model.id,
          variantLabel: id,
          family: parent.model.family,
          vendor: parent.model.vendor,
          releaseDate: date,
        });
        res = reg.resolve(m.name, sourceId)!;
      } else res = reg.resolve(id, sourceId, { createIfMissing: true, create: { releaseDate: date } })!;
    }
    const date = r['Version release date'];
    // A provider's deployment date ("chutes/…") is not the model's release date.
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || res.extra?.provider) continue;
    if (res.setting && /thinking budget|reasoning effort/.test(res.setting)) continue;
    sink.add({
      modelId: res.model.id,
      metric: 'release_date',
      setting: res.setting,
      valueText: date,
      unit: 'date',
      asOf,
      provenance: 'database',
      sourceId,
      idHint: id,
      note: shortNote(`Version ${id}${r['Link'] ? ` (${r['Link']})` : ''}. ${r['Notes'] ?? ''}`),
      extra: { version: id, ...(res.extra ?? {}) },
    });
  }
  return rows.length;
}
