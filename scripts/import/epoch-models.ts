import { parseCsvObjects } from './lib/csv';
import { FactSink, clean, num, shortNote } from './lib/facts';
import type { ModelRegistry } from './lib/registry';

const SOURCE = 'epoch-models';

/** Epoch "Model accessibility" → model status (only "Unreleased" changes it). */
function statusOf(access: string): 'released' | 'unreleased' {
  return /^unreleased$/i.test(access.trim()) ? 'unreleased' : 'released';
}

/** `2025-05-29 15:19` → `2025-05-29`. */
const day = (s: string | undefined) => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined);

/**
 * Epoch AI models database → one model per row and database facts: parameters, training compute
 * (with bounds), dataset size (language models only, as tokens), hardware quantity, chip-hours,
 * publication date, accessibility (licence). asOf = the row's "Last modified" date.
 */
export function importEpochModels(
  csv: string,
  reg: ModelRegistry,
  sink: FactSink,
  sourceDate = '2025-06-20',
): number {
  const rows = parseCsvObjects(csv);
  for (const r of rows) {
    const name = r['Model'];
    if (!name) continue;
    // Two Epoch rows whose names differ only in case/spacing are still two models.
    const prior = reg.lookup(name);
    const claimed = prior !== undefined && !prior.core && prior.seenIn.has(SOURCE);
    const res = claimed ? undefined : reg.resolve(name, SOURCE);
    const model =
      res?.model ??
      reg.create(name, {
        vendor: r['Organization'] || undefined,
        status: statusOf(r['Model accessibility'] ?? ''),
        releaseDate: day(r['Publication date']),
      });
    model.seenIn.add(SOURCE);
    const setting = res?.setting;
    if (!model.core) {
      model.vendor ??= r['Organization'] || undefined;
      model.releaseDate ??= day(r['Publication date']);
    }
    const asOf = day(r['Last modified']) ?? sourceDate;
    const base = { modelId: model.id, sourceId: SOURCE, provenance: 'database' as const, asOf, setting };
    const confidence = r['Confidence'] || undefined;

    const params = num(r['Parameters']);
    if (params !== undefined)
      sink.add({
        ...base,
        metric: 'total_params',
        value: clean(params),
        unit: 'params',
        note: shortNote(r['Parameters notes']),
      });

    const compute = num(r['Training compute (FLOP)']);
    const lo = num(r['Training compute lower bound']);
    const hi = num(r['Training compute upper bound']);
    if (compute !== undefined || lo !== undefined)
      sink.add({
        ...base,
        metric: 'training_compute',
        value: compute !== undefined ? clean(compute) : undefined,
        low: lo !== undefined ? clean(lo) : undefined,
        high: hi !== undefined ? clean(hi) : undefined,
        valueText: compute === undefined && lo !== undefined ? `at least ${clean(lo)}` : undefined,
        unit: 'flop',
        note: shortNote(r['Training compute notes']),
        extra: confidence ? { confidence } : undefined,
      });

    const size = num(r['Training dataset size (datapoints)']);
    if (size !== undefined && /Language/i.test(r['Domain'] ?? ''))
      sink.add({
        ...base,
        metric: 'training_tokens',
        value: clean(size),
        unit: 'tokens',
        note: shortNote(r['Dataset size notes']) ?? 'Epoch "Training dataset size (datapoints)"',
        extra: { epochField: 'Training dataset size (datapoints)' },
      });

    const hardware = r['Training hardware'] || undefined;
    const qty = num(r['Hardware quantity']);
    if (qty !== undefined)
      sink.add({
        ...base,
        metric: 'training_gpus',
        value: qty,
        unit: 'gpus',
        valueText: hardware,
        note: hardware ? undefined : 'chip type not given',
        extra: hardware ? { hardware } : undefined,
      });

    const chipHours = num(r['Training chip-hours']);
    if (chipHours !== undefined)
      sink.add({
        ...base,
        metric: 'training_gpu_hours',
        value: clean(chipHours),
        unit: 'gpu_hours',
        note: shortNote(r['Training time notes']),
        extra: hardware ? { hardware } : undefined,
      });

    const pub = day(r['Publication date']);
    if (pub)
      sink.add({
        ...base,
        metric: 'release_date',
        // Epoch's "Publication date" is the announcement/paper date; for an unreleased model it
        // is not a release.
        setting: model.status === 'unreleased' ? 'announced, not released' : setting,
        valueText: pub,
        unit: 'date',
        note: shortNote(`Epoch "Publication date"${r['Reference'] ? `: ${r['Reference']}` : ''}`),
      });

    // Developer figures Epoch quotes in its notes ("288 billion active parameter model with 16
    // experts"): vendor claims reached through the database, kept with the quote.
    const pnotes = r['Parameters notes'] ?? '';
    const quoted =
      /"[^"]*?(\d+(?:\.\d+)?) billion active parameters?(?: model)?(?:,| with) (\d+) experts[^"]*"/.exec(
        pnotes,
      );
    if (quoted) {
      const vq = {
        ...base,
        provenance: 'vendor' as const,
        note: "developer figure quoted in Epoch's Parameters notes",
        extra: { quote: shortNote(quoted[0], 300)! },
      };
      sink.add({ ...vq, metric: 'active_params', value: Number(quoted[1]) * 1e9, unit: 'params' });
      sink.add({ ...vq, metric: 'experts', value: Number(quoted[2]), unit: 'experts' });
    }

    const access = r['Model accessibility'];
    if (access)
      sink.add({
        ...base,
        metric: 'license',
        valueText: access,
        unit: 'text',
        note: shortNote(r['Accessibility notes']),
      });
  }
  return rows.length;
}
