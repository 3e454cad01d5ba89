import { FactSink } from './lib/facts';
import { cellText, parseMarkdownTables, scaled } from './lib/markdown-table';
import type { ModelRegistry } from './lib/registry';

/**
 * Column headings of the README's benchmark tables → the name other sources use for that model
 * (resolved through the registry), and whether DeepSeek made it.
 */
const COLUMNS: Record<string, { name: string; own: boolean; setting?: string; version?: string }> = {
  'DeepSeek-V2': { name: 'DeepSeek-V2 (MoE-236B)', own: true },
  'Qwen2.5 72B': { name: 'Qwen2.5-72B', own: false },
  'LLaMA3.1 405B': { name: 'Llama 3.1-405B', own: false },
  'DeepSeek-V3': { name: 'DeepSeek-V3', own: true },
  'DeepSeek V2-0506': { name: 'DeepSeek-V2 (MoE-236B)', own: true, version: 'DeepSeek-V2-0506 (chat)' },
  'DeepSeek V2.5-0905': { name: 'DeepSeek-V2.5', own: true, version: 'DeepSeek-V2.5-0905' },
  'Qwen2.5 72B-Inst.': { name: 'Qwen2.5-72B-Instruct', own: false },
  'Llama3.1 405B-Inst.': { name: 'Llama 3.1-405B', own: false, setting: 'instruct' },
  'Claude-3.5-Sonnet-1022': { name: 'claude-3-5-sonnet-20241022', own: false },
  'GPT-4o 0513': { name: 'gpt-4o-2024-05-13', own: false },
  'DeepSeek V3': { name: 'DeepSeek-V3', own: true },
};

/** README benchmark labels → canonical benchmark and the setting the label carries. */
function benchmarkOf(label: string): { benchmark: string; setting?: string; unit: string } {
  const m = /^(.*?)\s*(?:\((.*)\))?$/.exec(label.trim())!;
  const name = m[1].trim();
  const metric = m[2]?.trim();
  const unit = /BPB/i.test(metric ?? '') ? 'bpb' : /Percentile/i.test(metric ?? '') ? 'percentile' : '%';
  const map: Record<string, [string, string?]> = {
    MMLU: ['MMLU'],
    'MMLU-Pro': ['MMLU-Pro'],
    DROP: ['DROP'],
    'GPQA-Diamond': ['GPQA Diamond'],
    SimpleQA: ['SimpleQA'],
    HumanEval: ['HumanEval'],
    'HumanEval-Mul': ['HumanEval-Mul'],
    MBPP: ['MBPP'],
    LiveCodeBench: ['LiveCodeBench'],
    'LiveCodeBench-Base': ['LiveCodeBench', 'LiveCodeBench-Base'],
    'SWE Verified': ['SWE-bench Verified'],
    'Aider-Polyglot': ['Aider Polyglot'],
    'AIME 2024': ['AIME 2024'],
    'MATH-500': ['MATH-500'],
    MATH: ['MATH'],
    MGSM: ['MGSM'],
  };
  const hit = map[name];
  const setting = [hit?.[1], metric].filter(Boolean).join(', ') || undefined;
  return { benchmark: hit?.[0] ?? name, setting, unit };
}

const QUOTES = {
  tokens: 'We pre-train DeepSeek-V3 on 14.8 trillion diverse and high-quality tokens',
  gpuFull: 'DeepSeek-V3 requires only 2.788M H800 GPU hours for its full training',
  gpuPre:
    'At an economical cost of only 2.664M H800 GPU hours, we complete the pre-training of DeepSeek-V3 on 14.8T tokens',
  hf: 'The total size of DeepSeek-V3 models on Hugging Face is 685B, which includes 671B of the Main Model weights and 14B of the Multi-Token Prediction (MTP) Module weights.',
  weightsActive:
    'Activation parameters: **36.7B** (including 0.9B for Embedding and 0.9B for the output Head).',
  weightsTotal: 'Total parameters: **671B**',
};

/** Throws if a quoted passage is not in the file: every hand-picked number must be checkable. */
function mustQuote(text: string, quote: string, file: string) {
  if (!text.includes(quote)) throw new Error(`${file}: quoted passage not found: ${quote}`);
}

/**
 * DeepSeek-V3 README (+ README_WEIGHTS.md, config_671B.json): vendor claims. The benchmark tables
 * are parsed; the prose figures are taken from quoted sentences that are checked against the file.
 * DeepSeek's numbers for other developers' models are kept as `independent` (measured by DeepSeek).
 */
export function importDeepseek(
  files: { readme: string; weights: string; config: string },
  reg: ModelRegistry,
  sink: FactSink,
  asOf = '2025-08-27',
): void {
  const R = 'deepseek-v3-readme';
  const V = { provenance: 'vendor' as const, asOf };
  const v3 = 'deepseek-v3';
  for (const s of [R, 'deepseek-v3-readme-weights', 'deepseek-v3-config']) reg.get(v3)?.seenIn.add(s);

  for (const q of [QUOTES.tokens, QUOTES.gpuFull, QUOTES.gpuPre, QUOTES.hf])
    mustQuote(files.readme, q, 'README.md');
  sink.add({
    ...V,
    modelId: v3,
    metric: 'training_tokens',
    value: 14.8e12,
    unit: 'tokens',
    sourceId: R,
    extra: { quote: QUOTES.tokens },
  });
  sink.add({
    ...V,
    modelId: v3,
    metric: 'training_gpu_hours',
    value: 2.788e6,
    unit: 'gpu_hours',
    sourceId: R,
    note: 'full training',
    extra: { hardware: 'H800', quote: QUOTES.gpuFull },
  });
  sink.add({
    ...V,
    modelId: v3,
    metric: 'training_gpu_hours',
    setting: 'pre-training',
    value: 2.664e6,
    unit: 'gpu_hours',
    sourceId: R,
    extra: { hardware: 'H800', quote: QUOTES.gpuPre },
  });
  sink.add({
    ...V,
    modelId: v3,
    metric: 'total_params',
    setting: 'Hugging Face checkpoint incl. MTP module',
    value: 685e9,
    unit: 'params',
    sourceId: R,
    note: '685B = 671B main model + 14B Multi-Token Prediction module',
    extra: { quote: QUOTES.hf },
  });

  // Model Downloads table: total / activated params and context length per model.
  const tables = parseMarkdownTables(files.readme);
  const downloads = tables.find((t) => t.header[0] === 'Model' && t.header.includes('#Total Params'));
  if (!downloads) throw new Error('README.md: Model Downloads table not found');
  for (const row of downloads.rows) {
    const name = cellText(row[0]);
    const setting = /-Base$/.test(name) ? 'base' : undefined;
    const res = reg.resolve(name, R);
    if (!res) continue;
    const quote = `| ${row.slice(0, 4).map(cellText).join(' | ')} |`;
    const [total, active, ctx] = [row[1], row[2], row[3]].map((c) => scaled(cellText(c)));
    const base = {
      ...V,
      modelId: res.model.id,
      setting,
      sourceId: R,
      extra: { model: name, table: 'Model Downloads', row: quote },
    };
    if (total) sink.add({ ...base, metric: 'total_params', value: total, unit: 'params' });
    if (active) sink.add({ ...base, metric: 'active_params', value: active, unit: 'params' });
    if (ctx)
      sink.add({
        ...base,
        metric: 'context_window',
        value: ctx,
        unit: 'tokens',
        valueText: cellText(row[3]),
      });
  }

  // Benchmark tables: base model (with # Shots) and chat model, plus open-ended generation.
  for (const t of tables) {
    const isBase = t.header.includes('# Shots');
    const isChat = t.header.some((h) => h === 'DeepSeek V3');
    const isOpen = t.header[0] === 'Model' && t.header.includes('Arena-Hard');
    if (isOpen) {
      for (const row of t.rows) {
        const col = { 'DeepSeek-V3': 'deepseek-v3', 'GPT-4o-0513': 'gpt-4o-2024-05-13' }[cellText(row[0])];
        if (!col) continue;
        t.header.slice(1).forEach((bench, i) => {
          const value = Number(cellText(row[i + 1]));
          if (!Number.isFinite(value)) return;
          const own = col === 'deepseek-v3';
          sink.add({
            modelId: col,
            metric: 'benchmark_score',
            benchmark: bench,
            setting: bench === 'AlpacaEval 2.0' ? 'length-controlled win rate' : undefined,
            value,
            unit: '%',
            asOf,
            provenance: own ? 'vendor' : 'independent',
            sourceId: R,
            note: own
              ? undefined
              : 'Measured by DeepSeek for its DeepSeek-V3 README, not by the model developer.',
            extra: { column: cellText(row[0]), table: 'Open Ended Generation Evaluation' },
          });
        });
      }
      continue;
    }
    if (!isBase && !isChat) continue;
    const first = isBase ? 3 : 2;
    const labelCol = 1;
    for (const row of t.rows) {
      const label = cellText(row[labelCol]);
      if (!label || /Architecture|# Activated Params|# Total Params/.test(label)) continue;
      const shots = isBase ? cellText(row[2]) : undefined;
      const b = benchmarkOf(label);
      t.header.slice(first).forEach((colName, i) => {
        const col = COLUMNS[colName];
        const value = Number(cellText(row[first + i] ?? ''));
        const id = col ? reg.resolve(col.name, R)?.model.id : undefined;
        if (!col || !id || !Number.isFinite(value)) return;
        const setting =
          [isBase ? 'base' : col.setting, shots && shots !== '-' ? shots : undefined, b.setting]
            .filter(Boolean)
            .join(', ') || undefined;
        sink.add({
          modelId: id,
          metric: 'benchmark_score',
          benchmark: b.benchmark,
          setting,
          value,
          unit: b.unit,
          asOf,
          provenance: col.own ? 'vendor' : 'independent',
          sourceId: R,
          note: col.own
            ? undefined
            : 'Measured by DeepSeek for its DeepSeek-V3 README, not by the model developer.',
          extra: {
            column: colName,
            label,
            table: isBase ? 'Base Model' : 'Chat Model',
            ...(col.version ? { version: col.version } : {}),
          },
        });
      });
    }
  }

  // README_WEIGHTS.md: main-model parameter counts (36.7B activated vs the README's 37B).
  mustQuote(files.weights, QUOTES.weightsActive, 'README_WEIGHTS.md');
  mustQuote(files.weights, QUOTES.weightsTotal, 'README_WEIGHTS.md');
  const W = { ...V, modelId: v3, sourceId: 'deepseek-v3-readme-weights' };
  sink.add({
    ...W,
    metric: 'active_params',
    value: 36.7e9,
    unit: 'params',
    note: 'Main Model weights, including 0.9B embedding and 0.9B output head',
    extra: { quote: QUOTES.weightsActive },
  });
  sink.add({
    ...W,
    metric: 'total_params',
    value: 671e9,
    unit: 'params',
    note: 'Main Model weights',
    extra: { quote: QUOTES.weightsTotal },
  });

  // config_671B.json: expert counts.
  const cfg = JSON.parse(files.config) as Record<string, number | string>;
  sink.add({
    ...V,
    modelId: v3,
    metric: 'experts',
    value: Number(cfg.n_routed_experts),
    unit: 'experts',
    sourceId: 'deepseek-v3-config',
    note: `routed experts; plus ${cfg.n_shared_experts} shared expert, ${cfg.n_activated_experts} routed experts active per token`,
    extra: {
      n_routed_experts: Number(cfg.n_routed_experts),
      n_shared_experts: Number(cfg.n_shared_experts),
      n_activated_experts: Number(cfg.n_activated_experts),
      n_layers: Number(cfg.n_layers),
      dim: Number(cfg.dim),
      vocab_size: Number(cfg.vocab_size),
      dtype: String(cfg.dtype),
    },
  });
  // Licences: code MIT, weights under the DeepSeek License Agreement.
  sink.add({
    ...V,
    modelId: v3,
    metric: 'license',
    valueText: 'DeepSeek License Agreement (weights); MIT (code)',
    unit: 'text',
    sourceId: 'deepseek-v3-licence-model',
  });
}
