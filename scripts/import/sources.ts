import type { Source } from '../../lib/factbase/schema';

/**
 * Every file the fact base cites, with repository, path, commit and licence as recorded in
 * /work/shared/data/SOURCES.md. `raw` is the file's place under shared/data/raw (importers only).
 */
export interface RawSource extends Source {
  raw?: string;
}

const gh = (repo: string, commit: string, path: string) =>
  `https://github.com/${repo}/blob/${commit}/${path.split('/').map(encodeURIComponent).join('/')}`;

const FB = 'fboulnois/llm-leaderboard-csv';
const fbCsv = (date: string, commit: string, file: 'lmsys' | 'lmarena_text'): RawSource => ({
  id: `lmarena-csv-${date}`,
  title: `LMArena text leaderboard, ${date} snapshot (CSV scrape)`,
  publisher: 'fboulnois/llm-leaderboard-csv (daily scrape of lmarena.ai)',
  url: gh(FB, commit, `csv/${file}.csv`),
  repository: FB,
  path: `csv/${file}.csv`,
  commit,
  date,
  licence: 'MPL-2.0 (upstream LMArena data: no licence stated)',
  raw: `fboulnois-llm-leaderboard-csv/${file}.${date}.csv`,
});

const LA = 'lmarena/arena-catalog';
const laJson = (date: string, commit: string, style: boolean): RawSource => {
  const file = style ? 'leaderboard-text-style-control' : 'leaderboard-text';
  return {
    id: `lmarena-json-${style ? 'style-control-' : ''}${date}`,
    title: `LMArena text leaderboard${style ? ' (style control)' : ''}, ${date} (LMArena JSON)`,
    publisher: 'LMArena',
    url: gh(LA, commit, `data/${file}.json`),
    repository: LA,
    path: `data/${file}.json`,
    commit,
    date,
    licence: 'none stated (used as corroboration; see data/README.md)',
    raw: `lmarena-arena-catalog/${file}.${date}.json`,
  };
};

const BS = 'epoch-research/benchmark-stitching';
const BS_COMMIT = 'f87d3cc8e8a8f8471be475ebce58fb9a73b4e756';
const bs = (id: string, file: string, title: string): RawSource => ({
  id,
  title,
  publisher: 'Epoch AI',
  url: gh(BS, BS_COMMIT, `data/${file}`),
  repository: BS,
  path: `data/${file}`,
  commit: BS_COMMIT,
  date: '2025-12-03',
  licence: 'MIT (Copyright (c) 2025 Epoch AI)',
  raw: `epoch-benchmark-stitching/data/${file}`,
});

const ML = 'meta-llama/llama-models';
const ML_COMMIT = 'a9c89c471f793423afd4cc3ca8671d6e56fe64cb';
const DS = 'deepseek-ai/DeepSeek-V3';
const DS_COMMIT = '9b4e9788e4a3a731f7567338ed15d3ec549ce03b';

export const SOURCES: RawSource[] = [
  fbCsv('2025-04-06', '3f7847a1403ed67a2f93d8ad24dd9f9215fb21ce', 'lmsys'),
  fbCsv('2025-04-11', '6c37a6f9caa9523dfc2e2b5a7a8a08a09e32ca52', 'lmsys'),
  fbCsv('2025-04-13', 'ec9626a8c05673bfb22af4c788ea125945998d7d', 'lmsys'),
  fbCsv('2025-04-24', '20e2eefa9c0a97093ed58a60031c4e44e86c836d', 'lmsys'),
  fbCsv('2025-05-23', 'f62bc9280387dff11864f5cf0010ce8b79aef011', 'lmsys'),
  fbCsv('2025-08-04', 'e964e252a171a83b8bf189675ca01406d86bc810', 'lmarena_text'),
  laJson('2025-04-07', 'f973ec23f6f08bf7e35289a0decc405616521848', false),
  laJson('2025-04-07', 'f973ec23f6f08bf7e35289a0decc405616521848', true),
  laJson('2025-04-24', 'ca6b342978bcefe9c1e34a1b7a889e0d7ba62fc1', false),
  laJson('2025-04-24', 'ca6b342978bcefe9c1e34a1b7a889e0d7ba62fc1', true),
  laJson('2025-05-24', '209556bee0da499fdbfbc7b31f676f9828ea6b14', false),
  laJson('2025-12-17', 'c9558b60647217fafa878cb7ee14f8f43c355594', false),
  {
    id: 'epoch-models',
    title: 'Epoch AI, AI Models database snapshot ("All ML Systems - full view")',
    publisher: 'Epoch AI',
    url: gh(
      'epoch-research/training-cost-trends',
      '5e8c5c4fc17ff70c6865d527016da7826fabacc2',
      'data/All ML Systems - full view.csv',
    ),
    repository: 'epoch-research/training-cost-trends',
    path: 'data/All ML Systems - full view.csv',
    commit: '5e8c5c4fc17ff70c6865d527016da7826fabacc2',
    date: '2025-06-20',
    licence: 'Apache-2.0 (credit "Epoch AI")',
    raw: 'epoch-ai-models/All ML Systems - full view.csv',
  },
  bs('epoch-benchmark-runs', 'benchmarks_runs.csv', "Epoch AI Benchmarking Hub, Epoch's own runs"),
  bs(
    'epoch-fictionlivebench',
    'external_benchmark_fictionlivebench.csv',
    'Fiction.LiveBench (restated by Epoch AI from fiction.live)',
  ),
  bs(
    'epoch-aider-polyglot',
    'external_benchmark_aider_polyglot.csv',
    'Aider polyglot (restated by Epoch AI from Aider LLM Leaderboards)',
  ),
  bs(
    'epoch-livebench',
    'external_benchmark_livebench.csv',
    'LiveBench 2024-11-25 (restated by Epoch AI from livebench.ai)',
  ),
  bs(
    'epoch-mmlu',
    'external_benchmark_mmlu.csv',
    'MMLU (restated by Epoch AI from HELM and technical reports)',
  ),
  bs(
    'epoch-model-versions',
    'model_versions.csv',
    'Epoch AI model versions (release dates, knowledge cut-offs)',
  ),
  {
    id: 'aider-polyglot',
    title: 'Aider polyglot leaderboard (polyglot_leaderboard.yml)',
    publisher: 'Aider',
    url: gh(
      'Aider-AI/aider',
      '5dc9490bb35f9729ef2c95d00a19ccd30c26339c',
      'aider/website/_data/polyglot_leaderboard.yml',
    ),
    repository: 'Aider-AI/aider',
    path: 'aider/website/_data/polyglot_leaderboard.yml',
    commit: '5dc9490bb35f9729ef2c95d00a19ccd30c26339c',
    date: '2025-10-04',
    licence: 'Apache-2.0',
    raw: 'aider-polyglot-leaderboard/polyglot_leaderboard.yml',
  },
  {
    id: 'meta-llama4-model-card',
    title: 'Llama 4 model card (MODEL_CARD.md)',
    publisher: 'Meta',
    url: gh(ML, ML_COMMIT, 'models/llama4/MODEL_CARD.md'),
    repository: ML,
    path: 'models/llama4/MODEL_CARD.md',
    commit: ML_COMMIT,
    date: '2025-04-05',
    licence: 'Llama 4 Community License (Built with Llama)',
    raw: 'meta-llama-llama-models/models/llama4/MODEL_CARD.md',
  },
  {
    id: 'meta-llama-models-readme',
    title: 'meta-llama/llama-models README (Llama releases table)',
    publisher: 'Meta',
    url: gh(ML, ML_COMMIT, 'README.md'),
    repository: ML,
    path: 'README.md',
    commit: ML_COMMIT,
    date: '2025-04-05',
    licence: 'Llama 4 Community License (Built with Llama)',
    raw: 'meta-llama-llama-models/README.md',
  },
  {
    id: 'deepseek-v3-readme',
    title: 'DeepSeek-V3 README',
    publisher: 'DeepSeek',
    url: gh(DS, DS_COMMIT, 'README.md'),
    repository: DS,
    path: 'README.md',
    commit: DS_COMMIT,
    date: '2025-08-27',
    licence: 'MIT (repository code licence)',
    raw: 'deepseek-v3/README.md',
  },
  {
    id: 'deepseek-v3-readme-weights',
    title: 'DeepSeek-V3 weights documentation (README_WEIGHTS.md)',
    publisher: 'DeepSeek',
    url: gh(DS, DS_COMMIT, 'README_WEIGHTS.md'),
    repository: DS,
    path: 'README_WEIGHTS.md',
    commit: DS_COMMIT,
    date: '2025-08-27',
    licence: 'MIT (repository code licence)',
    raw: 'deepseek-v3/README_WEIGHTS.md',
  },
  {
    id: 'deepseek-v3-config',
    title: 'DeepSeek-V3 inference config (config_671B.json)',
    publisher: 'DeepSeek',
    url: gh(DS, DS_COMMIT, 'inference/configs/config_671B.json'),
    repository: DS,
    path: 'inference/configs/config_671B.json',
    commit: DS_COMMIT,
    date: '2025-08-27',
    licence: 'MIT (repository code licence)',
    raw: 'deepseek-v3/inference/configs/config_671B.json',
  },
  {
    id: 'deepseek-v3-licence-model',
    title: 'DeepSeek-V3 model licence (LICENSE-MODEL)',
    publisher: 'DeepSeek',
    url: gh(DS, DS_COMMIT, 'LICENSE-MODEL'),
    repository: DS,
    path: 'LICENSE-MODEL',
    commit: DS_COMMIT,
    date: '2025-08-27',
    licence: 'MIT (repository code licence)',
    raw: 'deepseek-v3/LICENSE-MODEL',
  },
  {
    id: 'openai-simple-evals',
    title: 'OpenAI simple-evals README (benchmark results table)',
    publisher: 'OpenAI',
    url: gh('openai/simple-evals', 'ee3b0318d8d1d9d72755a4120879be65f7c07e9e', 'README.md'),
    repository: 'openai/simple-evals',
    path: 'README.md',
    commit: 'ee3b0318d8d1d9d72755a4120879be65f7c07e9e',
    date: '2025-07-09',
    licence: 'MIT',
    raw: 'openai-simple-evals/README.md',
  },
  {
    id: 'nvidia-ruler',
    title: 'RULER results table (README.md)',
    publisher: 'NVIDIA',
    url: gh('NVIDIA/RULER', 'c3f5e3b4f87f97e048793bb510a3a6b19a46bf3a', 'README.md'),
    repository: 'NVIDIA/RULER',
    path: 'README.md',
    commit: 'c3f5e3b4f87f97e048793bb510a3a6b19a46bf3a',
    // SOURCES.md does not record this commit's date; the newest dated reference in the file is
    // arXiv 2505.09388 (May 2025), so the table is at least that recent.
    date: '2025-05',
    licence: 'Apache-2.0',
    raw: 'nvidia-ruler/README.md',
  },
  {
    id: 'mistral-models-overview',
    title: 'Mistral AI models overview (docs/getting-started/models/overview.md)',
    publisher: 'Mistral AI',
    url: gh(
      'mistralai/platform-docs-public',
      '94196a4cb02a19797729a594a3e10e9ebc36b3d5',
      'docs/getting-started/models/overview.md',
    ),
    repository: 'mistralai/platform-docs-public',
    path: 'docs/getting-started/models/overview.md',
    commit: '94196a4cb02a19797729a594a3e10e9ebc36b3d5',
    date: '2025-10-03',
    licence: 'Apache-2.0',
    raw: 'mistral-platform-docs/docs/getting-started/models/overview.md',
  },
];

export const sourceById = (id: string): RawSource => {
  const s = SOURCES.find((x) => x.id === id);
  if (!s) throw new Error(`unknown source ${id}`);
  return s;
};
