/**
 * Where the fact base's facts come from, and under which licence. Taken from
 * /work/shared/data/SOURCES.md (the licence summary); keep the two in step.
 */
export interface Attribution {
  name: string;
  publisher: string;
  repo: string;
  licence: string;
  /** Licence-required or provenance notes shown with the entry. */
  notes?: string[];
}

export const ATTRIBUTIONS: Attribution[] = [
  {
    name: 'AI Models database (snapshot)',
    publisher: 'Epoch AI',
    repo: 'https://github.com/epoch-research/training-cost-trends',
    licence: 'Apache-2.0',
    notes: ['Snapshot of the Epoch database, https://epoch.ai/data/ai-models. Credit: Epoch AI.'],
  },
  {
    name: 'Benchmark data (benchmark-stitching)',
    publisher: 'Epoch AI',
    repo: 'https://github.com/epoch-research/benchmark-stitching',
    licence: 'MIT — Copyright (c) 2025 Epoch AI',
    notes: [
      'Some rows restate third-party leaderboards (Fiction.live, Aider, LiveBench, HELM); each fact names its original source.',
    ],
  },
  {
    name: 'LMArena leaderboard as CSV',
    publisher: 'fboulnois/llm-leaderboard-csv (scraped from lmarena.ai)',
    repo: 'https://github.com/fboulnois/llm-leaderboard-csv',
    licence: 'MPL-2.0',
    notes: [
      'The CSVs are derived from LMArena data. The upstream LMArena data (lmarena/arena-catalog) carries no licence and is used only as provenance.',
    ],
  },
  {
    name: 'Aider polyglot leaderboard',
    publisher: 'Aider-AI/aider',
    repo: 'https://github.com/Aider-AI/aider',
    licence: 'Apache-2.0',
  },
  {
    name: 'Llama 4 model card',
    publisher: 'Meta (meta-llama/llama-models) — vendor claims',
    repo: 'https://github.com/meta-llama/llama-models',
    licence: 'Llama 4 Community License',
    notes: [
      'Built with Llama',
      'Llama 4 is licensed under the Llama 4 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.',
    ],
  },
  {
    name: 'DeepSeek-V3 README, weights doc and model config',
    publisher: 'DeepSeek (deepseek-ai/DeepSeek-V3) — vendor claims',
    repo: 'https://github.com/deepseek-ai/DeepSeek-V3',
    licence: 'MIT — Copyright (c) 2023 DeepSeek',
    notes: [
      'The model weights are under the separate DeepSeek License Agreement; no weights are used or shipped.',
    ],
  },
  {
    name: 'simple-evals README',
    publisher: 'OpenAI (openai/simple-evals) — vendor-run for OpenAI models',
    repo: 'https://github.com/openai/simple-evals',
    licence: 'MIT — Copyright (c) 2024 OpenAI',
  },
  {
    name: 'Mistral model overview',
    publisher: 'Mistral AI (mistralai/platform-docs-public) — vendor claims',
    repo: 'https://github.com/mistralai/platform-docs-public',
    licence: 'Apache-2.0',
  },
];
