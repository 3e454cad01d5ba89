import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FactSchema, type Fact } from '@/lib/factbase/schema';
import { parseCsv, parseCsvObjects } from '@/scripts/import/lib/csv';
import { FactSink } from '@/scripts/import/lib/facts';
import { ModelRegistry } from '@/scripts/import/lib/registry';
import { importLmarenaCsv, parseCi } from '@/scripts/import/lmarena-csv';
import { corroborateLmarena, importLmarenaStyleControl } from '@/scripts/import/lmarena-json';
import { importEpochModels } from '@/scripts/import/epoch-models';
import {
  benchmarkOfTask,
  importEpochAider,
  importEpochLiveBench,
  importEpochMmlu,
  importEpochRuns,
  importFictionLiveBench,
  importModelVersions,
  parseRunDate,
} from '@/scripts/import/epoch-benchmarks';
import { importAider } from '@/scripts/import/aider';
import { importLlama4Card } from '@/scripts/import/vendor-meta-llama4';
import { importDeepseek } from '@/scripts/import/vendor-deepseek';
import { importSimpleEvals } from '@/scripts/import/vendor-openai';
import { importMistral } from '@/scripts/import/vendor-mistral';
import { importRuler } from '@/scripts/import/ruler';
import { stableJson } from '@/scripts/import/lib/write';

const fx = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const setup = () => ({ reg: new ModelRegistry(), sink: new FactSink() });
const find = (facts: Fact[], p: Partial<Fact>) =>
  facts.filter((f) => Object.entries(p).every(([k, v]) => (f as Record<string, unknown>)[k] === v));

describe('csv parser', () => {
  it('handles quotes, doubled quotes, embedded newlines and a BOM', () => {
    const rows = parseCsv('\ufeffa,b\n"x, y","say ""hi""\nthere"\n');
    expect(rows).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
    expect(parseCsvObjects('h1,h2\r\n1,2\r\n')).toEqual([{ h1: '1', h2: '2' }]);
  });
});

describe('LMArena CSV importer', () => {
  it('keeps each row as a dated arena_elo fact with CI, rank and votes', () => {
    const { reg, sink } = setup();
    importLmarenaCsv(fx('lmsys.sample.csv'), 'lmarena-csv-2025-04-06', '2025-04-06', reg, sink);
    expect(sink.facts).toHaveLength(4);
    const exp = find(sink.facts, { modelId: 'llama-4-maverick-03-26-experimental' })[0];
    expect(exp).toMatchObject({
      metric: 'arena_elo',
      benchmark: 'LMArena',
      value: 1417,
      low: 1405,
      high: 1430,
      unit: 'elo',
      asOf: '2025-04-06',
      provenance: 'independent',
    });
    expect(exp.extra).toMatchObject({ rank: 2, rankStyleControl: 7, votes: 2520, ci: '+13/-12' });
    expect(find(sink.facts, { modelId: 'llama-4-maverick' })[0].value).toBe(1273);
    expect(find(sink.facts, { modelId: 'claude-3.7-sonnet-thinking' })[0].value).toBe(1305);
    // A name no source knew becomes its own model with a derived id.
    expect(reg.get('gemini-9-ultra-exp')?.name).toBe('Gemini-9-Ultra-Exp');
    for (const f of sink.facts) FactSchema.parse(f);
  });

  it('parses the CI column', () => {
    expect(parseCi('+13/-12')).toEqual({ plus: 13, minus: 12 });
    expect(parseCi('n/a')).toBeUndefined();
  });
});

describe('LMArena JSON', () => {
  it('imports only the overall style-control category, rounded, with setting "style control"', () => {
    const { reg, sink } = setup();
    importLmarenaStyleControl(
      fx('leaderboard-text-style-control.sample.json'),
      'sc',
      '2025-04-07',
      reg,
      sink,
    );
    expect(sink.facts).toHaveLength(2);
    expect(find(sink.facts, { modelId: 'llama-4-maverick-03-26-experimental' })[0]).toMatchObject({
      setting: 'style control',
      value: 1306.9,
      low: 1295.1,
      high: 1320.4,
      asOf: '2025-04-07',
    });
  });

  it('corroborates a CSV fact from a nearby snapshot and lists JSON-only models', () => {
    const { reg, sink } = setup();
    importLmarenaCsv(fx('lmsys.sample.csv'), 'csv', '2025-04-06', reg, sink);
    const { corroborated, jsonOnly } = corroborateLmarena(
      fx('leaderboard-text.sample.json'),
      'json',
      '2025-04-07',
      reg,
      sink.facts,
    );
    expect(corroborated).toBe(1);
    expect(jsonOnly).toEqual(['some-json-only-model']);
    expect(find(sink.facts, { modelId: 'llama-4-maverick-03-26-experimental' })[0].extra).toMatchObject({
      lmarenaJson: 1416.6,
      lmarenaJsonSource: 'json',
    });
    // Too far apart: no corroboration.
    const far = corroborateLmarena(fx('leaderboard-text.sample.json'), 'json', '2025-06-01', reg, sink.facts);
    expect(far.corroborated).toBe(0);
  });
});

describe('Epoch models importer', () => {
  it('turns a row into database facts and keeps the developer quote as a vendor fact', () => {
    const { reg, sink } = setup();
    importEpochModels(fx('epoch-models.sample.csv'), reg, sink);
    const b = find(sink.facts, { modelId: 'llama-4-behemoth' });
    expect(reg.get('llama-4-behemoth')?.status).toBe('unreleased');
    expect(find(b, { metric: 'total_params' })[0]).toMatchObject({
      value: 2e12,
      provenance: 'database',
      asOf: '2025-05-23',
      sourceId: 'epoch-models',
    });
    expect(find(b, { metric: 'active_params' })[0]).toMatchObject({ value: 288e9, provenance: 'vendor' });
    expect(find(b, { metric: 'experts' })[0]).toMatchObject({ value: 16, provenance: 'vendor' });
    expect(find(b, { metric: 'training_compute' })[0].value).toBe(5.184e25);
    expect(find(b, { metric: 'training_tokens' })[0].value).toBe(3e13);
    expect(find(b, { metric: 'training_gpus' })[0]).toMatchObject({
      value: 32000,
      note: 'chip type not given',
    });
    expect(find(b, { metric: 'release_date' })[0]).toMatchObject({
      valueText: '2025-04-05',
      setting: 'announced, not released',
    });
    expect(find(b, { metric: 'license' })[0].valueText).toBe('Unreleased');
  });

  it('skips dataset size for non-language models and reads hardware and chip-hours', () => {
    const { reg, sink } = setup();
    importEpochModels(fx('epoch-models.sample.csv'), reg, sink);
    const t = find(sink.facts, { modelId: 'toy-vision-net' });
    expect(find(t, { metric: 'training_tokens' })).toHaveLength(0);
    expect(find(t, { metric: 'training_gpus' })[0]).toMatchObject({ value: 8, valueText: 'NVIDIA V100' });
    expect(find(t, { metric: 'training_gpu_hours' })[0]).toMatchObject({
      value: 1200,
      note: '8 GPUs for 150 hours',
    });
  });

  it('keeps two rows whose names differ only in case as two models', () => {
    const { reg, sink } = setup();
    importEpochModels(fx('epoch-models.sample.csv'), reg, sink);
    const calm = [...reg.models.values()]
      .filter((m) => /^calm/.test(m.id))
      .map((m) => m.name)
      .sort();
    expect(calm).toEqual(['CALM', 'CaLM']);
  });
});

describe('Epoch benchmark importers', () => {
  it('maps tasks and dates', () => {
    expect(parseRunDate('17 November 2025 4:28pm')).toBe('2025-11-17');
    expect(benchmarkOfTask('SWE-Bench verified')).toEqual({ benchmark: 'SWE-bench Verified' });
    expect(benchmarkOfTask('FrontierMath-Tier-4-2025-07-01-Private')).toEqual({
      benchmark: 'FrontierMath',
      setting: 'tier 4 2025-07-01 private',
    });
  });

  it('imports runs as fractions with variant settings from the run name', () => {
    const { reg, sink } = setup();
    importEpochRuns(fx('benchmarks_runs.sample.csv'), reg, sink);
    expect(sink.facts).toHaveLength(3);
    expect(find(sink.facts, { modelId: 'llama-4-maverick' })[0]).toMatchObject({
      benchmark: 'GPQA Diamond',
      value: 0.67,
      unit: 'fraction',
      setting: 'FP8',
      asOf: '2025-04-08',
    });
    expect(find(sink.facts, { modelId: 'claude-3.7-sonnet-thinking' })[0]).toMatchObject({
      setting: '64K thinking budget',
      value: 0.797,
    });
    const toy = find(sink.facts, { benchmark: 'FrontierMath' })[0];
    expect(toy.setting).toBe('2025-02-28 private, high reasoning effort');
    expect(reg.get(toy.modelId)?.name).toBe('toy-reasoner-2025-01-01');
  });

  it('imports Fiction.LiveBench per context length and records the provider', () => {
    const { reg, sink } = setup();
    importFictionLiveBench(fx('external_benchmark_fictionlivebench.sample.csv'), reg, sink);
    expect(sink.facts).toHaveLength(4);
    const f = find(sink.facts, { setting: '120k tokens' })[0];
    expect(f).toMatchObject({ modelId: 'llama-4-scout', value: 27.3, unit: '%', provenance: 'independent' });
    expect(f.extra).toMatchObject({ provider: 'chutes', originalSource: 'Fiction.live leaderboard' });
  });

  it('resolves LiveBench rows by the leaderboard name first', () => {
    const { reg, sink } = setup();
    importEpochLiveBench(fx('external_benchmark_livebench.sample.csv'), reg, sink);
    expect(find(sink.facts, { modelId: 'claude-3.7-sonnet-thinking' })[0].value).toBe(76.1);
    expect(find(sink.facts, { modelId: 'claude-3.7-sonnet' })[0].value).toBe(65.56);
  });

  it('marks HELM MMLU rows independent and technical-report rows vendor', () => {
    const { reg, sink } = setup();
    importEpochMmlu(fx('external_benchmark_mmlu.sample.csv'), reg, sink);
    expect(find(sink.facts, { modelId: 'gpt-4o-2024-08-06' })[0]).toMatchObject({
      value: 84.3,
      provenance: 'independent',
      setting: '5-shot',
    });
    expect(find(sink.facts, { modelId: 'deepseek-v3' })[0]).toMatchObject({
      value: 87.1,
      provenance: 'vendor',
    });
  });

  it('imports the restated Aider rows with thinking budgets', () => {
    const { reg, sink } = setup();
    importEpochAider(fx('external_benchmark_aider_polyglot.sample.csv'), reg, sink);
    expect(sink.facts[0]).toMatchObject({
      modelId: 'claude-3.7-sonnet-thinking',
      setting: '32K thinking budget',
      value: 64.9,
    });
  });

  it('adds release dates and makes unknown version ids children of their model', () => {
    const { reg, sink } = setup();
    importEpochModels(fx('epoch-models.sample.csv'), reg, sink);
    importModelVersions(fx('model_versions.sample.csv'), reg, sink);
    expect(find(sink.facts, { modelId: 'deepseek-v3', metric: 'release_date' })[0].valueText).toBe(
      '2024-12-26',
    );
    expect(reg.get('toy-vision-net-v2')).toMatchObject({
      parent: 'toy-vision-net',
      variantLabel: 'toy-vision-net-v2',
    });
    // A provider deployment date is not a release date.
    expect(find(sink.facts, { modelId: 'deepseek-v3-0324' })).toHaveLength(0);
  });
});

describe('Aider YAML importer', () => {
  it('reads pass_rate_2 with date, provider and thinking budget', () => {
    const { reg, sink } = setup();
    importAider(fx('polyglot_leaderboard.sample.yml'), reg, sink);
    const m = find(sink.facts, { modelId: 'llama-4-maverick' })[0];
    expect(m).toMatchObject({
      benchmark: 'Aider Polyglot',
      value: 15.6,
      unit: '%',
      asOf: '2025-04-06',
      provenance: 'independent',
    });
    expect(m.extra).toMatchObject({ passRate1: 4.4, provider: 'nvidia_nim', editFormat: 'whole' });
    expect(find(sink.facts, { modelId: 'claude-3.7-sonnet-thinking' })[0]).toMatchObject({
      setting: '32K thinking budget',
      value: 64.9,
    });
  });
});

describe('vendor card importers', () => {
  it('parses the Llama 4 card tables (params, experts, context, tokens, GPU hours, benchmarks)', () => {
    const { reg, sink } = setup();
    importLlama4Card(fx('llama4-card.sample.md'), fx('llama-models-readme.sample.md'), reg, sink);
    const mav = find(sink.facts, { modelId: 'llama-4-maverick', sourceId: 'meta-llama4-model-card' });
    expect(find(mav, { metric: 'total_params' })[0].value).toBe(400e9);
    expect(find(mav, { metric: 'active_params' })[0].value).toBe(17e9);
    expect(find(mav, { metric: 'experts' })[0].value).toBe(128);
    expect(find(mav, { metric: 'context_window' })[0].value).toBe(1e6);
    expect(find(mav, { metric: 'training_tokens' })[0]).toMatchObject({ value: 22e12, valueText: '~22T' });
    expect(find(mav, { metric: 'training_gpu_hours' })[0].value).toBe(2.38e6);
    expect(find(mav, { benchmark: 'GPQA Diamond' })[0]).toMatchObject({
      value: 69.8,
      setting: 'instruct, 0-shot',
      provenance: 'vendor',
    });
    expect(find(mav, { benchmark: 'MMLU' })[0]).toMatchObject({ value: 85.5, setting: 'pretrained, 5-shot' });
    expect(find(mav, { benchmark: 'MTOB' }).map((f) => [f.setting, f.value])).toEqual([
      ['instruct, half book, eng->kgv', 54],
      ['instruct, half book, kgv->eng', 46.4],
    ]);
    const scout = find(sink.facts, { modelId: 'llama-4-scout' });
    expect(find(scout, { metric: 'context_window', sourceId: 'meta-llama4-model-card' })[0].value).toBe(10e6);
    expect(find(scout, { metric: 'context_window', sourceId: 'meta-llama-models-readme' })[0].value).toBe(
      10e6,
    );
    expect(find(scout, { metric: 'release_date' })[0].valueText).toBe('2025-04-05');
    // The README's other releases: one fact per size.
    expect(find(sink.facts, { modelId: 'llama-3.1-405b', metric: 'context_window' })[0]).toMatchObject({
      value: 128000,
      sourceId: 'meta-llama-models-readme',
    });
    expect(find(sink.facts, { modelId: 'llama-3.1-8b', metric: 'release_date' })[0].valueText).toBe(
      '2024-07-23',
    );
    // "No multimodal support" cells give no fact; other developers' columns are kept.
    expect(
      find(sink.facts, { benchmark: 'ChartQA' })
        .map((f) => f.modelId)
        .sort(),
    ).toEqual(['llama-4-maverick', 'llama-4-scout']);
    expect(find(sink.facts, { benchmark: 'MMLU', value: 79.3 })).toHaveLength(1);
  });

  it('refuses a card whose quoted lines are missing', () => {
    const { reg, sink } = setup();
    const card = fx('llama4-card.sample.md').replace('April 5, 2025', 'April 6, 2025');
    expect(() => importLlama4Card(card, fx('llama-models-readme.sample.md'), reg, sink)).toThrow(
      /quoted passage/,
    );
  });

  it('parses the DeepSeek-V3 README, weights doc and config', () => {
    const { reg, sink } = setup();
    importDeepseek(
      {
        readme: fx('deepseek-readme.sample.md'),
        weights: fx('deepseek-weights.sample.md'),
        config: fx('deepseek-config.sample.json'),
      },
      reg,
      sink,
    );
    const d = find(sink.facts, { modelId: 'deepseek-v3' });
    expect(find(d, { metric: 'active_params' }).map((f) => [f.sourceId, f.setting, f.value])).toEqual([
      ['deepseek-v3-readme', 'base', 37e9],
      ['deepseek-v3-readme', undefined, 37e9],
      ['deepseek-v3-readme-weights', undefined, 36.7e9],
    ]);
    expect(
      find(d, { metric: 'total_params', setting: 'Hugging Face checkpoint incl. MTP module' })[0].value,
    ).toBe(685e9);
    expect(find(d, { metric: 'context_window', setting: undefined })[0].value).toBe(128000);
    expect(find(d, { metric: 'experts' })[0]).toMatchObject({ value: 256, sourceId: 'deepseek-v3-config' });
    expect(find(d, { metric: 'training_gpu_hours', setting: 'pre-training' })[0].value).toBe(2.664e6);
    expect(find(d, { benchmark: 'MMLU', setting: 'EM' })[0].value).toBe(88.5);
    expect(find(d, { benchmark: 'MMLU', setting: 'base, 5-shot, Acc.' })[0].value).toBe(87.1);
    expect(find(d, { benchmark: 'SWE-bench Verified' })[0].value).toBe(42);
    // DeepSeek's figure for GPT-4o is kept, but as DeepSeek's measurement, not OpenAI's claim.
    expect(find(sink.facts, { modelId: 'gpt-4o-2024-05-13', benchmark: 'GPQA Diamond' })[0]).toMatchObject({
      value: 49.9,
      provenance: 'independent',
    });
    // "-" cells give no fact.
    expect(find(sink.facts, { benchmark: 'SWE-bench Verified' })).toHaveLength(2);
  });

  it('parses simple-evals: effort suffixes, MATH-500 sections and reported rows', () => {
    const { reg, sink } = setup();
    reg.create('o3');
    importSimpleEvals(fx('simple-evals.sample.md'), reg, sink);
    expect(find(sink.facts, { modelId: 'gpt-4o-2024-08-06', benchmark: 'MMLU' })[0]).toMatchObject({
      value: 88.7,
      provenance: 'vendor',
      unit: '%',
    });
    expect(find(sink.facts, { modelId: 'gpt-4o-2024-08-06', benchmark: 'MATH' })[0].value).toBe(75.9);
    const o3 = find(sink.facts, { modelId: 'o3', benchmark: 'MATH-500' })[0];
    expect(o3).toMatchObject({ value: 98.1, setting: 'high reasoning effort' });
    expect(find(sink.facts, { benchmark: 'DROP', modelId: 'gpt-4o-2024-08-06' })[0].setting).toBe(
      'F1, 3-shot',
    );
    const reported = sink.facts.filter((f) => f.extra?.section === 'Other Models (Reported)');
    expect(reported.length).toBe(7 + 5);
    expect(find(sink.facts, { benchmark: 'GPQA', value: undefined })).toHaveLength(0);
  });

  it('parses the Mistral overview by API endpoint', () => {
    const { reg, sink } = setup();
    importMistral(fx('mistral-overview.sample.md'), reg, sink);
    const ms = find(sink.facts, { modelId: 'mistral-small-3.1' });
    expect(find(ms, { metric: 'context_window' })[0]).toMatchObject({
      value: 128000,
      valueText: '128k',
      provenance: 'vendor',
    });
    expect(find(ms, { metric: 'license' })[0].valueText).toBe('Apache2');
    // No weights → no licence fact.
    expect(find(sink.facts, { metric: 'license' })).toHaveLength(1);
  });
});

describe('RULER importer', () => {
  it('keeps claimed and effective context lengths and per-length scores', () => {
    const { reg, sink } = setup();
    importRuler(fx('ruler.sample.md'), reg, sink);
    const long = find(sink.facts, { modelId: 'toy-long-instruct-1m' });
    expect(find(long, { metric: 'context_window', setting: undefined })[0]).toMatchObject({
      value: 1e6,
      provenance: 'vendor',
    });
    // Rows marked * were reported by the model's authors.
    expect(find(long, { metric: 'context_window', setting: 'effective (RULER)' })[0]).toMatchObject({
      value: 128000,
      valueText: '>128K',
      provenance: 'vendor',
    });
    const short = find(sink.facts, { modelId: 'toy-short-chat' });
    expect(find(short, { setting: 'effective (RULER)' })[0]).toMatchObject({
      value: 4000,
      provenance: 'independent',
    });
    expect(find(short, { benchmark: 'RULER', setting: '64K tokens' })[0].value).toBe(68.1);
    expect(find(short, { benchmark: 'RULER', setting: '128K tokens' })).toHaveLength(0);
    expect(
      find(sink.facts, { modelId: 'llama-2-7b-chat-hf', benchmark: 'RULER' }).map((f) => f.value),
    ).toEqual([85.6]);
  });
});

describe('deterministic output', () => {
  it('prints the same bytes for the same data regardless of key order', () => {
    expect(stableJson([{ b: 1, a: { d: 2, c: 3 } }])).toBe(stableJson([{ a: { c: 3, d: 2 }, b: 1 }]));
  });

  it('gives stable, unique fact ids in insertion order', () => {
    const sink = new FactSink();
    const base = {
      modelId: 'm',
      metric: 'arena_elo' as const,
      unit: 'elo',
      asOf: '2025-01-01',
      provenance: 'independent' as const,
      sourceId: 's',
    };
    expect(sink.add({ ...base, value: 1 }).id).toBe('s:m:arena_elo');
    expect(sink.add({ ...base, value: 2 }).id).toBe('s:m:arena_elo#2');
    expect(sink.add({ ...base, benchmark: 'LMArena', setting: 'style control', value: 3 }).id).toBe(
      's:m:arena_elo:lmarena:style-control',
    );
  });
});
