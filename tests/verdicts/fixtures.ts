/**
 * Hand-built fact base for the verdict tests. Every number below is transcribed from a file in
 * shared/data/raw (see shared/data/seed-facts.md, which names the file for each row); ids follow the
 * canonical names in the brief. Shapes follow lib/factbase/schema.ts so the fixture doubles as a
 * snapshot for the store tests.
 */
import type { Fact, Model, Snapshot, Source } from '@/lib/factbase/schema';
import type { Metric, Provenance } from '@/lib/factbase/metrics';
import type { Claim, ClaimInput } from '@/lib/claims/types';
import { ClaimSchema } from '@/lib/claims/types';

const fam = (text: string) => ({ text, scope: 'family' as const });
const glob = (text: string) => ({ text, scope: 'global' as const });

export const models: Model[] = [
  { id: 'llama-4-scout', name: 'Llama 4 Scout', family: 'llama-4', vendor: 'Meta', status: 'released', releaseDate: '2025-04-05', aliases: [glob('Llama 4 Scout'), fam('Scout')] },
  { id: 'llama-4-maverick', name: 'Llama 4 Maverick', family: 'llama-4', vendor: 'Meta', status: 'released', releaseDate: '2025-04-05', aliases: [glob('Llama 4 Maverick'), fam('Maverick')] },
  { id: 'llama-4-maverick-03-26-experimental', name: 'Llama 4 Maverick 03-26 Experimental', family: 'llama-4', vendor: 'Meta', parent: 'llama-4-maverick', variantLabel: '03-26-Experimental', status: 'experimental', aliases: [glob('Llama-4-Maverick-03-26-Experimental')] },
  { id: 'llama-4-behemoth', name: 'Llama 4 Behemoth', family: 'llama-4', vendor: 'Meta', status: 'preview', aliases: [glob('Llama 4 Behemoth'), fam('Behemoth')] },
  { id: 'gpt-4o', name: 'GPT-4o', family: 'gpt-4o', vendor: 'OpenAI', status: 'released', releaseDate: '2024-05-13', aliases: [glob('GPT-4o')] },
  { id: 'gpt-4o-2024-05-13', name: 'GPT-4o 2024-05-13', family: 'gpt-4o', vendor: 'OpenAI', parent: 'gpt-4o', variantLabel: '2024-05-13', status: 'released', aliases: [glob('gpt-4o-2024-05-13')] },
  { id: 'gpt-4o-2024-08-06', name: 'GPT-4o 2024-08-06', family: 'gpt-4o', vendor: 'OpenAI', parent: 'gpt-4o', variantLabel: '2024-08-06', status: 'released', aliases: [glob('gpt-4o-2024-08-06')] },
  { id: 'gpt-4o-2024-11-20', name: 'GPT-4o 2024-11-20', family: 'gpt-4o', vendor: 'OpenAI', parent: 'gpt-4o', variantLabel: '2024-11-20', status: 'released', aliases: [glob('gpt-4o-2024-11-20')] },
  { id: 'chatgpt-4o-latest', name: 'ChatGPT-4o-latest', family: 'gpt-4o', vendor: 'OpenAI', parent: 'gpt-4o', variantLabel: 'latest', status: 'released', aliases: [glob('chatgpt-4o-latest')] },
  { id: 'claude-3.7-sonnet', name: 'Claude 3.7 Sonnet', family: 'claude-3.7', vendor: 'Anthropic', status: 'released', releaseDate: '2025-02-24', aliases: [glob('Claude 3.7 Sonnet')] },
  { id: 'claude-3.7-sonnet-thinking', name: 'Claude 3.7 Sonnet (thinking)', family: 'claude-3.7', vendor: 'Anthropic', parent: 'claude-3.7-sonnet', variantLabel: 'thinking', status: 'released', aliases: [glob('Claude 3.7 Sonnet thinking')] },
  { id: 'deepseek-v3', name: 'DeepSeek-V3', family: 'deepseek-v3', vendor: 'DeepSeek', status: 'released', releaseDate: '2024-12-26', aliases: [glob('DeepSeek-V3')] },
  { id: 'deepseek-v3-0324', name: 'DeepSeek-V3-0324', family: 'deepseek-v3', vendor: 'DeepSeek', parent: 'deepseek-v3', variantLabel: '0324', status: 'released', aliases: [glob('DeepSeek-V3-0324')] },
  { id: 'gemini-2.0-flash', name: 'Gemini 2.0 Flash', family: 'gemini-2.0', vendor: 'Google', status: 'released', releaseDate: '2025-02-05', aliases: [glob('Gemini 2.0 Flash')] },
  { id: 'mistral-small-3.1', name: 'Mistral Small 3.1', family: 'mistral-small', vendor: 'Mistral', status: 'released', releaseDate: '2025-03-17', aliases: [glob('Mistral Small 3.1')] },
];

const src = (id: string, title: string, publisher: string, repository: string, path: string, commit: string, date: string, licence: string): Source => ({
  id, title, publisher, repository, path, commit, date, licence,
});

export const sources: Source[] = [
  src('meta-llama4-card', 'Llama 4 model card', 'Meta', 'meta-llama/llama-models', 'models/llama4/MODEL_CARD.md', '038acb9fe1e1ddc5cf1b3989fb07b311a0ffcae4', '2025-04-05', 'Llama 4 Community License'),
  src('epoch-models', 'Epoch AI models database (All ML Systems)', 'Epoch AI', 'epoch-research/training-cost-trends', 'data/All ML Systems - full view.csv', '5e8c5c4fc17ff70c6865d527016da7826fabacc2', '2025-06-20', 'Apache-2.0'),
  src('epoch-runs', 'Epoch AI benchmark runs', 'Epoch AI', 'epoch-research/benchmark-stitching', 'data/benchmarks_runs.csv', 'f87d3cc8e8a8f8471be475ebce58fb9a73b4e756', '2025-12-03', 'MIT'),
  src('epoch-fictionlivebench', 'Fiction.LiveBench (restated by Epoch AI)', 'Fiction.live via Epoch AI', 'epoch-research/benchmark-stitching', 'data/external_benchmark_fictionlivebench.csv', 'f87d3cc8e8a8f8471be475ebce58fb9a73b4e756', '2025-12-03', 'MIT'),
  src('epoch-mmlu', 'MMLU (HELM, restated by Epoch AI)', 'HELM via Epoch AI', 'epoch-research/benchmark-stitching', 'data/external_benchmark_mmlu.csv', 'f87d3cc8e8a8f8471be475ebce58fb9a73b4e756', '2025-12-03', 'MIT'),
  src('aider-polyglot', 'Aider polyglot leaderboard', 'Aider', 'Aider-AI/aider', 'aider/website/_data/polyglot_leaderboard.yml', 'cb6a152e5ee27fbc77ac499d5e628ccd74a5fa2a', '2025-10-04', 'Apache-2.0'),
  src('deepseek-v3-readme', 'DeepSeek-V3 README', 'DeepSeek', 'deepseek-ai/DeepSeek-V3', 'README.md', '9b4e9788e4a3a731f7567338ed15d3ec549ce03b', '2025-08-27', 'MIT'),
  src('openai-simple-evals', 'simple-evals README', 'OpenAI', 'openai/simple-evals', 'README.md', 'ee3b0318d8d1d9d72755a4120879be65f7c07e9e', '2025-07-09', 'MIT'),
  src('mistral-overview', 'Mistral models overview', 'Mistral AI', 'mistralai/platform-docs-public', 'docs/getting-started/models/overview.md', '94196a4cb02a19797729a594a3e10e9ebc36b3d5', '2025-10-03', 'Apache-2.0'),
  src('lmsys-2025-04-06', 'LMArena leaderboard CSV 2025-04-06', 'LMArena via fboulnois', 'fboulnois/llm-leaderboard-csv', 'csv/lmsys.csv', '3f7847a1403ed67a2f93d8ad24dd9f9215fb21ce', '2025-04-06', 'MPL-2.0'),
  src('lmsys-2025-04-11', 'LMArena leaderboard CSV 2025-04-11', 'LMArena via fboulnois', 'fboulnois/llm-leaderboard-csv', 'csv/lmsys.csv', '6c37a6f9caa9523dfc2e2b5a7a8a08a09e32ca52', '2025-04-11', 'MPL-2.0'),
  src('lmsys-2025-04-24', 'LMArena leaderboard CSV 2025-04-24', 'LMArena via fboulnois', 'fboulnois/llm-leaderboard-csv', 'csv/lmsys.csv', '20e2eefa9c0a97093ed58a60031c4e44e86c836d', '2025-04-24', 'MPL-2.0'),
  src('lmarena-2025-08-04', 'LMArena leaderboard CSV 2025-08-04', 'LMArena via fboulnois', 'fboulnois/llm-leaderboard-csv', 'csv/lmarena_text.csv', 'e964e252a171a83b8bf189675ca01406d86bc810', '2025-08-04', 'MPL-2.0'),
  src('lmarena-json-sc-2025-04-07', 'LMArena style-control leaderboard JSON 2025-04-07', 'LMArena', 'lmarena/arena-catalog', 'data/leaderboard-text-style-control.json', 'f973ec23f6f08bf7e35289a0decc405616521848', '2025-04-07', 'none stated'),
];

let n = 0;
type FactOpts = Partial<Omit<Fact, 'modelId' | 'metric' | 'provenance' | 'sourceId' | 'asOf' | 'unit'>>;
function f(modelId: string, metric: Metric, value: number | undefined, unit: string, asOf: string, provenance: Provenance, sourceId: string, o: FactOpts = {}): Fact {
  return { id: o.id ?? `f${++n}`, modelId, metric, value, unit, asOf, provenance, sourceId, ...o };
}
const arena = (modelId: string, value: number, asOf: string, o: FactOpts = {}) =>
  f(modelId, 'arena_elo', value, 'elo', asOf, 'independent', asOf === '2025-08-04' ? 'lmarena-2025-08-04' : `lmsys-${asOf}`, { benchmark: 'LMArena', ...o });
const card = (modelId: string, metric: Metric, value: number | undefined, unit: string, o: FactOpts = {}) =>
  f(modelId, metric, value, unit, '2025-04-05', 'vendor', 'meta-llama4-card', o);
const bench = (modelId: string, benchmark: string, value: number, unit: string, asOf: string, provenance: Provenance, sourceId: string, o: FactOpts = {}) =>
  f(modelId, 'benchmark_score', value, unit, asOf, provenance, sourceId, { benchmark, ...o });

export const facts: Fact[] = [
  // Llama 4 — Meta's model card (vendor) and Epoch's database.
  card('llama-4-scout', 'active_params', 17e9, 'params'),
  card('llama-4-scout', 'total_params', 109e9, 'params'),
  card('llama-4-scout', 'experts', 16, 'experts'),
  card('llama-4-scout', 'context_window', 10e6, 'tokens', { id: 'scout-ctx' }),
  card('llama-4-scout', 'training_tokens', 40e12, 'tokens', { note: '~40T' }),
  card('llama-4-scout', 'training_gpu_hours', 5.0e6, 'gpu_hours', { setting: 'H100-80GB' }),
  card('llama-4-scout', 'release_date', undefined, 'date', { valueText: '2025-04-05' }),
  card('llama-4-scout', 'license', undefined, 'text', { valueText: 'Llama 4 Community License' }),
  f('llama-4-scout', 'training_tokens', 30e12, 'tokens', '2025-06-20', 'database', 'epoch-models', { note: "Epoch's Training dataset size (the blog's overall mixture)" }),
  f('llama-4-scout', 'training_compute', 4.08e24, 'flop', '2025-06-20', 'database', 'epoch-models'),
  card('llama-4-maverick', 'active_params', 17e9, 'params'),
  card('llama-4-maverick', 'total_params', 400e9, 'params'),
  f('llama-4-maverick', 'total_params', 400e9, 'params', '2025-06-20', 'database', 'epoch-models'),
  card('llama-4-maverick', 'experts', 128, 'experts'),
  card('llama-4-maverick', 'context_window', 1e6, 'tokens'),
  card('llama-4-maverick', 'training_tokens', 22e12, 'tokens'),
  card('llama-4-maverick', 'training_gpu_hours', 2.38e6, 'gpu_hours', { setting: 'H100-80GB' }),
  card('llama-4-maverick', 'release_date', undefined, 'date', { valueText: '2025-04-05' }),
  f('llama-4-maverick', 'training_compute', 2.244e24, 'flop', '2025-06-20', 'database', 'epoch-models'),
  f('llama-4-behemoth', 'total_params', 2e12, 'params', '2025-06-20', 'database', 'epoch-models', { note: "quotes Meta's blog" }),
  f('llama-4-behemoth', 'active_params', 288e9, 'params', '2025-06-20', 'database', 'epoch-models', { note: "Parameters notes quote Meta" }),
  f('llama-4-behemoth', 'experts', 16, 'experts', '2025-06-20', 'database', 'epoch-models'),
  f('llama-4-behemoth', 'training_gpus', 32000, 'gpus', '2025-06-20', 'database', 'epoch-models', { note: 'Hardware quantity; chip type blank' }),
  f('llama-4-behemoth', 'training_compute', 5.184e25, 'flop', '2025-06-20', 'database', 'epoch-models'),
  // Llama 4 instruct benchmarks (Meta) and Epoch's own runs (fractions).
  bench('llama-4-scout', 'MMLU-Pro', 74.3, '%', '2025-04-05', 'vendor', 'meta-llama4-card'),
  bench('llama-4-scout', 'GPQA Diamond', 57.2, '%', '2025-04-05', 'vendor', 'meta-llama4-card'),
  bench('llama-4-scout', 'LiveCodeBench', 32.8, '%', '2025-04-05', 'vendor', 'meta-llama4-card'),
  bench('llama-4-scout', 'MMMU', 69.4, '%', '2025-04-05', 'vendor', 'meta-llama4-card'),
  bench('llama-4-scout', 'MMLU', 79.6, '%', '2025-04-05', 'vendor', 'meta-llama4-card', { setting: 'pretrained, 5-shot' }),
  bench('llama-4-scout', 'GPQA Diamond', 0.518, 'fraction', '2025-04-08', 'independent', 'epoch-runs'),
  bench('llama-4-scout', 'MATH Level 5', 0.623, 'fraction', '2025-04-08', 'independent', 'epoch-runs'),
  bench('llama-4-maverick', 'MMLU-Pro', 80.5, '%', '2025-04-05', 'vendor', 'meta-llama4-card'),
  bench('llama-4-maverick', 'GPQA Diamond', 69.8, '%', '2025-04-05', 'vendor', 'meta-llama4-card'),
  bench('llama-4-maverick', 'LiveCodeBench', 43.4, '%', '2025-04-05', 'vendor', 'meta-llama4-card'),
  bench('llama-4-maverick', 'MMMU', 73.4, '%', '2025-04-05', 'vendor', 'meta-llama4-card'),
  bench('llama-4-maverick', 'MMLU', 85.5, '%', '2025-04-05', 'vendor', 'meta-llama4-card', { setting: 'pretrained, 5-shot' }),
  bench('llama-4-maverick', 'GPQA Diamond', 0.67, 'fraction', '2025-04-08', 'independent', 'epoch-runs', { setting: 'FP8' }),
  bench('llama-4-maverick', 'MATH Level 5', 0.73, 'fraction', '2025-04-08', 'independent', 'epoch-runs', { setting: 'FP8' }),
  bench('llama-4-maverick', 'Aider Polyglot', 15.6, '%', '2025-04-06', 'independent', 'aider-polyglot', { setting: 'pass@2, whole, nvidia_nim' }),
  // Fiction.LiveBench (independent long-context results, served via chutes).
  bench('llama-4-scout', 'Fiction.LiveBench', 40.0, '%', '2025-12-03', 'independent', 'epoch-fictionlivebench', { setting: '8k' }),
  bench('llama-4-scout', 'Fiction.LiveBench', 16.0, '%', '2025-12-03', 'independent', 'epoch-fictionlivebench', { setting: '32k' }),
  bench('llama-4-scout', 'Fiction.LiveBench', 27.3, '%', '2025-12-03', 'independent', 'epoch-fictionlivebench', { setting: '120k', id: 'scout-flb-120k' }),
  bench('llama-4-maverick', 'Fiction.LiveBench', 48.0, '%', '2025-12-03', 'independent', 'epoch-fictionlivebench', { setting: '8k' }),
  bench('llama-4-maverick', 'Fiction.LiveBench', 36.4, '%', '2025-12-03', 'independent', 'epoch-fictionlivebench', { setting: '120k' }),
  bench('gemini-2.0-flash', 'Fiction.LiveBench', 50.0, '%', '2025-12-03', 'independent', 'epoch-fictionlivebench', { setting: '8k' }),
  bench('gemini-2.0-flash', 'Fiction.LiveBench', 62.5, '%', '2025-12-03', 'independent', 'epoch-fictionlivebench', { setting: '120k' }),
  // LMArena snapshots (fboulnois CSVs), style control from LMArena's JSON.
  arena('llama-4-maverick-03-26-experimental', 1417, '2025-04-06', { low: 1405, high: 1430, extra: { rank: 2, votes: 2520 } }),
  arena('llama-4-maverick-03-26-experimental', 1403, '2025-04-11'),
  arena('llama-4-maverick-03-26-experimental', 1416, '2025-08-04', { extra: { rank: 10, votes: 26604 } }),
  f('llama-4-maverick-03-26-experimental', 'arena_elo', 1306.9, 'elo', '2025-04-07', 'independent', 'lmarena-json-sc-2025-04-07', { benchmark: 'LMArena', setting: 'style control' }),
  arena('llama-4-maverick', 1273, '2025-04-11', { extra: { rank: 35, votes: 2662 } }),
  arena('llama-4-maverick', 1271, '2025-04-24', { extra: { rank: 39 } }),
  arena('llama-4-maverick', 1292, '2025-08-04', { extra: { rank: 86, votes: 24544 } }),
  arena('llama-4-scout', 1276, '2025-08-04', { extra: { rank: 103 } }),
  arena('gpt-4o-2024-05-13', 1285, '2025-04-06'),
  arena('gpt-4o-2024-05-13', 1285, '2025-04-11'),
  arena('gpt-4o-2024-05-13', 1285, '2025-04-24'),
  arena('gpt-4o-2024-05-13', 1302, '2025-08-04'),
  arena('gpt-4o-2024-08-06', 1265, '2025-04-06'),
  arena('gpt-4o-2024-08-06', 1265, '2025-04-11'),
  arena('gpt-4o-2024-08-06', 1285, '2025-08-04'),
  arena('chatgpt-4o-latest', 1410, '2025-04-06', { note: 'ChatGPT-4o-latest (2025-03-26)' }),
  arena('chatgpt-4o-latest', 1406, '2025-04-11', { note: 'ChatGPT-4o-latest (2025-03-26)' }),
  arena('chatgpt-4o-latest', 1408, '2025-04-24', { note: 'ChatGPT-4o-latest (2025-03-26)' }),
  arena('chatgpt-4o-latest', 1429, '2025-08-04', { note: 'ChatGPT-4o-latest (2025-03-26)' }),
  arena('deepseek-v3', 1318, '2025-04-06'),
  arena('deepseek-v3-0324', 1369, '2025-04-06'),
  arena('deepseek-v3', 1333, '2025-08-04'),
  arena('deepseek-v3-0324', 1376, '2025-08-04'),
  arena('claude-3.7-sonnet', 1295, '2025-04-06'),
  arena('claude-3.7-sonnet-thinking', 1305, '2025-04-06', { setting: 'thinking-32k' }),
  arena('gemini-2.0-flash', 1354, '2025-04-06'),
  arena('mistral-small-3.1', 1269, '2025-08-04'),
  // GPT-4o — OpenAI's simple-evals (vendor), Epoch runs and HELM (independent).
  bench('gpt-4o-2024-05-13', 'MMLU', 87.2, '%', '2024-05-13', 'vendor', 'openai-simple-evals'),
  bench('gpt-4o-2024-08-06', 'MMLU', 88.7, '%', '2024-08-06', 'vendor', 'openai-simple-evals', { id: 'gpt4o-0806-mmlu', disagreesWith: ['gpt4o-0806-helm'] }),
  bench('gpt-4o-2024-11-20', 'MMLU', 85.7, '%', '2024-11-20', 'vendor', 'openai-simple-evals'),
  bench('gpt-4o-2024-05-13', 'GPQA', 49.9, '%', '2024-05-13', 'vendor', 'openai-simple-evals'),
  bench('gpt-4o-2024-08-06', 'GPQA', 53.1, '%', '2024-08-06', 'vendor', 'openai-simple-evals'),
  bench('gpt-4o-2024-11-20', 'GPQA', 46.0, '%', '2024-11-20', 'vendor', 'openai-simple-evals'),
  bench('gpt-4o-2024-05-13', 'HumanEval', 91.0, '%', '2024-05-13', 'vendor', 'openai-simple-evals'),
  bench('gpt-4o-2024-08-06', 'HumanEval', 90.2, '%', '2024-08-06', 'vendor', 'openai-simple-evals'),
  bench('gpt-4o-2024-08-06', 'MMLU', 84.3, '%', '2025-12-03', 'independent', 'epoch-mmlu', { setting: 'HELM, 5-shot', id: 'gpt4o-0806-helm', disagreesWith: ['gpt4o-0806-mmlu'] }),
  bench('gpt-4o-2024-05-13', 'GPQA Diamond', 0.489, 'fraction', '2025-01-26', 'independent', 'epoch-runs'),
  bench('gpt-4o-2024-08-06', 'GPQA Diamond', 0.492, 'fraction', '2025-01-26', 'independent', 'epoch-runs'),
  bench('gpt-4o-2024-08-06', 'Aider Polyglot', 23.1, '%', '2024-08-06', 'independent', 'aider-polyglot'),
  f('gpt-4o', 'release_date', undefined, 'date', '2025-06-20', 'database', 'epoch-models', { valueText: '2024-05-13' }),
  // DeepSeek-V3 — README (vendor), Epoch runs, Aider.
  f('deepseek-v3', 'total_params', 671e9, 'params', '2025-08-27', 'vendor', 'deepseek-v3-readme'),
  f('deepseek-v3', 'active_params', 37e9, 'params', '2025-08-27', 'vendor', 'deepseek-v3-readme'),
  f('deepseek-v3', 'context_window', 128e3, 'tokens', '2025-08-27', 'vendor', 'deepseek-v3-readme'),
  f('deepseek-v3', 'training_tokens', 14.8e12, 'tokens', '2025-08-27', 'vendor', 'deepseek-v3-readme'),
  f('deepseek-v3', 'training_gpu_hours', 2.788e6, 'gpu_hours', '2025-08-27', 'vendor', 'deepseek-v3-readme', { setting: 'H800, full training' }),
  f('deepseek-v3', 'training_gpus', 2048, 'gpus', '2025-06-20', 'database', 'epoch-models', { setting: 'NVIDIA H800 SXM5' }),
  f('deepseek-v3', 'release_date', undefined, 'date', '2025-06-20', 'database', 'epoch-models', { valueText: '2024-12-24' }),
  f('deepseek-v3', 'release_date', undefined, 'date', '2025-12-03', 'database', 'epoch-runs', { valueText: '2024-12-26', note: 'model_versions.csv (HF release)' }),
  bench('deepseek-v3', 'MMLU', 88.5, '%', '2025-08-27', 'vendor', 'deepseek-v3-readme'),
  bench('deepseek-v3', 'GPQA Diamond', 59.1, '%', '2025-08-27', 'vendor', 'deepseek-v3-readme'),
  bench('deepseek-v3', 'MATH-500', 90.2, '%', '2025-08-27', 'vendor', 'deepseek-v3-readme'),
  bench('deepseek-v3', 'AIME 2024', 39.2, '%', '2025-08-27', 'vendor', 'deepseek-v3-readme'),
  bench('deepseek-v3', 'GPQA Diamond', 0.565, 'fraction', '2025-01-26', 'independent', 'epoch-runs'),
  bench('deepseek-v3-0324', 'GPQA Diamond', 0.676, 'fraction', '2025-04-01', 'independent', 'epoch-runs'),
  bench('deepseek-v3', 'Aider Polyglot', 48.4, '%', '2024-12-26', 'independent', 'aider-polyglot'),
  bench('deepseek-v3-0324', 'Aider Polyglot', 55.1, '%', '2025-03-24', 'independent', 'aider-polyglot'),
  // Claude 3.7 Sonnet — Epoch runs; thinking is a child model.
  bench('claude-3.7-sonnet', 'GPQA Diamond', 0.66, 'fraction', '2025-02-24', 'independent', 'epoch-runs'),
  bench('claude-3.7-sonnet-thinking', 'GPQA Diamond', 0.797, 'fraction', '2025-05-26', 'independent', 'epoch-runs', { setting: '64K thinking' }),
  bench('claude-3.7-sonnet', 'SWE-bench Verified', 0.522, 'fraction', '2025-04-24', 'independent', 'epoch-runs'),
  bench('claude-3.7-sonnet', 'Aider Polyglot', 60.4, '%', '2025-02-24', 'independent', 'aider-polyglot', { setting: 'no thinking' }),
  bench('claude-3.7-sonnet', 'Aider Polyglot', 64.9, '%', '2025-02-24', 'independent', 'aider-polyglot', { setting: '32k thinking' }),
  f('claude-3.7-sonnet', 'release_date', undefined, 'date', '2025-06-20', 'database', 'epoch-models', { valueText: '2025-02-24' }),
  // Gemini 2.0 Flash, Mistral Small 3.1.
  bench('gemini-2.0-flash', 'GPQA Diamond', 0.641, 'fraction', '2025-02-06', 'independent', 'epoch-runs'),
  bench('gemini-2.0-flash', 'SWE-bench Verified', 0.22, 'fraction', '2025-04-25', 'independent', 'epoch-runs'),
  f('mistral-small-3.1', 'context_window', 128e3, 'tokens', '2025-10-03', 'vendor', 'mistral-overview'),
  f('mistral-small-3.1', 'license', undefined, 'text', '2025-10-03', 'vendor', 'mistral-overview', { valueText: 'Apache 2.0' }),
  f('mistral-small-3.1', 'total_params', 24e9, 'params', '2025-06-20', 'database', 'epoch-models'),
  bench('mistral-small-3.1', 'GPQA Diamond', 0.475, 'fraction', '2025-03-18', 'independent', 'epoch-runs'),
];

export const fixtureSnapshot: Snapshot = {
  version: 'fixture-1',
  created: '2026-11-27T00:00:00Z',
  models,
  facts,
  sources,
  dictionary: { version: 'fixture-1', models: [], families: [{ id: 'llama-4', name: 'Llama 4', aliases: ['Llama 4'] }], benchmarks: [] },
};

const NAMES = new Map(models.map((m) => [m.id, m.name]));
NAMES.set('llama-4', 'Llama 4');

/** Builds a ClaimSchema object the way the engine would report it. */
export function claim(
  modelId: string,
  metric: Metric,
  quote: string,
  value: number | null,
  extra: Partial<Omit<ClaimInput, 'model' | 'metric' | 'quote' | 'value'>> & { others?: string[] } = {},
): Claim {
  const { others, ...rest } = extra;
  const input: ClaimInput = {
    id: `0:${quote.length}:${metric}`,
    quote,
    start: 0,
    end: quote.length,
    model: { id: modelId, name: NAMES.get(modelId) ?? modelId },
    metric,
    value,
    context: 'prose',
    ...rest,
    ...(others ? { comparison: { direction: extra.comparison?.direction ?? 'beats', others: others.map((id) => ({ id, name: NAMES.get(id) ?? id })), benchmark: extra.comparison?.benchmark } } : {}),
  };
  return ClaimSchema.parse(input);
}
