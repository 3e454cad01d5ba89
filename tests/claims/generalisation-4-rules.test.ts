import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { findDates, findLicenses } from '@/lib/claims/dates-licenses';
import { isPartFigure, isRunSetting, isSumFigure } from '@/lib/claims/incidental-figures';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Fourth round of general rules for unseen prose, each shown with sentences written for this file.
const engine = createClaimEngine(testDictionary);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-05-02' });
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value];
const comp = (c: Claim) => [c.model.id, c.comparison?.direction, c.comparison?.others.map((o) => o.id)];
const of = (claims: Claim[], metric: string) => claims.filter((c) => c.metric === metric).map(brief);
const comps = (claims: Claim[]) => claims.filter((c) => c.metric === 'comparison').map(comp);

describe('comparison verbs: "edging out", "edges past", "puts it behind"', () => {
  it('reads "edging out" and "edges past" as beats', () => {
    expect(comps(prose('Mistral Small 3.1 posts 44.1 on LiveBench, edging out GPT-4o mini.'))).toEqual([
      ['mistral-small-3.1', 'beats', ['gpt-4o-mini']],
    ]);
    expect(comps(prose('On SimpleQA, Gemini 2.0 Flash edges past DeepSeek-V3.'))).toEqual([
      ['gemini-2.0-flash', 'beats', ['deepseek-v3']],
    ]);
  });
  it('reads "That puts it behind X" as trails, for the model the pointer names', () => {
    const c = prose(
      'On MMMU, Llama 4 Scout scores 69.4. That puts it behind GPT-4o, which scores 69.1 there.',
    );
    expect(comps(c)).toEqual([['llama-4-scout', 'trails', ['gpt-4o']]]);
  });
  it('finds no comparison in "edges past the crowd" or "leaves it behind schedule"', () => {
    expect(comps(prose('Gemini 2.0 Flash is new. Its launch edges past the crowd of rivals.'))).toEqual([]);
    expect(comps(prose('GPT-4o got an update. The delay leaves it behind schedule.'))).toEqual([]);
  });
});

describe('a figure summed over several models belongs to none of them', () => {
  it('drops "7.2M in total across the two" but keeps the per-model figures', () => {
    const c = prose(
      'The card lists 4.1M GPU-hours for Llama 4 Scout and 3.1M for Llama 4 Maverick, 7.2M in total across the two.',
    );
    expect(of(c, 'training_gpu_hours')).toEqual([
      ['4.1M GPU-hours', 'llama-4-scout', 'training_gpu_hours', 4_100_000],
      ['3.1M', 'llama-4-maverick', 'training_gpu_hours', 3_100_000],
    ]);
  });
  it('drops "a combined" figure and keeps "in total across 128 experts" (one model)', () => {
    expect(
      of(prose('Llama 4 Scout and Llama 4 Maverick used a combined 9.1M GPU-hours.'), 'training_gpu_hours'),
    ).toEqual([]);
    expect(
      of(prose('Llama 4 Maverick holds 400B parameters in total across 128 experts.'), 'total_params'),
    ).toEqual([['400B parameters in total', 'llama-4-maverick', 'total_params', 400e9]]);
  });
  it('isSumFigure: sums over "the two" / "between them", not over benchmarks', () => {
    expect(isSumFigure('', 'in total across the three, per the card')).toBe(true);
    expect(isSumFigure('', 'between them')).toBe(true);
    expect(isSumFigure('a combined ', 'gpu-hours')).toBe(true);
    expect(isSumFigure('', 'across the two benchmarks')).toBe(false);
    expect(isSumFigure('', 'parameters in total')).toBe(false);
  });
});

describe('incidental sizes and lengths', () => {
  it('a difference between two sizes ("the extra 3B") is not a parameter count', () => {
    const c = prose(
      'Llama 4 Maverick has 400B total parameters; the extra 3B in some slides came from a typo.',
    );
    expect(of(c, 'total_params')).toEqual([
      ['400B total parameters', 'llama-4-maverick', 'total_params', 400e9],
    ]);
    expect(isPartFigure('the extra ', 'seems to be a typo')).toBe(true);
    expect(isPartFigure('it has ', 'parameters')).toBe(false);
  });
  it('an input the writer cut to N tokens is not a context window', () => {
    expect(
      of(prose('She trimmed the document to 90,000 tokens before Llama 4 Scout read it.'), 'context_window'),
    ).toEqual([]);
    expect(isRunSetting('we cut the prompt down to ', 'and reran')).toBe(true);
    expect(of(prose('Llama 4 Scout has a context window of 10M tokens.'), 'context_window')).toEqual([
      ['10M tokens', 'llama-4-scout', 'context_window', 10_000_000],
    ]);
  });
});

describe('licences written as adjectives', () => {
  it('"MIT-licensed" and "MIT licensed." name the MIT licence', () => {
    expect(of(prose('DeepSeek-V3 scores 88.5 on MMLU. It is also MIT-licensed.'), 'license')).toEqual([
      ['MIT', 'deepseek-v3', 'license', null],
    ]);
    expect(of(prose('The new DeepSeek-V3 weights are MIT licensed.'), 'license')).toEqual([
      ['MIT', 'deepseek-v3', 'license', null],
    ]);
  });
  it('"MIT licensed the patent" is the institute, not a licence', () => {
    const f = 'researchers at mit licensed the patent behind gpt-4o.';
    expect(findLicenses(f, f, 0, f.length)).toEqual([]);
  });
});

describe('a second model priced in its own clause', () => {
  it('reads "...; GPT-4.5 costs $60 for the same" as GPT-4.5\'s price', () => {
    const c = prose('Gemini 2.0 Flash costs $0.10 per million input tokens; GPT-4.5 costs $60 for the same.');
    expect(of(c, 'price')).toEqual([
      ['$0.10 per million input tokens', 'gemini-2.0-flash', 'price', 0.1],
      ['$60', 'gpt-4.5', 'price', 60],
    ]);
  });
  it('reads "lists at" and "stays at" clauses', () => {
    const c = prose(
      'GPT-4o costs $2.50 per million input tokens, while DeepSeek-V3 lists at $0.30 on our host.',
    );
    expect(of(c, 'price').map((x) => x[1])).toEqual(['gpt-4o', 'deepseek-v3']);
  });
  it('declines a per-hour or per-seat amount in the second clause', () => {
    const c = prose('GPT-4o costs $2.50 per million input tokens; a GPT-4.5 seat costs $200 a month.');
    expect(of(c, 'price').map((x) => x[1])).toEqual(['gpt-4o']);
  });
});

describe('leaderboard entries are not releases', () => {
  it('"debuted on the board on April 11" gives no release date', () => {
    const f = 'the checkpoint debuted on the board on april 11 at 1273.';
    expect(findDates(f, 0, f.length, '2025-05-02').every((d) => d.cueStart === -1)).toBe(true);
    expect(
      of(prose('Llama 4 Maverick appeared on the LMArena leaderboard on April 9.'), 'release_date'),
    ).toEqual([]);
  });
  it('keeps "launched on Hugging Face on April 5"', () => {
    expect(
      of(prose('Llama 4 Maverick launched on Hugging Face on April 5.'), 'release_date').map((x) => x[1]),
    ).toEqual(['llama-4-maverick']);
  });
});

describe('a model after a comparison word is the yardstick, not the owner', () => {
  it('"Its ... result of 40.5 is second best, behind only X" belongs to the pointer\'s model', () => {
    const c = prose(
      'Llama 4 Maverick leads the table. DeepSeek-V3 scores 1318 on LMArena. Its LiveCodeBench result of 40.5 is second best, behind only Llama 4 Maverick.',
    );
    expect(of(c, 'benchmark_score')).toEqual([['40.5', 'deepseek-v3', 'benchmark_score', 40.5]]);
  });
  it('still gives a leading figure to the name that follows it plainly', () => {
    expect(of(prose('With 24B parameters, Mistral Small 3.1 fits on one GPU.'), 'total_params')).toEqual([
      ['24B parameters', 'mistral-small-3.1', 'total_params', 24e9],
    ]);
  });
});

describe('capability comparatives', () => {
  it('"more capable than" beats and "weaker than" trails', () => {
    expect(comps(prose('Llama 4 Maverick is clearly more capable than Mistral Small 3.1 on code.'))).toEqual([
      ['llama-4-maverick', 'beats', ['mistral-small-3.1']],
    ]);
    expect(comps(prose('Gemini 2.0 Flash-Lite is weaker than GPT-4o mini at long documents.'))).toEqual([
      ['gemini-2.0-flash-lite', 'trails', ['gpt-4o-mini']],
    ]);
  });
  it('declines a negated comparative', () => {
    expect(comps(prose('Llama 4 Scout is not more capable than GPT-4o.'))).toEqual([]);
  });
});

describe('a window cited as a known figure', () => {
  it('reads "the 10M figure" once the article is about context windows', () => {
    const c = prose(
      'Llama 4 Scout has a context window of 10M tokens. Reviewers doubt it: people repeat the 10M figure for it without testing.',
    );
    expect(of(c, 'context_window')).toEqual([
      ['10M tokens', 'llama-4-scout', 'context_window', 10_000_000],
      ['10M', 'llama-4-scout', 'context_window', 10_000_000],
    ]);
  });
  it('does not read "the 10M figure" before any window was discussed', () => {
    expect(
      of(prose('Llama 4 Scout got a lot of press. People repeat the 10M figure for it.'), 'context_window'),
    ).toEqual([]);
  });
});
