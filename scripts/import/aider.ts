import { parse } from 'yaml';
import { FactSink } from './lib/facts';
import type { ModelRegistry } from './lib/registry';

interface AiderEntry {
  dirname?: string;
  model?: string;
  edit_format?: string;
  pass_rate_1?: number;
  pass_rate_2?: number;
  percent_cases_well_formed?: number;
  total_tests?: number;
  command?: string;
  date?: string | Date;
  versions?: string;
  total_cost?: number;
}

const isoDay = (d: string | Date | undefined) =>
  d instanceof Date
    ? d.toISOString().slice(0, 10)
    : typeof d === 'string' && /^\d{4}-\d{2}-\d{2}/.test(d)
      ? d.slice(0, 10)
      : undefined;

/**
 * Aider polyglot leaderboard YAML (independent). The headline number is pass_rate_2 (percent of
 * the 225 exercises solved within two tries); pass_rate_1, edit format, command (which API or
 * provider served the model) and cost go to extra. asOf = the run date.
 */
export function importAider(
  yamlText: string,
  reg: ModelRegistry,
  sink: FactSink,
  sourceId = 'aider-polyglot',
  fallbackDate = '2025-10-04',
): number {
  const entries = (parse(yamlText) as AiderEntry[]) ?? [];
  for (const e of entries) {
    if (!e.model || typeof e.pass_rate_2 !== 'number') continue;
    const res = reg.resolve(String(e.model), sourceId, { createIfMissing: true })!;
    const extra: Record<string, string | number> = { aiderModel: String(e.model), ...(res.extra ?? {}) };
    if (typeof e.pass_rate_1 === 'number') extra.passRate1 = e.pass_rate_1;
    if (e.edit_format) extra.editFormat = e.edit_format;
    if (typeof e.percent_cases_well_formed === 'number')
      extra.percentWellFormed = e.percent_cases_well_formed;
    if (typeof e.total_tests === 'number') extra.totalTests = e.total_tests;
    if (e.command) extra.command = e.command;
    if (typeof e.total_cost === 'number') extra.totalCost = e.total_cost;
    if (e.versions) extra.aiderVersion = String(e.versions);
    const provider =
      /--model\s+(nvidia_nim|openrouter|together_ai|together|fireworks_ai|fireworks|chutes|deepinfra|groq)\//i.exec(
        e.command ?? '',
      )?.[1];
    if (provider && !extra.provider) extra.provider = provider;
    sink.add({
      modelId: res.model.id,
      metric: 'benchmark_score',
      benchmark: 'Aider Polyglot',
      setting: res.setting,
      value: e.pass_rate_2,
      unit: '%',
      asOf: isoDay(e.date) ?? fallbackDate,
      provenance: 'independent',
      sourceId,
      idHint: e.dirname,
      note: 'pass rate after two attempts (pass_rate_2)',
      extra,
    });
  }
  return entries.length;
}
