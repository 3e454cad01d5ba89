import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { testDictionary } from './fixtures/dictionary';
import { comparisonRows } from './comparison-rows';

const engine = createClaimEngine(testDictionary);
/** Comparison claims as "model direction others [benchmark]". */
const comps = (text: string) => comparisonRows(engine.findClaimsInText(text));

describe('comparison phrasings (round 10)', () => {
  it.each([
    ['Llama 4 Maverick edges out GPT-4o on MMLU.', 'llama-4-maverick beats gpt-4o MMLU'],
    ['Llama 4 Scout falls short of GPT-4o.', 'llama-4-scout trails gpt-4o'],
    ['Llama 4 Scout lags GPT-4o.', 'llama-4-scout trails gpt-4o'],
    ['Llama 4 Maverick bests DeepSeek-V3.', 'llama-4-maverick beats deepseek-v3'],
    ['Llama 4 Maverick overtakes GPT-4o.', 'llama-4-maverick beats gpt-4o'],
    ['Llama 4 Maverick overtook GPT-4o last week.', 'llama-4-maverick beats gpt-4o'],
    ['Llama 4 Maverick pulls ahead of DeepSeek-V3.', 'llama-4-maverick beats deepseek-v3'],
    ['GPT-4o is no match for Llama 4 Maverick.', 'gpt-4o trails llama-4-maverick'],
    ['Llama 4 Scout comes within a point of GPT-4o.', 'llama-4-scout matches gpt-4o'],
    ['Llama 4 Maverick ties with GPT-4o on MMLU.', 'llama-4-maverick matches gpt-4o MMLU'],
    ['Llama 4 Maverick is neck and neck with GPT-4o.', 'llama-4-maverick matches gpt-4o'],
    [
      'Llama 4 Maverick is behind Claude 3.7 Sonnet in human preference.',
      'llama-4-maverick trails claude-3.7-sonnet',
    ],
  ])('%s', (text, want) => {
    expect(comps(text)).toEqual([want]);
  });

  it('"not only beats X" is not a negation', () => {
    expect(comps('Llama 4 Maverick not only beats GPT-4o on MMLU, it is also cheaper.')).toEqual([
      'llama-4-maverick beats gpt-4o MMLU',
    ]);
  });

  it('"puts <model> behind X": the model between the verb and the preposition is the subject', () => {
    expect(comps('That puts the released Llama 4 Maverick behind GPT-4o and DeepSeek-V3.')).toEqual([
      'llama-4-maverick trails gpt-4o+deepseek-v3',
    ]);
  });

  it('two comparisons on two benchmarks, the second with its object left out', () => {
    expect(comps('Llama 4 Maverick is ahead of GPT-4o on MMLU but behind on GPQA Diamond.')).toEqual([
      'llama-4-maverick beats gpt-4o MMLU',
      'llama-4-maverick trails gpt-4o GPQA Diamond',
    ]);
  });

  it('an object pronoun means the previous comparison’s object', () => {
    expect(
      comps('Llama 4 Maverick is on par with GPT-4o on GPQA Diamond, and beats it on MMLU-Pro.'),
    ).toEqual(['llama-4-maverick matches gpt-4o GPQA Diamond', 'llama-4-maverick beats gpt-4o MMLU-Pro']);
  });

  it('"every other configuration tested on X, including Y": Y is the object, X the benchmark', () => {
    expect(
      comps(
        'Claude 3.7 Sonnet outperforms every other configuration tested on GPQA Diamond, including Gemini 2.0 Flash.',
      ),
    ).toEqual(['claude-3.7-sonnet beats gemini-2.0-flash GPQA Diamond']);
  });

  it('"Both trail X" after a sentence about two models: one claim per model', () => {
    expect(
      comps(
        'Claude 3.7 Sonnet scored 1295 on LMArena and Llama 4 Maverick 1273. Both trail Gemini 2.0 Flash.',
      ),
    ).toEqual(['claude-3.7-sonnet trails gemini-2.0-flash', 'llama-4-maverick trails gemini-2.0-flash']);
  });

  it('"It trails both": a sentence with no name takes the two models just named', () => {
    expect(
      comps('Llama 4 Maverick beats GPT-4o and Gemini 2.0 Flash on MMLU. It trails both on GPQA Diamond.'),
    ).toEqual([
      'llama-4-maverick beats gpt-4o+gemini-2.0-flash MMLU',
      'llama-4-maverick trails gpt-4o+gemini-2.0-flash GPQA Diamond',
    ]);
  });

  it('"X and Y are tied": each matches the other', () => {
    expect(comps('Llama 4 Maverick and GPT-4o are tied on MMLU.')).toEqual([
      'llama-4-maverick matches gpt-4o MMLU',
      'gpt-4o matches llama-4-maverick MMLU',
    ]);
  });

  it('a dated snapshot named by its month, as object and as subject', () => {
    expect(
      comps('GPT-4o has several snapshots. So the August model beats the November one on MATH.'),
    ).toEqual(['gpt-4o-2024-08-06 beats gpt-4o-2024-11-20 MATH']);
    expect(
      comps('The gpt-4o-2024-11-20 snapshot scores 85.7 on MMLU, lower than the August version.'),
    ).toEqual(['gpt-4o-2024-11-20 trails gpt-4o-2024-08-06 MMLU']);
  });

  it('"For context, that trails X": the figures just given, i.e. their model', () => {
    expect(
      comps('Llama 4 Maverick debuted at 1273 on LMArena. For context, that trails DeepSeek-V3.'),
    ).toEqual(['llama-4-maverick trails deepseek-v3']);
  });

  it('the object’s figure before its name: "above the 1285 of GPT-4o"', () => {
    expect(comps('On LMArena, DeepSeek-V3 sits at 1318, above the 1285 of the GPT-4o snapshot.')).toEqual([
      'deepseek-v3 beats gpt-4o LMArena',
    ]);
  });
});

describe('not comparison claims (round 10)', () => {
  it.each([
    // negation: the sentence denies the comparison; we report nothing rather than a flipped direction
    'Llama 4 Maverick does not beat GPT-4o.',
    'Llama 4 Maverick never outperforms GPT-4o.',
    "Llama 4 Maverick doesn't beat GPT-4o on MMLU.",
    // questions assert nothing
    'Does Llama 4 Scout beat GPT-4o?',
    // modals and forecasts are possibilities or plans, not stated results
    'Llama 4 Maverick could beat GPT-4o.',
    'Llama 4 Behemoth is expected to outperform GPT-4.5.',
    'Llama 4 Behemoth will outperform GPT-4.5 when it ships.',
    // price and size comparisons are not comparison claims (README label rules)
    'Llama 4 Maverick is cheaper than GPT-4o.',
    'DeepSeek-V3 is twice the size of Llama 4 Maverick.',
    'DeepSeek-V3 is big, which is why its per-token price is higher than Llama 4 Maverick.',
    'Llama 4 Maverick is lower than GPT-4o on price.',
    // a possessive object compares an attribute or another version of it
    "Llama 4 Scout's active count matches Llama 4 Maverick's.",
    "GPT-4o sits at 1285, lower than Llama 4 Maverick's experimental number.",
  ])('%s', (text) => {
    expect(comps(text)).toEqual([]);
  });
});
