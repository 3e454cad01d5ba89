import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { ClaimSchema, type Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

const engine = createClaimEngine(testDictionary);
const LLAMA = 'Meta released the Llama 4 herd this week. ';
const find = (text: string) => engine.findClaimsInText(text);
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value];

describe('prose claims', () => {
  it('reads two claims in one parenthetical with separate spans', () => {
    const text = LLAMA + 'Maverick (402B total, 17B active) uses 128 expert modules.';
    const claims = find(text);
    expect(claims.map(brief)).toEqual([
      ['402B total', 'llama-4-maverick', 'total_params', 402e9],
      ['17B active', 'llama-4-maverick', 'active_params', 17e9],
      ['128 expert modules', 'llama-4-maverick', 'experts', 128],
    ]);
    for (const c of claims) {
      expect(text.slice(c.start, c.end)).toBe(c.quote);
      expect(c.id).toBe(`${c.start}:${c.end}:${c.metric}`);
      expect(() => ClaimSchema.parse(c)).not.toThrow();
    }
  });

  it('reads context windows, Elo and training figures', () => {
    expect(find(LLAMA + 'Scout can handle up to 10 million tokens.').map(brief)).toEqual([
      ['10 million tokens', 'llama-4-scout', 'context_window', 1e7],
    ]);
    const elo = find('Llama 4 Maverick scored a 1417 ELO on LMSYS Arena.');
    expect(elo.map(brief)).toEqual([['1417 ELO', 'llama-4-maverick', 'arena_elo', 1417]]);
    expect(elo[0].benchmark).toBe('LMArena');
    expect(find('Llama 4 Scout was trained on ~40T tokens using 5.0M H100 GPU-hours.').map(brief)).toEqual([
      ['~40T tokens', 'llama-4-scout', 'training_tokens', 40e12],
      ['5.0M H100 GPU-hours', 'llama-4-scout', 'training_gpu_hours', 5e6],
    ]);
    expect(find(LLAMA + 'Behemoth has over 2 trillion parameters.').map(brief)).toEqual([
      ['2 trillion parameters', 'llama-4-behemoth', 'total_params', 2e12],
    ]);
  });

  it('reads benchmark scores with benchmark and setting', () => {
    const [c] = find('GPT-4o scored 88.7 on MMLU (5-shot).');
    expect(brief(c)).toEqual(['88.7', 'gpt-4o', 'benchmark_score', 88.7]);
    expect(c.benchmark).toBe('MMLU');
    expect(c.setting).toBe('5-shot');
    const [d] = find('On GPQA Diamond, Llama 4 Maverick posts 69.8%.');
    expect(d.benchmark).toBe('GPQA Diamond');
    expect(d.value).toBe(69.8);
  });

  it('reads prices per million tokens, licences and release dates', () => {
    expect(find('GPT\u20114o costs $2.50 per million input tokens.').map(brief)).toEqual([
      ['$2.50 per million input tokens', 'gpt-4o', 'price', 2.5],
    ]);
    const lic = find('Llama 4 Scout ships under the Llama 4 Community License.');
    expect(lic.map((c) => [c.quote, c.model.id, c.metric, c.valueText])).toEqual([
      ['Llama 4 Community License', 'llama-4-scout', 'license', 'Llama 4 Community License'],
    ]);
    const rel = find('Mistral Small 3.1 was released on March 17, 2025.');
    expect(rel.map((c) => [c.quote, c.metric, c.valueText])).toEqual([
      ['March 17, 2025', 'release_date', '2025-03-17'],
    ]);
  });

  it('emits one claim per model for coordinated subjects', () => {
    const claims = find(LLAMA + 'Scout and Maverick were released on April 5, 2025.');
    expect(claims.map((c) => c.model.id).sort()).toEqual(['llama-4-maverick', 'llama-4-scout']);
    expect(new Set(claims.map((c) => c.id)).size).toBe(2);
  });

  it('points "it" and "the model" back to the last model', () => {
    expect(find('Llama 4 Scout is small. It has 17B active parameters.').map(brief)).toEqual([
      ['17B active parameters', 'llama-4-scout', 'active_params', 17e9],
    ]);
    expect(
      find('We tested Mistral Small 3.1. The model supports 128K tokens of context.').map((c) => c.model.id),
    ).toEqual(['mistral-small-3.1']);
  });

  it('attributes "X for <model>" to the named model', () => {
    const claims = find('Meta lists 1 million tokens for Llama 4 Maverick and 10 million for Llama 4 Scout.');
    expect(claims.map(brief)).toEqual([
      ['1 million tokens', 'llama-4-maverick', 'context_window', 1e6],
      ['10 million', 'llama-4-scout', 'context_window', 1e7],
    ]);
  });
});

describe('attribution', () => {
  it('keeps a name that closed "N for <model>" away from the next number', () => {
    const claims = find('GPT-4.5 reports 79.8% on AIME 2024 versus 79.2% for GPT-4o, and 97.3% on MATH-500.');
    expect(claims.map((c) => [c.quote, c.model.id, c.benchmark])).toEqual([
      ['79.8%', 'gpt-4.5', 'AIME 2024'],
      ['79.2%', 'gpt-4o', 'AIME 2024'],
      ['97.3%', 'gpt-4.5', 'MATH-500'],
    ]);
  });

  it('reads "an experimental version" as the experimental child model', () => {
    const [c] = find('Meta released Llama 4 Maverick. An experimental version scored 1,417 on LMArena.');
    expect([c.model.id, c.variant, c.value]).toEqual([
      'llama-4-maverick-03-26-experimental',
      '03-26-Experimental',
      1417,
    ]);
  });

  it('does not give a family-wide figure to the last model', () => {
    expect(
      find(
        'Llama 4 Behemoth is still training. Llama models have been downloaded more than 1 billion times.',
      ),
    ).toEqual([]);
  });
});

describe('negatives', () => {
  it.each([
    'ChatGPT now has 400 million weekly users.',
    'A ChatGPT Plus subscription costs $20 per month, and Claude 3.7 Sonnet is available to everyone.',
    'Llama 4 Maverick runs on a single H100 host; we used PyTorch 2.6 and CUDA 12.4.',
    'In 2025, GPT-4.5 arrived; Claude 3.7 Sonnet followed.',
    'Llama 4 Maverick ranked #2 on LMArena, 144 points above the rest.',
    'Meta raised its capex to $65B while Llama 4 Scout shipped.',
    'Is Llama 4 Maverick better than GPT-4o?',
    'GPT-4o scored well, and AIME 2025 is hard.',
    'Llama 4 Scout generates 120 tokens per second.',
  ])('finds nothing in %s', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('never reads a number inside a name as a value', () => {
    const claims = find('Llama 4 Maverick beats GPT-4.5 and Claude 3.7 Sonnet on AIME 2025.');
    expect(claims.map((c) => c.metric)).toEqual(['comparison']);
    expect(claims[0].value).toBeNull();
  });
});
