import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { findWordQuantities } from '@/lib/claims/parse-quantity';
import type { ModelDictionary } from '@/lib/claims/types';

const dict = JSON.parse(
  readFileSync(new URL('../../data/dictionary.json', import.meta.url), 'utf8'),
) as ModelDictionary;
const engine = createClaimEngine(dict);
const claims = (t: string) =>
  engine.findClaimsInText(t, { pageDate: '2025-06-01' }).map((c) => [c.model.id, c.metric, c.value, c.quote]);
const words = (t: string) =>
  findWordQuantities(t, 0, t.length).map((q) => [t.slice(q.start, q.end), q.value]);

describe('compound numbers in words', () => {
  it('reads the tens and hundreds before a unit word as one number', () => {
    expect(words('twenty-four billion parameters')).toEqual([['twenty-four billion', 24e9]]);
    expect(words('a hundred and twenty-eight experts in each sparse moe layer')).toEqual([
      ['a hundred and twenty-eight', 128],
    ]);
  });

  it('never reports the tail of a compound it cannot read', () => {
    expect(words('one thousand two hundred million users').map(([q]) => q)).not.toContain(
      'two hundred million',
    );
    expect(claims('Mistral Small 3.1 has twenty-four billion parameters.')).toEqual([
      ['mistral-small-3.1', 'total_params', 24e9, 'twenty-four billion parameters'],
    ]);
  });
});

describe('figures that only look like model facts', () => {
  it('a per-hour storage price is not a per-token price', () => {
    expect(claims('Gemini 2.0 Flash context caching costs $1.00 per million tokens per hour.')).toEqual([]);
    expect(claims('Gemini 2.0 Flash costs $0.10 per million input tokens.')).toEqual([
      ['gemini-2.0-flash', 'price', 0.1, '$0.10 per million input tokens'],
    ]);
  });

  it('"N million in total" without a parameter word is not a parameter count', () => {
    expect(
      claims('Training Llama 4 Maverick took 2.38M GPU-hours, 7.38M in total.').map((c) => c[1]),
    ).not.toContain('total_params');
    expect(claims('DeepSeek-V3 has 671B in total.')).toEqual([
      ['deepseek-v3', 'total_params', 671e9, '671B in total'],
    ]);
  });
});

describe('whose figure it is', () => {
  it('a "For comparison" sentence does not change what "the model" means next', () => {
    const got = claims(
      'Mistral Small 3.1 scored 0.475 on GPQA Diamond. For comparison, Gemini 2.0 Flash came out at 0.641. On LiveBench the model averages 43.96.',
    );
    expect(got.find((c) => c[3] === '43.96')?.[0]).toBe('mistral-small-3.1');
  });

  it('a compound size before a name belongs to that name', () => {
    const got = claims('Meta releases Llama 4 Scout and Maverick, previews 2-trillion-parameter Behemoth.');
    expect(got.filter((c) => c[1] === 'total_params').map((c) => c[0])).toEqual(['llama-4-behemoth']);
  });

  it('"N to X\'s M": the possessive name owns only its own figure', () => {
    const got = claims('GPT-4.5 is the new model. On SimpleQA it scores 62.5% to GPT-4o’s 38.2%.');
    expect(got.find((c) => c[3] === '62.5%')?.[0]).toBe('gpt-4.5');
  });

  it('an aggregate ("a combined N") is nobody\'s own figure', () => {
    expect(claims('Training Llama 4 Scout and Maverick used a combined 7.38 million GPU hours.')).toEqual([]);
  });

  it('"N of its parameters at a time" is the active share', () => {
    expect(claims('DeepSeek-V3, for instance, uses just 37 billion of its parameters at a time.')).toEqual([
      ['deepseek-v3', 'active_params', 37e9, '37 billion'],
    ]);
  });

  it('a test input or a thinking budget in tokens is not the context window', () => {
    expect(
      claims('Llama 4 Scout answered 27.3% correctly when given about 120,000 tokens of a story.').map(
        (c) => c[1],
      ),
    ).not.toContain('context_window');
    expect(
      claims('Claude 3.7 Sonnet takes a budget of up to 128K tokens of thinking.').map((c) => c[1]),
    ).not.toContain('context_window');
    expect(claims('Llama 4 Scout has a context window of 10M tokens.').map((c) => c[1])).toContain(
      'context_window',
    );
  });
});
