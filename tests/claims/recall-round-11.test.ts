import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { scanHtml } from '@/lib/claims/scan-html';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Round 11: prose recall (figures the engine dropped in running text). Every sentence here is
// written for this file.
const engine = createClaimEngine(testDictionary);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-05-02' });
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value];
const figures = (claims: Claim[]) => claims.filter((c) => c.metric !== 'comparison').map(brief);
const byMetric = (claims: Claim[], metric: string) =>
  claims.filter((c) => c.metric === metric).map((c) => [c.model.id, c.value]);

describe('a benchmark fronted as the sentence opener', () => {
  it('scopes every score of the sentence past counts and a human baseline', () => {
    const c = prose(
      'On GPQA Diamond, a bank of 448 hard biology questions that specialists get right about 70% of the time, the lab found Llama 4 Maverick at 0.702, DeepSeek-V3 0.581 and GPT-4o, in its older snapshot, 0.455.',
    );
    const scores = c.filter((x) => x.metric === 'benchmark_score');
    expect(scores.map((x) => [x.model.id, x.value, x.benchmark])).toEqual([
      ['llama-4-maverick', 0.702, 'GPQA Diamond'],
      ['deepseek-v3', 0.581, 'GPQA Diamond'],
      ['gpt-4o', 0.455, 'GPQA Diamond'],
    ]);
  });
  it('does not make the baseline in the appositive a model score', () => {
    const c = prose(
      'Llama 4 Scout is next. On GPQA Diamond, a set of 448 questions that experts get right about 70% of the time, Llama 4 Scout was not run.',
    );
    expect(byMetric(c, 'benchmark_score')).toEqual([]);
  });
});

describe('prices', () => {
  it('reads past a bracketed conversion between the figure and its unit', () => {
    const c = prose('DeepSeek-V3 is the cheap one: it costs $0.28 (about €0.26) per million input tokens.');
    expect(byMetric(c, 'price')).toEqual([['deepseek-v3', 0.28]]);
  });
  it('reads the other token kind in the next sentence after the paragraph price', () => {
    const c = prose(
      'Llama 4 Maverick is sold by many hosts for $0.15–$0.25 per million input tokens and has 400 billion parameters. Output goes for between $0.50 and $0.85.',
    );
    expect(byMetric(c, 'price')).toEqual([
      ['llama-4-maverick', 0.25],
      ['llama-4-maverick', 0.85],
    ]);
  });
  it('leaves an output figure alone when the paragraph priced nothing', () => {
    const c = prose(
      'Llama 4 Maverick ships this week. Output runs between $30 and $60 a month for the hosting.',
    );
    expect(byMetric(c, 'price')).toEqual([]);
  });
  it('gives a mirrored bare pair to the model it is set against', () => {
    const c = prose(
      'Mistral Small 3.1 charges $0.10 per million input tokens and $0.30 per million output tokens, against GPT-4o’s $2.50 and $10.',
    );
    expect(byMetric(c, 'price')).toEqual([
      ['mistral-small-3.1', 0.1],
      ['mistral-small-3.1', 0.3],
      ['gpt-4o', 2.5],
      ['gpt-4o', 10],
    ]);
  });
  it('reads an input price whose pair carries the unit on the output side', () => {
    const c = prose(
      'Claude 3.7 Sonnet stays at $3 input and $15 per million output tokens; thinking is billed as output.',
    );
    expect(byMetric(c, 'price')).toEqual([
      ['claude-3.7-sonnet', 3],
      ['claude-3.7-sonnet', 15],
    ]);
  });
  it('reads a spec list whose label is the token kind', () => {
    const html = docHtml(
      '<h1>Llama 4 Maverick on Nimbus</h1><p>Hosted Llama 4 Maverick.</p><dl><dt>Input tokens</dt><dd>$0.21 per 1M</dd><dt>Output tokens</dt><dd>$0.72 per 1M</dd><dt>Support</dt><dd>$900 per month</dd></dl>',
    );
    expect(byMetric(engine.findClaims(html), 'price')).toEqual([
      ['llama-4-maverick', 0.21],
      ['llama-4-maverick', 0.72],
    ]);
  });
});

describe('dated snapshots and short names', () => {
  it('reads a four-digit suffix as the dated child of a model just named', () => {
    const c = prose(
      'DeepSeek-V3 was already strong at coding. On Aider Polyglot the 0324 checkpoint scored 57.3%, up from 49.9% for the original DeepSeek-V3.',
    );
    expect(figures(c)).toContainEqual(['57.3%', 'deepseek-v3-0324', 'benchmark_score', 57.3]);
  });
  it('reads a maker’s month snapshot as its dated child', () => {
    const c = prose('DeepSeek-V3 is on the LMArena board. DeepSeek’s March refresh debuted at 1371 there.');
    expect(figures(c)).toContainEqual(['1371', 'deepseek-v3-0324', 'arena_elo', 1371]);
  });
  it('reads a name without its maker word once the full name is out', () => {
    const c = prose(
      'We moved to Mistral Small 3.1 in May. GPT-4o declined about 4% of our prompts as sensitive; Small 3.1 refused nearly 7% at first.',
    );
    expect(byMetric(c, 'refusal_rate')).toEqual([
      ['gpt-4o', 4],
      ['mistral-small-3.1', 7],
    ]);
  });
  it('does not read a falling usage share as a refusal rate', () => {
    const c = prose('GPT-4o usage declined 3% of the total in April.');
    expect(byMetric(c, 'refusal_rate')).toEqual([]);
  });
});

describe('context windows', () => {
  it('reads the marketed size once windows are the topic', () => {
    const c = prose(
      'Llama 4 Scout, advertised at a 10M-token context window, keeps up to about 2K tokens on the test; Gemini 2.0 Flash, advertised at 1M, holds up to 4K. GPT-4o is sold as a 128K model.',
    );
    expect(byMetric(c, 'context_window')).toEqual(
      expect.arrayContaining([
        ['gemini-2.0-flash', 1000000],
        ['gpt-4o', 128000],
      ]),
    );
  });
  it('does not read a marketed price or size as a window', () => {
    const c = prose(
      'Llama 4 Scout has a 10M-token context window. GPT-4o is advertised at $2.50 as a flagship.',
    );
    expect(byMetric(c, 'context_window')).toEqual([['llama-4-scout', 10000000]]);
  });
  it('reads a window under a reporting frame', () => {
    const c = prose('GPT-4o has a 128K context window. Meta says Llama 4 Scout can handle up to 10M.');
    expect(byMetric(c, 'context_window')).toContainEqual(['llama-4-scout', 10000000]);
  });
});

describe('parameters and compute in science-writing phrasing', () => {
  it('reads the share that switches on per token as active parameters', () => {
    const c = prose(
      'DeepSeek-V3 spreads its 671 billion parameters over many experts, and only 37 billion of them fire for each token.',
    );
    expect(figures(c)).toContainEqual(['37 billion', 'deepseek-v3', 'active_params', 37000000000]);
  });
  it('reads "activates N per token" as active parameters, not the total', () => {
    const c = prose('Llama 4 Scout is cheap to serve. It activates only 17B per token.');
    expect(byMetric(c, 'active_params')).toEqual([['llama-4-scout', 17000000000]]);
    expect(byMetric(c, 'total_params')).toEqual([]);
  });
  it('reads a bare power of ten in an estimate sentence as training compute', () => {
    const c = prose(
      'For Claude 3.7 Sonnet, the estimate is a little higher, at 3.4 × 10²⁵, and rated likely.',
    );
    expect(byMetric(c, 'training_compute')).toEqual([['claude-3.7-sonnet', 3.4e25]]);
  });
  it('reads trillions in a sentence about token counts as training tokens', () => {
    const c = prose('Token counts went from 15.1T for DeepSeek-V3 to roughly 38T for Llama 4 Scout.');
    expect(byMetric(c, 'training_tokens')).toEqual([
      ['deepseek-v3', 15.1e12],
      ['llama-4-scout', 38e12],
    ]);
    expect(byMetric(c, 'total_params')).toEqual([]);
  });
  it('leaves a power of ten in a sentence about a rule alone', () => {
    const c = prose('Claude 3.7 Sonnet is covered: the estimate rule applies at 1 × 10²⁵ under the act.');
    expect(byMetric(c, 'training_compute')).toEqual([]);
  });
});

describe('ranges', () => {
  it('does not join a scaled setting and the bare score after it into a range', () => {
    const c = prose('On Fiction.LiveBench, Llama 4 Scout slides from 41.5 at 8k to 17.5 at 32k.');
    expect(figures(c)).toEqual([
      ['41.5', 'llama-4-scout', 'benchmark_score', 41.5],
      ['17.5', 'llama-4-scout', 'benchmark_score', 17.5],
    ]);
  });
});

function docHtml(body: string) {
  return scanHtml(`<!doctype html><html><head></head><body>${body}</body></html>`).doc;
}
