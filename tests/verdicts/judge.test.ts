import { describe, expect, it } from 'vitest';
import { judgeClaim, judgeClaims } from '@/lib/verdicts';
import { VerdictResultSchema, type Verdict } from '@/lib/verdicts/types';
import { createMemoryStore } from '@/lib/factbase/memory-store';
import type { Claim } from '@/lib/claims/types';
import { claim, fixtureSnapshot } from './fixtures';

interface Case {
  name: string;
  claim: Claim;
  pageDate?: string;
  verdict: Verdict;
  /** Pattern the one-sentence explanation must match. */
  explains?: RegExp;
  /** Some expected value must have these fields. */
  expects?: Record<string, unknown>;
  benchmarkUsed?: RegExp;
}

const B = 1e9;
const cases: Case[] = [
  // ── issue 3 item 7 ────────────────────────────────────────────────────────────
  {
    name: 'Maverick 1417 on LMArena → misleading (experimental checkpoint)',
    claim: claim('llama-4-maverick', 'arena_elo', 'Maverick scored 1417 on LMArena', 1417, {
      benchmark: 'LMArena',
      unit: 'elo',
    }),
    pageDate: '2025-04-06',
    verdict: 'misleading',
    explains:
      /^1417 is the LMArena score of the unreleased Llama 4 Maverick 03-26 Experimental \(LMArena, 2025-04-06\); the released Llama 4 Maverick scored 1273 \(LMArena, 2025-04-11\)\.$/,
    expects: { modelId: 'llama-4-maverick', value: 1273, asOf: '2025-04-11', provenance: 'independent' },
  },
  {
    name: 'Maverick 1417 with no page date → still misleading',
    claim: claim('llama-4-maverick', 'arena_elo', '1417 Elo', 1417, { benchmark: 'LMArena' }),
    verdict: 'misleading',
    explains: /Llama 4 Maverick 03-26 Experimental/,
  },
  {
    name: 'Scout 10M-token context → disputed by Fiction.LiveBench',
    claim: claim('llama-4-scout', 'context_window', '10M-token context window', 10e6, { unit: 'tokens' }),
    verdict: 'disputed',
    explains: /Meta claims a 10M-token context window for Llama 4 Scout .*Fiction\.LiveBench 27\.3% at 120k/,
    expects: { provenance: 'independent', benchmark: 'Fiction.LiveBench', value: 27.3 },
  },
  {
    name: 'Maverick 402B total → close',
    claim: claim('llama-4-maverick', 'total_params', '402B total', 402 * B, { unit: 'params' }),
    verdict: 'close',
    explains: /400B .*not 402B/,
    expects: { value: 400 * B, provenance: 'vendor' },
  },
  {
    name: 'Maverick 17B active → supported',
    claim: claim('llama-4-maverick', 'active_params', '17B active', 17 * B),
    verdict: 'supported',
  },
  {
    name: 'Maverick 128 experts → supported',
    claim: claim('llama-4-maverick', 'experts', '128 experts', 128),
    verdict: 'supported',
  },
  {
    name: 'Behemoth 2 trillion → supported, as a vendor claim about an unreleased model',
    claim: claim('llama-4-behemoth', 'total_params', '2 trillion parameters', 2e12),
    verdict: 'supported',
    explains: /unreleased.*vendor claim/,
    expects: { modelId: 'llama-4-behemoth', provenance: 'database' },
  },
  {
    name: 'Llama 4 trained on over 100,000 H100 GPUs → unverified',
    claim: claim('llama-4', 'training_gpus', 'over 100,000 H100 GPUs', 100000, {
      hedge: 'over',
      unit: 'gpus',
    }),
    verdict: 'unverified',
    explains: /Llama 4 Behemoth's 32,000/,
  },
  {
    name: 'GPT-4o 88.7 on MMLU → supported (2024-08-06, OpenAI)',
    claim: claim('gpt-4o', 'benchmark_score', '88.7 on MMLU', 88.7, { benchmark: 'MMLU', unit: '%' }),
    verdict: 'supported',
    explains:
      /GPT-4o 2024-08-06 scored 88\.7% on MMLU \(OpenAI, 2024-08-06\), OpenAI's own figure; an independent run measured 84\.3%/,
    expects: { modelId: 'gpt-4o-2024-08-06', asOf: '2024-08-06', provenance: 'vendor', value: 88.7 },
  },
  {
    name: 'GPT-4o 88.7 MMLU: HELM 84.3 (disagreesWith, under the 7.5% gap) shows as an independent expected value',
    claim: claim('gpt-4o', 'benchmark_score', 'MMLU: 88.7%', 88.7, { benchmark: 'MMLU', unit: '%' }),
    verdict: 'supported',
    expects: { modelId: 'gpt-4o-2024-08-06', provenance: 'independent', value: 84.3 },
  },
  // ── parameters, experts, context ─────────────────────────────────────────────
  {
    name: 'Scout 17B active',
    claim: claim('llama-4-scout', 'active_params', '17B active parameters', 17 * B),
    verdict: 'supported',
  },
  {
    name: 'Scout 109B total',
    claim: claim('llama-4-scout', 'total_params', '109B total', 109 * B),
    verdict: 'supported',
  },
  {
    name: 'Scout 16 experts',
    claim: claim('llama-4-scout', 'experts', '16 experts', 16),
    verdict: 'supported',
  },
  {
    name: 'Scout 128 experts → contradicted',
    claim: claim('llama-4-scout', 'experts', '128 experts', 128),
    verdict: 'contradicted',
    explains: /number of experts is 16/,
  },
  {
    name: 'Maverick 400B total: vendor and database agree',
    claim: claim('llama-4-maverick', 'total_params', '400 billion parameters', 400 * B),
    verdict: 'supported',
    expects: { provenance: 'database' },
  },
  {
    name: 'Maverick "nearly 400B"',
    claim: claim('llama-4-maverick', 'total_params', 'nearly 400B', 400 * B, { hedge: 'nearly' }),
    verdict: 'supported',
  },
  {
    name: 'Maverick "over 300B"',
    claim: claim('llama-4-maverick', 'total_params', 'over 300B parameters', 300 * B, { hedge: 'over' }),
    verdict: 'supported',
  },
  {
    name: 'Maverick "under 100B" total → contradicted',
    claim: claim('llama-4-maverick', 'total_params', 'under 100B', 100 * B, { hedge: 'under' }),
    verdict: 'contradicted',
  },
  {
    name: 'Maverick "about 410B" → supported by the hedge',
    claim: claim('llama-4-maverick', 'total_params', 'about 410B', 410 * B, { hedge: 'about' }),
    verdict: 'supported',
  },
  {
    name: 'Maverick 1M context → disputed (36.4% at 120k)',
    claim: claim('llama-4-maverick', 'context_window', '1M tokens', 1e6),
    verdict: 'disputed',
    explains: /36\.4%/,
  },
  {
    name: 'Scout "up to 10M tokens" → disputed',
    claim: claim('llama-4-scout', 'context_window', 'up to 10M tokens', 10e6, { hedge: 'up to' }),
    verdict: 'disputed',
  },
  {
    name: 'Scout 1M context → contradicted',
    claim: claim('llama-4-scout', 'context_window', '1M context', 1e6),
    verdict: 'contradicted',
  },
  {
    name: 'Gemini 2.0 Flash context: no fact → unverified',
    claim: claim('gemini-2.0-flash', 'context_window', '1M tokens', 1e6),
    verdict: 'unverified',
  },
  {
    name: 'DeepSeek-V3 671B total',
    claim: claim('deepseek-v3', 'total_params', '671B total', 671 * B),
    verdict: 'supported',
  },
  {
    name: 'DeepSeek-V3 685B (HF upload size) → close',
    claim: claim('deepseek-v3', 'total_params', '685B parameters', 685 * B),
    verdict: 'close',
  },
  {
    name: 'DeepSeek-V3 37B activated',
    claim: claim('deepseek-v3', 'active_params', '37B activated', 37 * B),
    verdict: 'supported',
  },
  {
    name: 'DeepSeek-V3 128K context, no long-context dispute',
    claim: claim('deepseek-v3', 'context_window', '128K context', 128e3),
    verdict: 'supported',
  },
  {
    name: 'DeepSeek-V3-0324 inherits 671B from its parent',
    claim: claim('deepseek-v3-0324', 'total_params', '671B', 671 * B),
    verdict: 'supported',
  },
  {
    name: 'DeepSeek-V3 14.8T tokens',
    claim: claim('deepseek-v3', 'training_tokens', '14.8T tokens', 14.8e12),
    verdict: 'supported',
  },
  {
    name: 'DeepSeek-V3 2,048 H800s',
    claim: claim('deepseek-v3', 'training_gpus', '2,048 H800 GPUs', 2048),
    verdict: 'supported',
  },
  {
    name: 'DeepSeek-V3 2.788M GPU hours',
    claim: claim('deepseek-v3', 'training_gpu_hours', '2.788M H800 GPU hours', 2.788e6),
    verdict: 'supported',
  },
  {
    name: 'DeepSeek-V3 2.8M GPU hours (coarser print)',
    claim: claim('deepseek-v3', 'training_gpu_hours', '2.8M GPU hours', 2.8e6),
    verdict: 'supported',
  },
  {
    name: 'Mistral Small 3.1 128k context',
    claim: claim('mistral-small-3.1', 'context_window', '128k tokens', 128e3),
    verdict: 'supported',
    expects: { provenance: 'vendor' },
  },
  {
    name: 'Mistral Small 3.1 24B',
    claim: claim('mistral-small-3.1', 'total_params', '24B parameters', 24 * B),
    verdict: 'supported',
  },
  {
    name: 'Scout ~40T training tokens',
    claim: claim('llama-4-scout', 'training_tokens', 'about 40T tokens', 40e12, { hedge: 'about' }),
    verdict: 'supported',
  },
  {
    name: 'Maverick 22T tokens',
    claim: claim('llama-4-maverick', 'training_tokens', '22 trillion tokens', 22e12),
    verdict: 'supported',
  },
  {
    name: 'Maverick 40T tokens → contradicted (that is Scout)',
    claim: claim('llama-4-maverick', 'training_tokens', '40T tokens', 40e12),
    verdict: 'contradicted',
  },
  {
    name: 'Scout training compute 4.08e24',
    claim: claim('llama-4-scout', 'training_compute', '4.08e24 FLOP', 4.08e24),
    verdict: 'supported',
  },
  // ── licences and dates ───────────────────────────────────────────────────────
  {
    name: 'Mistral Small 3.1 Apache 2.0',
    claim: claim('mistral-small-3.1', 'license', 'Apache 2.0', null, { valueText: 'Apache 2.0' }),
    verdict: 'supported',
  },
  {
    name: 'Mistral Small 3.1 MIT → contradicted',
    claim: claim('mistral-small-3.1', 'license', 'MIT licence', null, { valueText: 'MIT' }),
    verdict: 'contradicted',
  },
  {
    name: 'DeepSeek-V3 released December 2024',
    claim: claim('deepseek-v3', 'release_date', 'December 2024', null, { valueText: '2024-12' }),
    verdict: 'supported',
  },
  {
    name: 'Claude 3.7 Sonnet released 2025-02-24',
    claim: claim('claude-3.7-sonnet', 'release_date', 'February 24, 2025', null, { valueText: '2025-02-24' }),
    verdict: 'supported',
  },
  {
    name: 'Claude 3.7 Sonnet released 2025-02-26 → close',
    claim: claim('claude-3.7-sonnet', 'release_date', 'February 26, 2025', null, { valueText: '2025-02-26' }),
    verdict: 'close',
  },
  {
    name: 'Llama 4 released April 5, 2025 (family claim)',
    claim: claim('llama-4', 'release_date', 'April 5, 2025', null, { valueText: '2025-04-05' }),
    verdict: 'supported',
  },
  {
    name: 'Llama 4 has 17B active parameters (family claim)',
    claim: claim('llama-4', 'active_params', '17B active', 17 * B),
    verdict: 'supported',
    explains: /Holds for every released/,
  },
  {
    name: 'Llama 4 has 128 experts → misleading (Maverick only)',
    claim: claim('llama-4', 'experts', '128 experts', 128),
    verdict: 'misleading',
    explains: /true of Llama 4 Maverick but not of Llama 4 Scout/,
  },
  // ── benchmark scores ─────────────────────────────────────────────────────────
  {
    name: 'Scout GPQA Diamond 57.2 → disputed by Epoch 51.8',
    claim: claim('llama-4-scout', 'benchmark_score', '57.2 on GPQA Diamond', 57.2, {
      benchmark: 'GPQA Diamond',
      unit: '%',
    }),
    verdict: 'disputed',
    explains: /Meta claims .*51\.8%/,
    expects: { provenance: 'independent', value: 0.518 },
  },
  {
    name: 'Maverick GPQA Diamond 69.8 (Epoch 67.0 within 7.5%)',
    claim: claim('llama-4-maverick', 'benchmark_score', '69.8 on GPQA Diamond', 69.8, {
      benchmark: 'GPQA Diamond',
      unit: '%',
    }),
    verdict: 'supported',
  },
  {
    name: 'Maverick GPQA Diamond 67.0% = Epoch 0.670',
    claim: claim('llama-4-maverick', 'benchmark_score', '67.0%', 67, {
      benchmark: 'GPQA Diamond',
      unit: '%',
    }),
    verdict: 'supported',
    expects: { provenance: 'independent' },
  },
  {
    name: 'Maverick GPQA Diamond range 65–70%',
    claim: claim('llama-4-maverick', 'benchmark_score', 'between 65% and 70%', 70, {
      valueLow: 65,
      hedge: 'range',
      benchmark: 'GPQA Diamond',
      unit: '%',
    }),
    verdict: 'supported',
  },
  {
    name: 'Scout MMLU 79.6 is the pretrained figure → misleading',
    claim: claim('llama-4-scout', 'benchmark_score', '79.6 on MMLU', 79.6, { benchmark: 'MMLU' }),
    verdict: 'misleading',
    explains: /pretrained/,
  },
  {
    name: 'Scout MMLU 79.6 (5-shot) names the setting → supported',
    claim: claim('llama-4-scout', 'benchmark_score', '79.6 on MMLU (5-shot)', 79.6, {
      benchmark: 'MMLU',
      setting: '5-shot',
    }),
    verdict: 'supported',
  },
  {
    name: 'Maverick MMLU-Pro 80.5',
    claim: claim('llama-4-maverick', 'benchmark_score', '80.5 on MMLU-Pro', 80.5, { benchmark: 'MMLU-Pro' }),
    verdict: 'supported',
  },
  {
    name: 'Maverick MMLU-Pro "about 80%"',
    claim: claim('llama-4-maverick', 'benchmark_score', 'about 80%', 80, {
      benchmark: 'MMLU-Pro',
      hedge: 'about',
    }),
    verdict: 'supported',
  },
  {
    name: 'Maverick MMLU-Pro 83 → close',
    claim: claim('llama-4-maverick', 'benchmark_score', '83 on MMLU-Pro', 83, { benchmark: 'MMLU-Pro' }),
    verdict: 'close',
  },
  {
    name: 'Maverick MMLU-Pro 90 → contradicted',
    claim: claim('llama-4-maverick', 'benchmark_score', '90 on MMLU-Pro', 90, { benchmark: 'MMLU-Pro' }),
    verdict: 'contradicted',
    explains: /80\.5% .*not 90/,
  },
  {
    name: 'Maverick LiveCodeBench 43.4',
    claim: claim('llama-4-maverick', 'benchmark_score', '43.4 on LiveCodeBench', 43.4, {
      benchmark: 'LiveCodeBench',
    }),
    verdict: 'supported',
  },
  {
    name: 'Maverick Aider polyglot 15.6 (independent)',
    claim: claim('llama-4-maverick', 'benchmark_score', '15.6% on Aider polyglot', 15.6, {
      benchmark: 'Aider Polyglot',
    }),
    verdict: 'supported',
  },
  {
    name: 'Scout SWE-bench Verified: no fact → unverified',
    claim: claim('llama-4-scout', 'benchmark_score', '40% on SWE-bench Verified', 40, {
      benchmark: 'SWE-bench Verified',
    }),
    verdict: 'unverified',
  },
  {
    name: 'GPT-4o MMLU 87.2 (2024-05-13)',
    claim: claim('gpt-4o', 'benchmark_score', 'MMLU 87.2', 87.2, { benchmark: 'MMLU' }),
    verdict: 'supported',
    expects: { modelId: 'gpt-4o-2024-05-13' },
  },
  {
    name: 'GPT-4o MMLU printed as a fraction 0.887',
    claim: claim('gpt-4o', 'benchmark_score', 'MMLU 0.887', 0.887, { benchmark: 'MMLU' }),
    verdict: 'supported',
  },
  {
    name: 'GPT-4o MMLU 95 → contradicted',
    claim: claim('gpt-4o', 'benchmark_score', 'MMLU 95', 95, { benchmark: 'MMLU' }),
    verdict: 'contradicted',
  },
  {
    name: 'GPT-4o 2024-11-20 with 88.7 MMLU → misleading (the 08-06 figure)',
    claim: claim('gpt-4o', 'benchmark_score', 'gpt-4o-2024-11-20 scores 88.7 on MMLU', 88.7, {
      benchmark: 'MMLU',
      variant: '2024-11-20',
    }),
    verdict: 'misleading',
    explains: /GPT-4o 2024-08-06/,
  },
  {
    name: 'GPT-4o 2024-11-20 HumanEval: no fact for that version → other versions only',
    claim: claim('gpt-4o-2024-11-20', 'benchmark_score', 'HumanEval 90.2', 90.2, { benchmark: 'HumanEval' }),
    verdict: 'misleading',
  },
  {
    name: 'Claude 3.7 Sonnet GPQA Diamond 66% (Epoch 0.660)',
    claim: claim('claude-3.7-sonnet', 'benchmark_score', '66% on GPQA Diamond', 66, {
      benchmark: 'GPQA Diamond',
      unit: '%',
    }),
    verdict: 'supported',
  },
  {
    name: 'Claude 3.7 Sonnet GPQA Diamond 79.7% → misleading (thinking)',
    claim: claim('claude-3.7-sonnet', 'benchmark_score', '79.7% on GPQA Diamond', 79.7, {
      benchmark: 'GPQA Diamond',
      unit: '%',
    }),
    verdict: 'misleading',
    explains: /Claude 3\.7 Sonnet \(thinking\)/,
  },
  {
    name: 'Claude 3.7 Sonnet thinking GPQA Diamond 79.7%',
    claim: claim('claude-3.7-sonnet', 'benchmark_score', '79.7%', 79.7, {
      benchmark: 'GPQA Diamond',
      variant: 'thinking',
    }),
    verdict: 'supported',
  },
  {
    name: 'Claude 3.7 Sonnet Aider 64.9 → misleading (thinking setting)',
    claim: claim('claude-3.7-sonnet', 'benchmark_score', '64.9% on Aider polyglot', 64.9, {
      benchmark: 'Aider Polyglot',
    }),
    verdict: 'misleading',
  },
  {
    name: 'Claude 3.7 Sonnet Aider 60.4',
    claim: claim('claude-3.7-sonnet', 'benchmark_score', '60.4% on Aider polyglot', 60.4, {
      benchmark: 'Aider Polyglot',
    }),
    verdict: 'supported',
  },
  {
    name: 'Claude 3.7 Sonnet SWE-bench Verified 52.2%',
    claim: claim('claude-3.7-sonnet', 'benchmark_score', '52.2% on SWE-bench Verified', 52.2, {
      benchmark: 'SWE-bench Verified',
    }),
    verdict: 'supported',
  },
  {
    name: 'Gemini 2.0 Flash GPQA Diamond 0.641 (table, no unit)',
    claim: claim('gemini-2.0-flash', 'benchmark_score', '0.641', 0.641, {
      benchmark: 'GPQA Diamond',
      context: 'table',
    }),
    verdict: 'supported',
  },
  {
    name: 'DeepSeek-V3 MMLU 88.5',
    claim: claim('deepseek-v3', 'benchmark_score', 'MMLU 88.5', 88.5, { benchmark: 'MMLU' }),
    verdict: 'supported',
    expects: { provenance: 'vendor' },
  },
  {
    name: 'DeepSeek-V3 GPQA Diamond 59.1 (Epoch 56.5 within 7.5%)',
    claim: claim('deepseek-v3', 'benchmark_score', '59.1 on GPQA Diamond', 59.1, {
      benchmark: 'GPQA Diamond',
    }),
    verdict: 'supported',
  },
  {
    name: 'DeepSeek-V3 GPQA Diamond 67.6 → misleading (V3-0324)',
    claim: claim('deepseek-v3', 'benchmark_score', '67.6 on GPQA Diamond', 67.6, {
      benchmark: 'GPQA Diamond',
    }),
    verdict: 'misleading',
    explains: /DeepSeek-V3-0324/,
  },
  {
    name: 'Mistral Small 3.1 GPQA Diamond 47.5',
    claim: claim('mistral-small-3.1', 'benchmark_score', '47.5% GPQA Diamond', 47.5, {
      benchmark: 'GPQA Diamond',
    }),
    verdict: 'supported',
  },
  {
    name: 'Llama-3.1-405B-Instruct 88.6 MMLU: a figure filed under the base name counts for the instruct flavour',
    claim: claim('llama-3.1-405b-instruct', 'benchmark_score', '88.6', 88.6, {
      benchmark: 'MMLU',
      context: 'table',
    }),
    verdict: 'supported',
  },
  {
    name: "Llama 3.1 405B 84.5 MMLU: the instruct flavour's HELM figure counts for the base name",
    claim: claim('llama-3.1-405b', 'benchmark_score', 'MMLU 84.5', 84.5, { benchmark: 'MMLU' }),
    verdict: 'supported',
  },
  // ── LMArena snapshots ────────────────────────────────────────────────────────
  {
    name: 'GPT-4o 1285 on 2025-04-11',
    claim: claim('gpt-4o', 'arena_elo', '1285', 1285, { benchmark: 'LMArena' }),
    pageDate: '2025-04-11',
    verdict: 'supported',
  },
  {
    name: 'GPT-4o-2024-05-13 1285 read in September 2025 → outdated (1302)',
    claim: claim('gpt-4o-2024-05-13', 'arena_elo', 'Arena score of 1285', 1285, { benchmark: 'LMArena' }),
    pageDate: '2025-09-01',
    verdict: 'outdated',
    explains: /2025-08-04.*1302/,
  },
  {
    name: 'Maverick 1273 on 2025-04-12',
    claim: claim('llama-4-maverick', 'arena_elo', '1273', 1273, { benchmark: 'LMArena' }),
    pageDate: '2025-04-12',
    verdict: 'supported',
  },
  {
    name: 'Maverick 1273 with no date → outdated (1292 now)',
    claim: claim('llama-4-maverick', 'arena_elo', '1273', 1273, { benchmark: 'LMArena' }),
    verdict: 'outdated',
  },
  {
    name: 'Maverick 1280 → close',
    claim: claim('llama-4-maverick', 'arena_elo', '1280', 1280, { benchmark: 'LMArena' }),
    pageDate: '2025-04-12',
    verdict: 'close',
  },
  {
    name: 'Maverick 1350 → contradicted',
    claim: claim('llama-4-maverick', 'arena_elo', '1350', 1350, { benchmark: 'LMArena' }),
    pageDate: '2025-04-12',
    verdict: 'contradicted',
  },
  {
    name: 'Maverick Experimental 1417 on 2025-04-06',
    claim: claim('llama-4-maverick', 'arena_elo', '1417', 1417, {
      benchmark: 'LMArena',
      variant: '03-26-Experimental',
    }),
    pageDate: '2025-04-06',
    verdict: 'supported',
  },
  {
    name: 'Maverick Experimental 1417, no date → outdated (1416 in 2025-08-04)',
    claim: claim('llama-4-maverick-03-26-experimental', 'arena_elo', '1417', 1417, { benchmark: 'LMArena' }),
    verdict: 'outdated',
  },
  {
    name: 'Experimental style-control 1306.9',
    claim: claim('llama-4-maverick-03-26-experimental', 'arena_elo', '1306.9 with style control', 1306.9, {
      benchmark: 'LMArena',
      setting: 'style control',
    }),
    pageDate: '2025-04-08',
    verdict: 'supported',
  },
  {
    name: 'Experimental 1307 with no setting → misleading (style control)',
    claim: claim('llama-4-maverick-03-26-experimental', 'arena_elo', '1307', 1307, { benchmark: 'LMArena' }),
    pageDate: '2025-04-08',
    verdict: 'misleading',
    explains: /style control/,
  },
  {
    name: 'DeepSeek-V3 1369 → misleading (that is V3-0324)',
    claim: claim('deepseek-v3', 'arena_elo', '1369', 1369, { benchmark: 'LMArena' }),
    pageDate: '2025-04-06',
    verdict: 'misleading',
    explains: /DeepSeek-V3-0324/,
  },
  {
    name: 'DeepSeek-V3-0324 1369',
    claim: claim('deepseek-v3-0324', 'arena_elo', '1369', 1369, { benchmark: 'LMArena' }),
    pageDate: '2025-04-06',
    verdict: 'supported',
  },
  {
    name: 'Claude 3.7 Sonnet 1305 → misleading (thinking-32k)',
    claim: claim('claude-3.7-sonnet', 'arena_elo', '1305', 1305, { benchmark: 'LMArena' }),
    pageDate: '2025-04-06',
    verdict: 'misleading',
  },
  {
    name: 'Gemini 2.0 Flash 1354',
    claim: claim('gemini-2.0-flash', 'arena_elo', '1354', 1354, { benchmark: 'LMArena' }),
    pageDate: '2025-04-06',
    verdict: 'supported',
  },
  {
    name: 'Mistral Small 3.1 about 1270',
    claim: claim('mistral-small-3.1', 'arena_elo', 'about 1270', 1270, {
      benchmark: 'LMArena',
      hedge: 'about',
    }),
    verdict: 'supported',
  },
  // ── comparisons ──────────────────────────────────────────────────────────────
  {
    name: 'Maverick beats GPT-4o (April 6) → misleading: only the experimental checkpoint did',
    claim: claim('llama-4-maverick', 'comparison', 'beats GPT-4o', null, {
      others: ['gpt-4o'],
      comparison: { direction: 'beats', others: [{ id: 'gpt-4o', name: 'GPT-4o' }] },
    }),
    pageDate: '2025-04-06',
    verdict: 'misleading',
    explains: /Only the unreleased Llama 4 Maverick 03-26 Experimental/,
    benchmarkUsed: /LMArena \(2025-04-06\)/,
  },
  {
    name: 'Maverick beats GPT-4o (April 12) → contradicted on LMArena',
    claim: claim('llama-4-maverick', 'comparison', 'beats GPT-4o', null, { others: ['gpt-4o'] }),
    pageDate: '2025-04-12',
    verdict: 'contradicted',
    benchmarkUsed: /LMArena \(2025-04-11\)/,
  },
  {
    name: 'DeepSeek-V3-0324 beats Claude 3.7 Sonnet',
    claim: claim('deepseek-v3-0324', 'comparison', 'beats Claude 3.7 Sonnet', null, {
      others: ['claude-3.7-sonnet'],
    }),
    pageDate: '2025-04-06',
    verdict: 'supported',
    benchmarkUsed: /LMArena/,
  },
  {
    name: 'Claude 3.7 Sonnet trails Gemini 2.0 Flash',
    claim: claim('claude-3.7-sonnet', 'comparison', 'trails Gemini 2.0 Flash', null, {
      others: ['gemini-2.0-flash'],
      comparison: { direction: 'trails', others: [{ id: 'x', name: 'x' }] },
    }),
    pageDate: '2025-04-06',
    verdict: 'supported',
  },
  {
    name: 'Gemini 2.0 Flash beats DeepSeek-V3 on GPQA Diamond (Epoch runs)',
    claim: claim('gemini-2.0-flash', 'comparison', 'beats DeepSeek-V3 on GPQA Diamond', null, {
      others: ['deepseek-v3'],
      comparison: { direction: 'beats', others: [{ id: 'x', name: 'x' }], benchmark: 'GPQA Diamond' },
    }),
    verdict: 'supported',
    benchmarkUsed: /GPQA Diamond/,
  },
  {
    name: 'Mistral Small 3.1 beats GPT-4o on GPQA Diamond → contradicted',
    claim: claim('mistral-small-3.1', 'comparison', 'beats GPT-4o on GPQA Diamond', null, {
      others: ['gpt-4o'],
      comparison: { direction: 'beats', others: [{ id: 'x', name: 'x' }], benchmark: 'GPQA Diamond' },
    }),
    verdict: 'contradicted',
  },
  {
    name: 'Scout beats Mistral Small 3.1 (2025-08-04 snapshot)',
    claim: claim('llama-4-scout', 'comparison', 'beats Mistral Small 3.1', null, {
      others: ['mistral-small-3.1'],
    }),
    verdict: 'supported',
  },
  {
    name: 'DeepSeek-V3 matches GPT-4o on MMLU: no shared source → unverified',
    claim: claim('deepseek-v3', 'comparison', 'matches GPT-4o on MMLU', null, {
      others: ['gpt-4o'],
      comparison: { direction: 'matches', others: [{ id: 'x', name: 'x' }], benchmark: 'MMLU' },
    }),
    verdict: 'unverified',
  },
  {
    name: 'Claude 3.7 Sonnet beats GPT-4o-2024-05-13: held on 2025-04-06, not on 2025-08-04 → outdated',
    claim: claim('claude-3.7-sonnet', 'comparison', 'beats GPT-4o (May 2024)', null, {
      others: ['gpt-4o-2024-05-13'],
    }),
    verdict: 'outdated',
    explains: /earlier snapshot \(2025-04-06\).*1301 vs GPT-4o 2024-05-13 1302/,
  },
  {
    name: 'DeepSeek-V3-0324 1369 read in September 2025 → outdated (1376)',
    claim: claim('deepseek-v3-0324', 'arena_elo', '1369', 1369, { benchmark: 'LMArena' }),
    pageDate: '2025-09-01',
    verdict: 'outdated',
  },
  // ── unknowns ─────────────────────────────────────────────────────────────────
  {
    name: 'Unknown model → unverified',
    claim: claim('grok-9', 'total_params', '3T parameters', 3e12),
    verdict: 'unverified',
    explains: /does not know/,
  },
  {
    name: 'Scout refusal rate: no fact → unverified',
    claim: claim('llama-4-scout', 'refusal_rate', '2% refusals', 2),
    verdict: 'unverified',
  },
];

describe('judgeClaim — table of cases on the fixture fact base', () => {
  it('has at least 60 cases covering every verdict', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.verdict)).size).toBe(7);
  });

  it.each(cases)('$name', (c) => {
    const r = judgeClaim(c.claim, fixtureSnapshot, { pageDate: c.pageDate });
    expect(VerdictResultSchema.parse(r)).toBeTruthy();
    expect({ verdict: r.verdict, explanation: r.explanation }).toMatchObject({ verdict: c.verdict });
    // One plain sentence: ends with a full stop, no second sentence.
    expect(r.explanation).toMatch(/\.$/);
    expect(r.explanation.slice(0, -1)).not.toMatch(/[.!?]\s+[A-Z]/);
    if (c.explains) expect(r.explanation).toMatch(c.explains);
    if (c.expects) expect(r.expected).toContainEqual(expect.objectContaining(c.expects));
    if (c.benchmarkUsed) expect(r.benchmarkUsed).toMatch(c.benchmarkUsed);
    if (r.verdict !== 'unverified') expect(r.facts.length).toBeGreaterThan(0);
    for (const { fact, source } of r.facts) expect(source.id).toBe(fact.sourceId);
  });
});

describe('judgeClaims — one store read per page', () => {
  it('judges a page of claims through the memory store with the same results as judgeClaim', async () => {
    const store = createMemoryStore(fixtureSnapshot);
    const page = cases.slice(0, 20).map((c) => c.claim);
    const results = await judgeClaims(page, store, {});
    expect(results.map((r) => r.claimId)).toEqual(page.map((c) => c.id));
    const direct = page.map((c) => judgeClaim(c, fixtureSnapshot, {}).verdict);
    expect(results.map((r) => r.verdict)).toEqual(direct);
  });
});

describe('a score without a benchmark name', () => {
  it('is unverified even when some benchmark happens to have that number', () => {
    const r = judgeClaim(claim('llama-4-scout', 'benchmark_score', 'scores 69.4', 69.4), fixtureSnapshot, {});
    expect(r.verdict).toBe('unverified');
  });
});
