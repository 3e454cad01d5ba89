import { parseHTML } from 'linkedom';
import { FactSink } from './lib/facts';
import { parseMarkdownTables, cellText, scaled } from './lib/markdown-table';
import type { ModelRegistry } from './lib/registry';

const CARD = 'meta-llama4-model-card';
const README = 'meta-llama-models-readme';

/** Rows of every HTML <table> in the card, colspans expanded, rowspans ignored (handled by regex). */
export function htmlTables(md: string): string[][][] {
  const { document } = parseHTML(
    `<html><body>${md.match(/<table>[\s\S]*?<\/table>/g)?.join('\n') ?? ''}</body></html>`,
  );
  return [...document.querySelectorAll('table')].map((t) =>
    [...t.querySelectorAll('tr')].map((tr) =>
      [...tr.querySelectorAll('td,th')].flatMap((c) => {
        const text = (c.textContent ?? '').replace(/\s+/g, ' ').trim();
        return Array.from({ length: Number(c.getAttribute('colspan') ?? 1) }, () => text);
      }),
    ),
  );
}

const BENCH: [RegExp, string, string?][] = [
  [/^MMLU Pro$|^MMLU-Pro$/, 'MMLU-Pro'],
  [/^MMLU$/, 'MMLU'],
  [/^MATH$/, 'MATH'],
  [/^MBPP$/, 'MBPP'],
  [/^TydiQA$/, 'TydiQA'],
  [/^ChartQA$/, 'ChartQA'],
  [/^DocVQA \(test\)$/, 'DocVQA', 'test'],
  [/^DocVQA$/, 'DocVQA'],
  [/^MMMU Pro\^?$/, 'MMMU-Pro', 'average of Standard and Vision'],
  [/^MMMU$/, 'MMMU'],
  [/^MathVista$/, 'MathVista'],
  [/^LiveCodeBench \((.*)\)$/, 'LiveCodeBench'],
  [/^GPQA Diamond$/, 'GPQA Diamond'],
  [/^MGSM$/, 'MGSM'],
  [/^MTOB \((half|full) book\)/, 'MTOB'],
];

/**
 * Llama 4 model card (vendor claims). The HTML tables are parsed (model info, pre-trained and
 * instruction-tuned benchmarks), the GPU-hours markdown table too; release date and licence come
 * from quoted lines that must be present in the file. Also the repo README's releases table.
 */
export function importLlama4Card(
  card: string,
  readme: string,
  reg: ModelRegistry,
  sink: FactSink,
  asOf = '2025-04-05',
): void {
  const V = { provenance: 'vendor' as const, asOf, sourceId: CARD };
  const model = (name: string) => {
    const r = reg.resolve(name.replace(/\s*\(.*\)\s*$/, ''), CARD, {
      createIfMissing: true,
      create: { vendor: 'Meta' },
    })!;
    return r.model.id;
  };
  const [info, pre, inst] = htmlTables(card);
  if (!info || !pre || !inst) throw new Error('MODEL_CARD.md: expected three tables');

  // Model information table.
  for (const row of info.slice(1)) {
    const name = row[0];
    const id = model(name);
    const rowText = row.join(' | ');
    const extra = { row: rowText.slice(0, 200) };
    const experts = /x(\d+)E\)/.exec(name);
    if (experts)
      sink.add({
        ...V,
        modelId: id,
        metric: 'experts',
        value: Number(experts[1]),
        unit: 'experts',
        note: `model name "${name}"`,
        extra,
      });
    for (const cell of row.slice(1)) {
      const p = /(\d+)B \(Activated\)\s*(\d+)B \(Total\)/.exec(cell);
      if (p) {
        sink.add({
          ...V,
          modelId: id,
          metric: 'active_params',
          value: Number(p[1]) * 1e9,
          unit: 'params',
          extra: { ...extra, cell },
        });
        sink.add({
          ...V,
          modelId: id,
          metric: 'total_params',
          value: Number(p[2]) * 1e9,
          unit: 'params',
          extra: { ...extra, cell },
        });
      } else if (/^\d+(\.\d+)?M$/.test(cell)) {
        sink.add({
          ...V,
          modelId: id,
          metric: 'context_window',
          value: scaled(cell)!,
          valueText: cell,
          unit: 'tokens',
          extra: { ...extra, cell },
        });
      } else if (/^~\d+(\.\d+)?T$/.test(cell)) {
        sink.add({
          ...V,
          modelId: id,
          metric: 'training_tokens',
          value: scaled(cell)!,
          valueText: cell,
          unit: 'tokens',
          note: 'pretraining tokens, approximate ("~")',
          extra: { ...extra, cell },
        });
      }
    }
  }

  // Benchmark tables.
  for (const [table, phase] of [
    [pre, 'pretrained'],
    [inst, 'instruct'],
  ] as const) {
    const header = table[0];
    const modelCols = header.slice(4).map(model);
    for (const row of table.slice(1)) {
      const label = row[1];
      const hit = BENCH.find(([re]) => re.test(label));
      if (!hit) continue;
      const [re, benchmark, fixed] = hit;
      const sub = re.exec(label)?.[1];
      const shots = row[2];
      const settingBase = [
        phase,
        /^\d+$/.test(shots) ? `${shots}-shot` : undefined,
        fixed,
        benchmark === 'MTOB' ? `${sub} book` : benchmark === 'LiveCodeBench' ? sub : undefined,
      ];
      modelCols.forEach((id, i) => {
        const cell = row[4 + i] ?? '';
        const parts = cell.split('/').map((s) => s.trim());
        const directions = benchmark === 'MTOB' ? ['eng->kgv', 'kgv->eng'] : [undefined];
        parts.forEach((p, k) => {
          const value = Number(p);
          if (!p || !Number.isFinite(value) || k >= directions.length) return;
          sink.add({
            ...V,
            modelId: id,
            metric: 'benchmark_score',
            benchmark,
            setting: [...settingBase, directions[k]].filter(Boolean).join(', '),
            value,
            unit: benchmark === 'MTOB' ? 'chrF' : '%',
            note: 'Meta: all reported evaluations were run on bf16 models.',
            extra: {
              row: label,
              metric: row[3],
              column: header[4 + i],
              table: phase === 'pretrained' ? 'Pre-trained models' : 'Instruction tuned models',
            },
          });
        });
      });
    }
  }

  // Training GPU hours (markdown table): per model, H100-80GB.
  const gpu = parseMarkdownTables(card).find((t) => t.header[1]?.startsWith('Training Time (GPU hours)'));
  if (!gpu) throw new Error('MODEL_CARD.md: GPU hours table not found');
  for (const row of gpu.rows) {
    const name = cellText(row[0]);
    if (!/Llama 4/.test(name)) continue;
    sink.add({
      ...V,
      modelId: model(name),
      metric: 'training_gpu_hours',
      value: scaled(cellText(row[1]))!,
      valueText: cellText(row[1]),
      unit: 'gpu_hours',
      note: 'H100-80GB (TDP 700W); card total for Scout + Maverick: 7.38M GPU hours',
      extra: {
        hardware: 'H100-80GB',
        co2LocationBasedTons: cellText(row[3]).replace(/,/g, ''),
        row: row.map(cellText).join(' | '),
      },
    });
  }

  // Quoted lines: release date and licence, for both released models.
  const release = '**Model Release Date:** April 5, 2025';
  const licence = 'A custom commercial license, the Llama 4 Community License Agreement';
  for (const q of [release, licence])
    if (!card.includes(q)) throw new Error(`MODEL_CARD.md: quoted passage not found: ${q}`);
  for (const id of ['llama-4-scout', 'llama-4-maverick']) {
    sink.add({
      ...V,
      modelId: id,
      metric: 'release_date',
      valueText: '2025-04-05',
      unit: 'date',
      extra: { quote: release },
    });
    sink.add({
      ...V,
      modelId: id,
      metric: 'license',
      valueText: 'Llama 4 Community License Agreement',
      unit: 'text',
      extra: { quote: licence },
    });
  }

  importLlamaReadme(readme, reg, sink);
}

/** "4/5/2025" → "2025-04-05". */
const usDate = (t: string) => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t.trim());
  return m ? `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}` : undefined;
};

/**
 * meta-llama/llama-models README releases table (vendor): per release and size, the context
 * length and launch date. "Llama 3.1 | 8B, 70B, 405B | 128K" gives one fact per size; Llama 4's
 * sizes ("Scout-17B-16E, Maverick-17B-128E") pair with its two context lengths ("10M, 1M").
 */
export function importLlamaReadme(
  readme: string,
  reg: ModelRegistry,
  sink: FactSink,
  asOf = '2025-04-05',
): number {
  const table = parseMarkdownTables(readme).find(
    (t) => t.header[0] === 'Model' && t.header.includes('Context Length'),
  );
  if (!table) throw new Error('README.md: Llama releases table not found');
  const iDate = table.header.indexOf('Launch date');
  const iSizes = table.header.indexOf('Model sizes');
  const iCtx = table.header.indexOf('Context Length');
  let n = 0;
  for (const raw of table.rows) {
    const row = raw.map(cellText);
    const release = row[0];
    const sizes = row[iSizes]
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    const ctx = row[iCtx]
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    const date = usDate(row[iDate] ?? '');
    sizes.forEach((size, i) => {
      const c = ctx.length === sizes.length ? ctx[i] : ctx[0];
      const special = /^Scout-/.test(size)
        ? 'Llama 4 Scout'
        : /^Maverick-/.test(size)
          ? 'Llama 4 Maverick'
          : undefined;
      const name = special ?? `${release} ${size}`;
      const res = reg.resolve(name, README, { createIfMissing: true, create: { vendor: 'Meta' } })!;
      const base = {
        modelId: res.model.id,
        asOf,
        provenance: 'vendor' as const,
        sourceId: README,
        extra: { row: row.slice(0, 4).join(' | '), size },
      };
      const value = c ? scaled(c) : undefined;
      if (value) {
        sink.add({ ...base, metric: 'context_window', value, valueText: c, unit: 'tokens' });
        n++;
      }
      if (date) {
        sink.add({ ...base, metric: 'release_date', valueText: date, unit: 'date', note: 'launch date' });
        n++;
      }
    });
  }
  return n;
}
