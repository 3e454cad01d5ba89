import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { scanHtml } from '@/lib/claims/scan-html';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Round 12b (prose recall): figures no rule claimed. Every sentence here is written for this file.
const engine = createClaimEngine(testDictionary);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-05-02' });
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value];
const of = (text: string, metric: string) =>
  prose(text)
    .filter((c) => c.metric === metric)
    .map(brief);

describe('a bare window size in a paragraph about context windows', () => {
  it('reads a K or M figure that closes its phrase as the window', () => {
    expect(of('Context windows differ a lot. GPT-4o taps out at 128K.', 'context_window')).toEqual([
      ['128K', 'gpt-4o', 'context_window', 128000],
    ]);
    expect(
      of('For GPT-4o mini, the window is also 128K, shared by input and output.', 'context_window'),
    ).toEqual([['128K', 'gpt-4o-mini', 'context_window', 128000]]);
  });

  it('reads measured effective lengths, including whole thousands printed with a comma', () => {
    const t = 'On effective length the gap is wide: Llama 4 Scout manages just 1K.';
    expect(of(t, 'context_window')).toEqual([['1K', 'llama-4-scout', 'context_window', 1000]]);
    const u = 'The context study was harsh. Llama 4 Maverick held up to about 2,000 before it fell apart.';
    expect(of(u, 'context_window').map((c) => c[3])).toEqual([2000]);
  });

  it('binds "X, which advertises 10M" to X', () => {
    const t =
      'Context length matters. Gemini 2.0 Flash came out at 4K, and Llama 4 Scout, which advertises 10M, got only 1K.';
    expect(of(t, 'context_window')).toEqual([
      ['4K', 'gemini-2.0-flash', 'context_window', 4000],
      ['10M', 'llama-4-scout', 'context_window', 10000000],
      ['1K', 'llama-4-scout', 'context_window', 1000],
    ]);
  });

  it('leaves lengths a run was measured at, usage, caps, budgets and other units alone', () => {
    const none = [
      'Claude 3.7 Sonnet has a 200K context window and scores 52.8 at 8k but only 34.4 at 120k.',
      'Mistral Small 3.1 has a 128k context window on paper; I never used more than 16k.',
      'Context is 128k for Mistral Small 3.1, though in practice I run 32k.',
      'Llama 4 Scout supports a long context window; hosts cap it, typically at 128K or 328K.',
      'Claude 3.7 Sonnet has a 200K window. Extended thinking is available with a budget up to 64,000.',
      'Context extension for DeepSeek-V3 took 2.664M GPU hours; post-training added 124K and 5K.',
      'Context windows of Llama 4 Scout are huge. It has been downloaded by 1M.',
      'They call Llama 4 Scout a context window king; the gap is a factor of ten thousand.',
    ];
    for (const t of none)
      expect(of(t, 'context_window').filter((c) => !/^(?:200K|128k)\b/.test(String(c[0])))).toEqual([]);
  });

  it('needs the paragraph to be about windows', () => {
    expect(of('Llama 4 Scout taps out at 128K.', 'context_window')).toEqual([]);
  });
});

describe('a model named past a clause break', () => {
  it('does not block the carry of the model under discussion', () => {
    const t =
      'Mistral Small 3.1 is the pick for laptops. The context window stays at 128K tokens, which is fine in a world where Llama 4 Scout claims 10M.';
    expect(of(t, 'context_window')[0]).toEqual([
      '128K tokens',
      'mistral-small-3.1',
      'context_window',
      128000,
    ]);
  });

  it('still says nothing for a group the sentence names', () => {
    const t =
      'GPT-4o mini is cheap. All of these versions share the same 128K context window, although Llama 4 Scout claims more.';
    expect(of(t, 'context_window').filter((c) => c[1] === 'gpt-4o-mini')).toEqual([]);
  });
});

describe('prose after a comparison table', () => {
  const page = (rows: string) =>
    engine
      .findClaims(
        scanHtml(
          `<html><body><article><h1>Mistral Small 3.1 review</h1><p>Mistral Small 3.1 is a 24B model from Mistral.</p>` +
            `<table><tr><th>Benchmark</th>${rows}</tr><tr><td>MMLU</td><td>80.6</td><td>82.0</td></tr></table>` +
            `<p>The context window is 128K tokens, and it costs $0.10 per million input tokens.</p></article></body></html>`,
        ).doc,
        { pageDate: '2025-05-02' },
      )
      .filter((c) => c.context === 'prose' && c.metric !== 'total_params')
      .map((c) => [c.quote, c.model.id]);

  it('matches the carried name in a header printed with a non-breaking hyphen', () => {
    expect(page('<th>Mistral Small 3.1</th><th>GPT\u20114o mini</th>')[0]).toEqual([
      '128K tokens',
      'mistral-small-3.1',
    ]);
  });

  it('stays with the model under discussion when the table names it beside a rival', () => {
    expect(page('<th>Mistral Small 3.1</th><th>GPT-4o mini</th>')).toEqual([
      ['128K tokens', 'mistral-small-3.1'],
      ['$0.10 per million input tokens', 'mistral-small-3.1'],
    ]);
  });
});

describe('GPU hours written as "hours of GPU time"', () => {
  it('reads a training run of a million hours or more', () => {
    expect(of('Training Llama 4 Scout took 5 million hours of GPU time.', 'training_gpu_hours')).toEqual([
      ['5 million hours of GPU time', 'llama-4-scout', 'training_gpu_hours', 5000000],
    ]);
    expect(of('Llama 4 Scout used 5.0 million hours of H100 compute.', 'training_gpu_hours')).toHaveLength(1);
  });

  it('leaves small counts, inference, and a sum "together" alone', () => {
    expect(of('Llama 4 Scout needed 3,000 hours of GPU time.', 'training_gpu_hours')).toEqual([]);
    expect(
      of('Inference of Llama 4 Scout consumed 500,000 hours of GPU time.', 'training_gpu_hours'),
    ).toEqual([]);
    const t = 'Llama 4 Scout used 5.0 million hours of GPU time; together it is 7.38 million hours.';
    expect(of(t, 'training_gpu_hours').map((c) => c[3])).toEqual([5000000]);
  });
});

describe('an input/output price pair', () => {
  it('gives the second price the owner of the first', () => {
    const t =
      'GPT-4.5 is $75 per million input tokens, which is absurd next to Claude 3.7 Sonnet at $3 in and $15 out.';
    expect(of(t, 'price').map((c) => [c[0], c[1]])).toEqual([
      ['$75 per million input tokens', 'gpt-4.5'],
      ['$3', 'claude-3.7-sonnet'],
      ['$15', 'claude-3.7-sonnet'],
    ]);
  });
});
