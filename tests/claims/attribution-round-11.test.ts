import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Round 11: which model a figure belongs to, and which metric it is. Every sentence here is written
// for this file.
const engine = createClaimEngine(testDictionary);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-05-02' });
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.valueText ?? c.value];
const all = (text: string) => prose(text).map(brief);
const of = (text: string, metric: string) =>
  prose(text)
    .filter((c) => c.metric === metric)
    .map(brief);

describe('dates that are not releases', () => {
  it('reads a date followed by a score or rank as the day of a ranking', () => {
    const t =
      'Llama 4 Maverick was released on April 5. The downloadable build entered the board on April 11 at 1290, ranked 30th.';
    expect(of(t, 'release_date')).toEqual([['April 5', 'llama-4-maverick', 'release_date', '2025-04-05']]);
    const u = 'Llama 4 Maverick was released on April 5. It debuted on April 12 with a score of 1290.';
    expect(of(u, 'release_date').map((c) => c[0])).toEqual(['April 5']);
  });

  it('keeps a release time ("on April 5 at 10am") as a release', () => {
    expect(of('Meta released Llama 4 Maverick on April 5 at 10am.', 'release_date')).toHaveLength(1);
  });

  it('reads "the publicly released X" as an adjective, not a release verb', () => {
    const t = 'The publicly released Llama 4 Maverick sat below GPT-4o on April 9.';
    expect(of(t, 'release_date')).toEqual([]);
  });

  it('reads a subjectless "Published <date>" after a separator as a dateline', () => {
    const t =
      'Acme cuts costs with Gemini 2.0 Flash\n\nRetail · 900 staff · Published July 3, 2025\n\nMore text.';
    expect(of(t, 'release_date')).toEqual([]);
    expect(of('Gemini 2.0 Flash was published on February 5, 2025.', 'release_date')).toHaveLength(1);
  });
});

describe('licences', () => {
  it('never gives a licence named for one model line to a model of another', () => {
    const t = 'Mistral Small 3.1 ships under Apache 2.0, which we prefer to the Llama 4 Community License.';
    expect(of(t, 'license')).toEqual([['Apache 2.0', 'mistral-small-3.1', 'license', 'Apache 2.0']]);
  });

  it('skips a member the article calls unreleased when a family licence goes to its models', () => {
    const t =
      'Meta shipped Llama 4 Scout and Llama 4 Maverick. Llama 4 Behemoth is still being trained. ' +
      'Both downloadable models are available under the Llama 4 Community License.';
    const ids = of(t, 'license').map((c) => c[1]);
    expect(ids).toContain('llama-4-scout');
    expect(ids).toContain('llama-4-maverick');
    expect(ids).not.toContain('llama-4-behemoth');
  });

  it('bounds the owner by a "because" or "but" clause, whose "it" is the earlier subject', () => {
    const t =
      'GPT-4o is closed. Mistral Small 3.1 came in March. It is under Apache 2.0, because for Llama 4 Scout you must accept a long licence.';
    expect(of(t, 'license')).toEqual([['Apache 2.0', 'mistral-small-3.1', 'license', 'Apache 2.0']]);
    const u = 'GPT-4o is closed. Llama 4 Scout is great, but it ships under the Llama 4 Community License.';
    expect(of(u, 'license').map((c) => c[1])).toEqual(['llama-4-scout']);
  });

  it('does not claim an old licence the model has left', () => {
    const t =
      'DeepSeek-V3-0324 moved to the MIT license, good news if you read the old DeepSeek model licence.';
    expect(of(t, 'license').map((c) => c[0])).toEqual(['MIT license']);
  });

  it('reads "both <family> models" as the two members under discussion, for dates and licences', () => {
    const t =
      'Llama 4 Scout has 17B active parameters. Llama 4 Maverick keeps 17B active. ' +
      'Both Llama 4 models were released on April 5, 2025.';
    expect(
      of(t, 'release_date')
        .map((c) => c[1])
        .sort(),
    ).toEqual(['llama-4-maverick', 'llama-4-scout']);
  });
});

describe('tokens or parameters', () => {
  it('reads a bare trillions figure in a sentence about token counts as training data', () => {
    const t = 'Token counts ranged from 14.8T for DeepSeek-V3 to about 40T for Llama 4 Scout.';
    expect(of(t, 'training_tokens').map((c) => c[1])).toEqual(['deepseek-v3', 'llama-4-scout']);
    expect(of(t, 'total_params')).toEqual([]);
  });

  it('keeps a bare trillions figure as parameters when the data figure is another one', () => {
    const t = 'Llama 4 Behemoth has 2T and was trained on 30 trillion tokens.';
    expect(of(t, 'total_params').map((c) => c[0])).toEqual(['2T']);
  });

  it('reads "activates 17B per token" as the active share', () => {
    const t = 'Llama 4 Scout is cheap to serve. It still only activates 17B per token.';
    expect(of(t, 'active_params').map((c) => c[0])).toEqual(['17B']);
    expect(of(t, 'total_params')).toEqual([]);
  });
});

describe('makers as subjects', () => {
  it('gives the price a maker charges to its own model, not the model carried from before', () => {
    const t =
      'Hosts serve Llama 4 Maverick and DeepSeek-V3. Prices differ. DeepSeek charges $0.27 per million input tokens on its own API, and $1.10 per million output tokens.';
    const prices = of(t, 'price');
    expect(prices.map((c) => c[1])).toEqual(['deepseek-v3', 'deepseek-v3']);
  });

  it('does not carry another maker’s model past a sentence whose subject is a maker', () => {
    const t =
      'Claude 3.7 Sonnet is closed. DeepSeek, a lab in Hangzhou, was unusually open. The full training took 2.788 million GPU-hours.';
    expect(of(t, 'training_gpu_hours')).toEqual([]);
  });
});

describe('figures that are no model’s own', () => {
  it('reads "A → B" as one change from A to B', () => {
    const c = prose('Arena drift: Llama 4 Scout 1239 → 1276, Mistral Small 3.1 1246 → 1269.').filter(
      (x) => x.metric === 'arena_elo',
    );
    expect(c.map((x) => [x.model.id, x.value, x.valueLow])).toEqual([
      ['llama-4-scout', 1276, 1239],
      ['mistral-small-3.1', 1269, 1246],
    ]);
  });

  it('drops totals over both models', () => {
    expect(
      of(
        'The card gives training time for Llama 4 Scout and Llama 4 Maverick combined as 7.38 million GPU-hours.',
        'training_gpu_hours',
      ),
    ).toEqual([]);
    expect(
      of(
        'Llama 4 Scout used 5.0M GPU-hours. Across both released models the company consumed 7.38M GPU-hours.',
        'training_gpu_hours',
      ).map((c) => c[0]),
    ).toEqual(['5.0M GPU-hours']);
    expect(
      of(
        'Meta lists 2.38M GPU hours for Llama 4 Maverick and 5.0M for Llama 4 Scout, 7.38M for the pair.',
        'training_gpu_hours',
      ).map((c) => c[0]),
    ).not.toContain('7.38M');
  });

  it('does not give an in-house eval figure the benchmark of the sentence before', () => {
    const t =
      'GPT-4o reports 87.2 on MMLU. Our own eval set told another story: 90% acceptable answers for GPT-4o, 86% for Mistral Small 3.1.';
    expect(of(t, 'benchmark_score').map((c) => c[0])).toEqual(['87.2']);
  });

  it('drops a score given to "the model it replaced"', () => {
    const t =
      'The team runs Claude 3.7 Sonnet, which scores 70.3% on SWE-bench Verified, against 48% for the model it replaced.';
    expect(of(t, 'benchmark_score').map((c) => c[0])).toEqual(['70.3%']);
  });

  it('drops a gap between prices and the amount a price buys', () => {
    expect(
      of('Llama 4 Maverick is cheap; a difference of ten cents per million tokens adds up.', 'price'),
    ).toEqual([]);
    expect(
      of(
        'Gemini 2.0 Flash costs 10 cents per million input tokens, under a cent for a thousand tokens.',
        'context_window',
      ),
    ).toEqual([]);
  });

  it('reads inputs sized in tokens as inputs, not windows', () => {
    expect(
      all('On Fiction.LiveBench, Llama 4 Scout has only 27.3% with 120k tokens.').map((c) => c[2]),
    ).not.toContain('context_window');
    expect(of('Llama 4 Scout was asked about a 120,000-token story.', 'context_window')).toEqual([]);
    expect(
      of(
        'Mistral Small 3.1 has a 128k-token context window, and our ticket threads rarely go past 20k tokens.',
        'context_window',
      ).map((c) => c[0]),
    ).toEqual(['128k-token context window']);
  });
});
