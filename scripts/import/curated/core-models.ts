import type { Model } from '../../../lib/factbase/schema';

/**
 * The hand-curated core of the model tree: canonical ids/names from the brief, the parent/variant
 * tree, and every name form the sources use for these models. Everything else comes from the
 * sources. Release dates are the ones the sources give (comment = file), not from memory.
 *
 * `names` are resolution names: each source spelling that must map here. The dictionary gets
 * them too, after the alias-safety rules (lib/factbase/aliases.ts) and collision rules.
 */
export interface CoreModel extends Omit<Model, 'aliases'> {
  names: string[];
  familyNames?: string[];
}

export const CORE_MODELS: CoreModel[] = [
  // Llama 4 — MODEL_CARD.md: release date April 5, 2025; Epoch: Behemoth "Unreleased" ("still training").
  {
    id: 'llama-4-scout',
    name: 'Llama 4 Scout',
    family: 'Llama 4',
    vendor: 'Meta',
    status: 'released',
    releaseDate: '2025-04-05',
    names: [
      'Llama 4 Scout',
      'Llama-4-Scout-17B-16E-Instruct',
      'Llama-4-Scout-17B-16E',
      'Llama 4 Scout 17B-16E',
      'Llama 4 Scout (17Bx16E)',
      'meta-llama/Llama-4-Scout-17B-16E-Instruct',
      'meta-llama/Llama-4-Scout-17B-16E',
      'chutes/Llama-4-Scout-17B-16E Instruct',
    ],
    familyNames: ['Scout'],
  },
  {
    id: 'llama-4-maverick',
    name: 'Llama 4 Maverick',
    family: 'Llama 4',
    vendor: 'Meta',
    status: 'released',
    releaseDate: '2025-04-05',
    names: [
      'Llama 4 Maverick',
      'Llama-4-Maverick-17B-128E-Instruct',
      'Llama-4-Maverick-17B-128E',
      'Llama-4-Maverick-17B-128E-Instruct-FP8',
      'Llama 4 Maverick 17B-128E',
      'Llama 4 Maverick (17Bx128E)',
      'meta-llama/Llama-4-Maverick-17B-128E-Instruct',
      'meta-llama/Llama-4-Maverick-17B-128E',
      'chutes/Llama-4-Maverick-17B-128E-Instruct',
    ],
    familyNames: ['Maverick'],
  },
  {
    id: 'llama-4-maverick-03-26-experimental',
    name: 'Llama 4 Maverick 03-26 Experimental',
    family: 'Llama 4',
    vendor: 'Meta',
    parent: 'llama-4-maverick',
    variantLabel: '03-26-Experimental',
    status: 'experimental',
    names: [
      'Llama 4 Maverick 03-26 Experimental',
      'Llama-4-Maverick-03-26-Experimental',
      'Llama 4 Maverick Experimental',
      'Llama 4 Maverick (experimental)',
    ],
    familyNames: ['Maverick 03-26 Experimental', 'Maverick Experimental', 'experimental Maverick'],
  },
  {
    id: 'llama-4-behemoth',
    name: 'Llama 4 Behemoth',
    family: 'Llama 4',
    vendor: 'Meta',
    status: 'unreleased',
    names: ['Llama 4 Behemoth', 'Llama 4 Behemoth (preview)', 'Llama-4-Behemoth'],
    familyNames: ['Behemoth'],
  },

  // GPT-4o — Epoch models CSV: publication 2024-05-13; dated versions from their ids.
  {
    id: 'gpt-4o',
    name: 'GPT-4o',
    family: 'GPT-4o',
    vendor: 'OpenAI',
    status: 'released',
    releaseDate: '2024-05-13',
    names: ['GPT-4o', 'GPT 4o', 'GPT4o'],
  },
  {
    id: 'gpt-4o-2024-05-13',
    name: 'GPT-4o (2024-05-13)',
    family: 'GPT-4o',
    vendor: 'OpenAI',
    parent: 'gpt-4o',
    variantLabel: '2024-05-13',
    status: 'released',
    releaseDate: '2024-05-13',
    names: ['gpt-4o-2024-05-13', 'GPT-4o (2024-05-13)', 'GPT-4o-0513', 'GPT-4o 0513', 'GPT-4o (May 2024)'],
  },
  {
    id: 'gpt-4o-2024-08-06',
    name: 'GPT-4o (2024-08-06)',
    family: 'GPT-4o',
    vendor: 'OpenAI',
    parent: 'gpt-4o',
    variantLabel: '2024-08-06',
    status: 'released',
    releaseDate: '2024-08-06',
    names: ['gpt-4o-2024-08-06', 'GPT-4o (2024-08-06)', 'GPT-4o-0806', 'GPT-4o (Aug 2024)'],
  },
  {
    id: 'gpt-4o-2024-11-20',
    name: 'GPT-4o (2024-11-20)',
    family: 'GPT-4o',
    vendor: 'OpenAI',
    parent: 'gpt-4o',
    variantLabel: '2024-11-20',
    status: 'released',
    releaseDate: '2024-11-20',
    names: ['gpt-4o-2024-11-20', 'GPT-4o (2024-11-20)', 'GPT-4o-1120', 'GPT-4o (Nov 2024)'],
  },
  {
    id: 'chatgpt-4o-latest',
    name: 'ChatGPT-4o-latest',
    family: 'GPT-4o',
    vendor: 'OpenAI',
    parent: 'gpt-4o',
    variantLabel: 'chatgpt-4o-latest',
    status: 'released',
    names: [
      'chatgpt-4o-latest',
      'ChatGPT-4o-latest',
      'ChatGPT-4o',
      'chatgpt-4o-latest (2025-02-15)',
      'chatgpt-4o-latest (2025-03-29)',
      'chatgpt-4o-11-25-2024',
      'chatgpt-4o-03-27-2025',
      'chatgpt-4o-latest-2025-03-27',
    ],
  },
  // LMArena lists five dated ChatGPT-4o-latest entries side by side in one snapshot, so each is
  // its own child (facts in the same snapshot must not collide on one model).
  ...['2024-08-08', '2024-09-03', '2024-11-20', '2025-01-29', '2025-03-26'].map((d) => ({
    id: `chatgpt-4o-latest-${d}`,
    name: `ChatGPT-4o-latest (${d})`,
    family: 'GPT-4o',
    vendor: 'OpenAI',
    parent: 'chatgpt-4o-latest',
    variantLabel: d,
    status: 'released' as const,
    names: [
      `ChatGPT-4o-latest (${d})`,
      `chatgpt-4o-latest-${d.replace(/-/g, '')}`,
      // Epoch spells the same dated release month-day-year (model_versions.csv: released 2025-01-29).
      ...(d === '2025-01-29' ? ['chatgpt-4o-01-29-2025'] : []),
    ],
  })),
  {
    id: 'gpt-4o-mini',
    name: 'GPT-4o mini',
    // A separate model, not a GPT-4o version: no family, so it never counts as a GPT-4o member.
    vendor: 'OpenAI',
    status: 'released',
    releaseDate: '2024-07-18',
    names: ['GPT-4o mini', 'GPT-4o-mini', 'gpt-4o-mini-2024-07-18', 'GPT-4o-mini-2024-07-18'],
  },
  {
    id: 'gpt-4.5',
    name: 'GPT-4.5',
    family: 'GPT-4.5',
    vendor: 'OpenAI',
    status: 'released',
    releaseDate: '2025-02-27',
    names: [
      'GPT-4.5',
      'GPT 4.5',
      'GPT-4.5-Preview',
      'gpt-4.5-preview',
      'gpt-4.5-preview-2025-02-27',
      'GPT-4.5 Preview',
    ],
  },

  // Gemini 2.0 Flash — Epoch models CSV: announced 2024-12-11; model_versions.csv: Flash-Lite 2025-02-05.
  {
    id: 'gemini-2.0-flash',
    name: 'Gemini 2.0 Flash',
    family: 'Gemini 2.0',
    vendor: 'Google',
    status: 'released',
    releaseDate: '2024-12-11',
    names: [
      'Gemini 2.0 Flash',
      'Gemini-2.0-Flash-001',
      'gemini-2.0-flash-001',
      'gemini-2.0-flash-02-05',
      'Gemini Flash 2.0',
      'Gemini 2.0 Flash (GA)',
    ],
    // bare "Flash" only once the article has named Gemini 2.0 (it is also a common word)
    familyNames: ['Flash'],
  },
  {
    id: 'gemini-2.0-flash-exp',
    name: 'Gemini 2.0 Flash Experimental',
    family: 'Gemini 2.0',
    vendor: 'Google',
    parent: 'gemini-2.0-flash',
    variantLabel: 'Exp',
    status: 'experimental',
    releaseDate: '2024-12-11',
    names: [
      'Gemini-2.0-Flash-Exp',
      'gemini-2.0-flash-exp',
      'Gemini 2.0 Flash Experimental',
      'Gemini 2.0 Flash Exp',
    ],
  },
  {
    id: 'gemini-2.0-flash-thinking',
    name: 'Gemini 2.0 Flash Thinking',
    family: 'Gemini 2.0',
    vendor: 'Google',
    parent: 'gemini-2.0-flash',
    variantLabel: 'Thinking',
    status: 'experimental',
    releaseDate: '2024-12-19',
    names: ['Gemini 2.0 Flash Thinking', 'Gemini 2.0 Flash Thinking Experimental'],
  },
  {
    id: 'gemini-2.0-flash-thinking-exp-01-21',
    name: 'Gemini 2.0 Flash Thinking Exp 01-21',
    family: 'Gemini 2.0',
    vendor: 'Google',
    parent: 'gemini-2.0-flash-thinking',
    variantLabel: 'Exp-01-21',
    status: 'experimental',
    releaseDate: '2025-01-21',
    names: ['Gemini-2.0-Flash-Thinking-Exp-01-21', 'gemini-2.0-flash-thinking-exp-01-21'],
  },
  {
    id: 'gemini-2.0-flash-thinking-exp-1219',
    name: 'Gemini 2.0 Flash Thinking Exp 1219',
    family: 'Gemini 2.0',
    vendor: 'Google',
    parent: 'gemini-2.0-flash-thinking',
    variantLabel: 'Exp-1219',
    status: 'experimental',
    releaseDate: '2024-12-19',
    names: ['Gemini-2.0-Flash-Thinking-Exp-1219', 'gemini-2.0-flash-thinking-exp-1219'],
  },
  {
    id: 'gemini-2.0-flash-lite',
    name: 'Gemini 2.0 Flash-Lite',
    family: 'Gemini 2.0',
    vendor: 'Google',
    status: 'released',
    releaseDate: '2025-02-05',
    names: [
      'Gemini 2.0 Flash-Lite',
      'Gemini 2.0 Flash Lite',
      'Gemini-2.0-Flash-Lite',
      'gemini-2.0-flash-lite',
      'gemini-2.0-flash-lite-001',
      'gemini-2.0-flash-lite-preview-02-05',
      'Gemini 2.0 Flash-Lite Preview',
    ],
    familyNames: ['Flash-Lite', 'Flash Lite'],
  },

  // Claude 3.7 Sonnet — Epoch models CSV / model_versions.csv: 2025-02-24.
  {
    id: 'claude-3.7-sonnet',
    name: 'Claude 3.7 Sonnet',
    family: 'Claude 3.7',
    vendor: 'Anthropic',
    status: 'released',
    releaseDate: '2025-02-24',
    names: [
      'Claude 3.7 Sonnet',
      'Claude Sonnet 3.7',
      'claude-3-7-sonnet',
      'claude-3-7-sonnet-20250219',
      'claude-3-7-sonnet-latest',
      'claude-3-7-sonnet-20250219 (no thinking)',
      'Claude 3.7',
    ],
  },
  {
    id: 'claude-3.7-sonnet-thinking',
    name: 'Claude 3.7 Sonnet (thinking)',
    family: 'Claude 3.7',
    vendor: 'Anthropic',
    parent: 'claude-3.7-sonnet',
    variantLabel: 'thinking',
    status: 'released',
    releaseDate: '2025-02-24',
    names: [
      'Claude 3.7 Sonnet (thinking)',
      'Claude 3.7 Sonnet Thinking',
      'Claude 3.7 Sonnet (extended thinking)',
      'Claude 3.7 Sonnet (thinking-32k)',
      'claude-3-7-sonnet-20250219-thinking-32k',
      'claude-3-7-sonnet-thinking',
    ],
  },

  // DeepSeek-V3 — Epoch models CSV: 2024-12-24 (model_versions.csv says 2024-12-26: kept as a disagreement fact).
  {
    id: 'deepseek-v3',
    name: 'DeepSeek-V3',
    family: 'DeepSeek-V3',
    vendor: 'DeepSeek',
    status: 'released',
    releaseDate: '2024-12-24',
    names: [
      'DeepSeek-V3',
      'DeepSeek V3',
      'DeepSeekV3',
      'deepseek-ai/DeepSeek-V3',
      'DeepSeek Chat V3 (prev)',
      'DeepSeek-V3 (Dec 2024)',
      'DeepSeek-V3-Base',
      'deepseek-ai/DeepSeek-V3-Base',
    ],
  },
  {
    id: 'deepseek-v3-0324',
    name: 'DeepSeek-V3-0324',
    family: 'DeepSeek-V3',
    vendor: 'DeepSeek',
    parent: 'deepseek-v3',
    variantLabel: '0324',
    status: 'released',
    releaseDate: '2025-03-24',
    names: [
      'DeepSeek-V3-0324',
      'DeepSeek V3 0324',
      'DeepSeek V3 (0324)',
      'DeepSeek-V3 (Mar 2025)',
      'deepseek-ai/DeepSeek-V3-0324',
      'chutes/DeepSeek-V3-0324',
    ],
  },

  // Mistral Small 3.1 — Epoch models CSV: 2025-03-17; Mistral overview: mistral-small-2503 (v25.03).
  {
    id: 'mistral-small-3.1',
    name: 'Mistral Small 3.1',
    family: 'Mistral Small',
    vendor: 'Mistral AI',
    status: 'released',
    releaseDate: '2025-03-17',
    names: [
      'Mistral Small 3.1',
      'Mistral-Small-3.1',
      'Mistral-Small-3.1-24B-Instruct-2503',
      'Mistral-Small-3.1-24B-Base-2503',
      'mistralai/Mistral-Small-3.1-24B-Instruct-2503',
      'mistral-small-2503',
      'Mistral Small 3.1 (25.03)',
    ],
  },
];

/**
 * Source spellings that name a core model *plus a setting* (a thinking budget, a quantised
 * checkpoint, a base model, a serving provider). The fact goes to the model, the rest to
 * `setting` or `extra` — never to a new model.
 */
export const NAME_SETTINGS: Record<string, { setting?: string; extra?: Record<string, string> }> = {
  'Llama-4-Maverick-17B-128E-Instruct-FP8': {
    setting: 'FP8',
    extra: { checkpoint: 'Llama-4-Maverick-17B-128E-Instruct-FP8' },
  },
  'chutes/Llama-4-Maverick-17B-128E-Instruct': { extra: { provider: 'chutes' } },
  'chutes/Llama-4-Scout-17B-16E Instruct': { extra: { provider: 'chutes' } },
  'chutes/DeepSeek-V3-0324': { extra: { provider: 'chutes' } },
  'DeepSeek-V3-Base': { setting: 'base' },
  'deepseek-ai/DeepSeek-V3-Base': { setting: 'base' },
  'Mistral-Small-3.1-24B-Base-2503': { setting: 'base' },
  'claude-3-7-sonnet-20250219 (no thinking)': { setting: 'no thinking' },
  'chatgpt-4o-latest (2025-02-15)': { extra: { version: 'chatgpt-4o-latest as of 2025-02-15' } },
  'chatgpt-4o-latest (2025-03-29)': { extra: { version: 'chatgpt-4o-latest as of 2025-03-29' } },
  // Epoch's undated-API ChatGPT-4o versions: the version becomes the setting so that two versions
  // restated with the same date never look like one model with two values.
  'chatgpt-4o-11-25-2024': { setting: 'version 2024-11-25', extra: { version: 'chatgpt-4o-11-25-2024' } },
  'chatgpt-4o-03-27-2025': { setting: 'version 2025-03-27', extra: { version: 'chatgpt-4o-03-27-2025' } },
  'chatgpt-4o-latest-2025-03-27': {
    setting: 'version 2025-03-27',
    extra: { version: 'chatgpt-4o-latest-2025-03-27' },
  },
};
