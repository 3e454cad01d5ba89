import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { findDates } from '@/lib/claims/dates-licenses';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Fifth round of general rules for unseen prose, each shown with sentences written for this file.
const engine = createClaimEngine(testDictionary);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-05-02' });
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value];
const of = (claims: Claim[], metric: string) => claims.filter((c) => c.metric === metric).map(brief);
const values = (claims: Claim[], metric: string) =>
  claims.filter((c) => c.metric === metric).map((c) => c.value);

describe('token counts that size an input, not a window', () => {
  it('skips "a 300K-token dump/transcript" fed to the model', () => {
    const c = prose('Llama 4 Scout has a 10M context window. I pasted a 300K-token transcript into it.');
    expect(values(c, 'context_window')).toEqual([10000000]);
  });
  it('skips a unit conversion "2,000 tokens ≈ 1,500 words"', () => {
    const c = prose(
      'Gemini 2.0 Flash accepts 1M tokens. A token is about three quarters of a word, so 2,000 tokens ≈ 1,500 words.',
    );
    expect(values(c, 'context_window')).toEqual([1000000]);
  });
  it('skips "the typical prompt is 8,000 tokens" but keeps the model\'s own window', () => {
    const c = prose(
      'Mistral Small 3.1 offers a 128K context window. Our typical prompt is 8,000 tokens, well inside it.',
    );
    expect(values(c, 'context_window')).toEqual([128000]);
  });
  it('still reads a plain window claim "Scout handles 10 million tokens"', () => {
    const c = prose('Llama 4 Scout handles up to 10 million tokens of context.');
    expect(values(c, 'context_window')).toEqual([10000000]);
  });
});

describe('a corrected figure: "X, not Y"', () => {
  it('keeps the correction and drops the rejected number', () => {
    const c = prose('Llama 4 Maverick has 400B total parameters, not 410B.');
    expect(values(c, 'total_params')).toEqual([400000000000]);
  });
  it('does not drop a number after "not" without a preceding figure', () => {
    const c = prose('Llama 4 Maverick is not small: it has 400B total parameters.');
    expect(values(c, 'total_params')).toEqual([400000000000]);
  });
});

describe("compute thresholds are not a model's training compute", () => {
  it('skips "10²⁶ FLOP thresholds" in a policy aside', () => {
    const c = prose('GPT-4o is covered here. Regulators debate 10²⁶ FLOP thresholds for reporting.');
    expect(of(c, 'training_compute')).toEqual([]);
  });
  it('still reads "trained with 3.8e25 FLOP"', () => {
    const c = prose('GPT-4o was trained with 3.8e25 FLOP, by one estimate.');
    expect(values(c, 'training_compute')).toEqual([3.8e25]);
  });
});

describe('release dates: snapshot dates and dated labels', () => {
  const text = (t: string) => t.toLowerCase();
  it('gives no release cue to "the March 3 snapshot" of a leaderboard', () => {
    const t = text('The released Gemini 2.0 Flash holds 1354 (March 3 snapshot, 4,100 votes).');
    expect(findDates(t, 0, t.length, '2025-05-02').map((h) => h.cueStart)).toEqual([-1]);
  });
  it('keeps the cue for the later date in "June 2025: X released June 12, 2025"', () => {
    const t = text('June 2025: Mistral Small 3.1 released June 12, 2025');
    const hits = findDates(t, 0, t.length, '2025-05-02');
    expect(hits.map((h) => [h.iso, h.cueStart >= 0])).toEqual([
      ['2025-06', false],
      ['2025-06-12', true],
    ]);
  });
  it('still cues a lone leading date "April 5, 2025: Meta released Llama 4"', () => {
    const t = text('April 5, 2025: Meta released Llama 4 Scout.');
    expect(findDates(t, 0, t.length, '2025-05-02').map((h) => h.cueStart >= 0)).toEqual([true]);
  });
});

describe('clock times are not values', () => {
  it('skips "14:20" in a diary heading that names a benchmark', () => {
    const c = prose('Llama 4 Maverick diary. 14:20 — MMLU-Pro reruns begin.');
    expect(c.filter((x) => x.value === 20)).toEqual([]);
  });
  it('still reads "MMLU-Pro: 80.5" after a field colon', () => {
    const c = prose('Llama 4 Maverick scores on MMLU-Pro: 80.5.');
    expect(values(c, 'benchmark_score')).toEqual([80.5]);
  });
});

describe('refusal rate next to a benchmark score', () => {
  it('reads the percent "of <benchmark>" as a score, not a refusal rate', () => {
    const c = prose(
      'Claude 3.7 Sonnet refused 91% of harmful prompts while solving 61.0% of SWE-bench Verified tasks.',
    );
    expect(values(c, 'refusal_rate')).toEqual([91]);
    expect(values(c, 'benchmark_score')).toEqual([61]);
  });
});

describe('"N against M for X": the first figure is never X\'s', () => {
  it('declines rather than giving the first figure to the contrasted model', () => {
    const c = prose(
      'Llama 4 Scout is the small one. Scout took 5.0M GPU-hours and Maverick 2.38 million, so the smaller model used more data: about 35 trillion tokens against 20 trillion for Maverick.',
    );
    expect(of(c, 'training_tokens')).toEqual([['20 trillion', 'llama-4-maverick', 'training_tokens', 2e13]]);
  });
});

describe('family-wide download totals stay in their own clause', () => {
  it("keeps a model's own download count coordinated after a family total", () => {
    const c = prose(
      'Meta says Llama models passed 900 million downloads across all versions, and DeepSeek-V3 was downloaded about 3 million times on Hugging Face.',
    );
    expect(values(c, 'downloads')).toEqual([3000000]);
  });
  it('still drops the family total itself', () => {
    const c = prose(
      'Llama 4 Scout is new. Llama models were downloaded 900 million times across all versions.',
    );
    expect(values(c, 'downloads')).toEqual([]);
  });
});

describe('"reads N tokens per request" is a window; a usage rate is not', () => {
  it('reads the window and skips the median request size', () => {
    const c = prose(
      'Mistral Small 3.1 is the compact pick, and it accepts 128k tokens per request. Our median user sends 3,000 tokens per request.',
    );
    expect(values(c, 'context_window')).toEqual([128000]);
  });
});

describe('the active share as a verb phrase', () => {
  it('reads "only uses 12 billion at a time" and "only 12 billion do the work"', () => {
    expect(
      of(
        prose('Llama 4 Scout has 109 billion parameters in total but only uses 12 billion at a time.'),
        'active_params',
      ),
    ).toEqual([['12 billion', 'llama-4-scout', 'active_params', 12e9]]);
    expect(
      values(
        prose('Llama 4 Scout has 109 billion parameters, but only 12 billion do the work per token.'),
        'active_params',
      ),
    ).toEqual([12e9]);
  });
  it('reads "activates 12 billion of its 109 billion" as active and total', () => {
    const c = prose('Parameter counts matter here: Llama 4 Scout activates 12 billion of its 109 billion.');
    expect(values(c, 'active_params')).toEqual([12e9]);
    expect(values(c, 'total_params')).toEqual([109e9]);
  });
  it('does not read a serving figure "serves 2 billion at a time" as active parameters', () => {
    const c = prose(
      'Llama 4 Scout has 109 billion parameters, though the app only serves 2 billion at a time.',
    );
    expect(values(c, 'active_params')).toEqual([]);
  });
});
