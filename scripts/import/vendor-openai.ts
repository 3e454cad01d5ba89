import { FactSink } from './lib/facts';
import { cellText, parseMarkdownTables } from './lib/markdown-table';
import type { ModelRegistry } from './lib/registry';

/** Table columns → canonical benchmark (+ setting from the header). */
const BENCH: Record<string, { benchmark: string; setting?: string }> = {
  MMLU: { benchmark: 'MMLU' },
  GPQA: { benchmark: 'GPQA' },
  MATH: { benchmark: 'MATH' },
  HumanEval: { benchmark: 'HumanEval' },
  MGSM: { benchmark: 'MGSM' },
  'DROP (F1, 3-shot)': { benchmark: 'DROP', setting: 'F1, 3-shot' },
  SimpleQA: { benchmark: 'SimpleQA' },
};

/** Section headers whose models OpenAI evaluates on MATH-500 (footnote 6: "on or after o1"). */
const MATH500_SECTIONS = new Set(['o3', 'o4-mini', 'o3-mini', 'o1', 'GPT-4.1', 'GPT-4.5-preview']);

/**
 * OpenAI simple-evals README table. OpenAI's own rows are vendor claims for OpenAI models; the
 * "Other Models (Reported)" rows restate other developers' published figures (also vendor claims,
 * of those developers). Reasoning-effort suffixes ("o3-high") become the setting.
 */
export function importSimpleEvals(
  readme: string,
  reg: ModelRegistry,
  sink: FactSink,
  sourceId = 'openai-simple-evals',
  asOf = '2025-07-09',
): number {
  const table = parseMarkdownTables(readme).find((t) => t.header[0] === 'Model' && t.header.includes('MMLU'));
  if (!table) throw new Error('simple-evals README: results table not found');
  let section = '';
  let n = 0;
  for (const row of table.rows) {
    const cells = row.map(cellText);
    const label = cells[0];
    if (!label) continue;
    if (cells.slice(1).every((c) => !c)) {
      section = label;
      continue;
    }
    const reported = /Other Models/i.test(section);
    let name = label;
    let setting: string | undefined;
    const effort = /^(.*)-(high|low)$/.exec(label);
    if (effort && reg.lookup(effort[1])) {
      name = effort[1];
      setting = `${effort[2]} reasoning effort`;
    }
    const res = reg.resolve(name, sourceId, {
      createIfMissing: true,
      create: { vendor: reported ? undefined : 'OpenAI' },
    })!;
    table.header.forEach((h, i) => {
      const b = BENCH[h];
      if (!b || i === 0) return;
      const raw = cells[i];
      const value = Number(raw);
      if (!raw || !Number.isFinite(value)) return;
      const benchmark = b.benchmark === 'MATH' && MATH500_SECTIONS.has(section) ? 'MATH-500' : b.benchmark;
      sink.add({
        modelId: res.model.id,
        metric: 'benchmark_score',
        benchmark,
        setting: [setting, res.setting, b.setting].filter(Boolean).join(', ') || undefined,
        value,
        unit: '%',
        asOf,
        provenance: 'vendor',
        sourceId,
        note: reported
          ? 'Developer\'s published figure, restated by OpenAI under "Other Models (Reported)".'
          : b.benchmark === 'MATH'
            ? 'OpenAI evaluates models released on or after o1 on MATH-500 (README footnote 6).'
            : b.benchmark === 'GPQA'
              ? 'Column "GPQA" (README footnote 8: includes an answer regex tweak).'
              : undefined,
        extra: { row: label, ...(cells[1] ? { prompt: cells[1] } : {}), section },
      });
      n++;
    });
  }
  return n;
}
