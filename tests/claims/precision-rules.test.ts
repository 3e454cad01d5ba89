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
