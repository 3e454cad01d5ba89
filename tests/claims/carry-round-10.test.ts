import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import type { Claim } from '@/lib/claims/types';
import { scanHtml } from '@/lib/claims/scan-html';
import { sameSetting, windowSetting } from '@/lib/claims/window-setting';
import { testDictionary } from './fixtures/dictionary';

// Round 10: what a figure carries from the text before it (benchmark, unit, model) and the setting
// it was measured in. Every sentence here is written for this file.
const engine = createClaimEngine(testDictionary);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-05-02' });
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value];
const scanHtmlDoc = (html: string) => scanHtml(`<html><body><article>${html}</article></body></html>`).doc;
const figures = (claims: Claim[]) => claims.filter((c) => c.metric !== 'comparison').map(brief);

describe('a score qualified by who produced it', () => {
  it('reads "N reported, M reproduced" as scores of the paragraph benchmark', () => {
    const c = prose(
      'The lab quotes 81.0 on MMLU-Pro for Llama 4 Scout; the audit got 78.2. ' +
        'Llama 4 Maverick has a wider gap (84.1 reported, 79.9 reproduced).',
    );
    const mav = c.filter((x) => x.model.id === 'llama-4-maverick');
    expect(mav.map((x) => [x.value, x.benchmark])).toEqual([
      [84.1, 'MMLU-Pro'],
      [79.9, 'MMLU-Pro'],
    ]);
  });
  it('does not make a score of a count followed by "reported"', () => {
    const c = prose('Llama 4 Maverick was tested on MMLU-Pro. There were 12 reported crashes.');
    expect(figures(c)).toEqual([]);
  });
  it('reads "pushes it to N%" after a paragraph on one test', () => {
    const c = prose(
      'On SWE-bench Verified, Claude 3.7 Sonnet came in at 0.511 without help. A tuned agent pushes it to 66.4%.',
    );
    expect(c.map((x) => [x.value, x.benchmark])).toEqual([
      [0.511, 'SWE-bench Verified'],
      [66.4, 'SWE-bench Verified'],
    ]);
  });
});

describe('figures of a parallel clause', () => {
  it('gives each bare figure the cue of its own kind from the clause before', () => {
    const c = prose(
      'Llama 4 Scout spreads 109 billion parameters over 16 experts; Llama 4 Maverick puts 400 billion into 128.',
    );
    expect(figures(c)).toEqual([
      ['109 billion parameters', 'llama-4-scout', 'total_params', 109e9],
      ['16 experts', 'llama-4-scout', 'experts', 16],
      ['400 billion', 'llama-4-maverick', 'total_params', 400e9],
      ['128', 'llama-4-maverick', 'experts', 128],
    ]);
  });
  it('gives "Both ..." the two subjects of the clauses just read', () => {
    const c = prose(
      'Llama 4 Scout has 16 experts; Llama 4 Maverick has 128. Both use 17 billion active parameters per token.',
    );
    expect(figures(c).filter((x) => x[2] === 'active_params')).toEqual([
      ['17 billion active parameters', 'llama-4-scout', 'active_params', 17e9],
      ['17 billion active parameters', 'llama-4-maverick', 'active_params', 17e9],
    ]);
  });
  it('reads "the whole thing is N" after an active share as the total', () => {
    const c = prose(
      'Only 37 billion parameters are active in DeepSeek-V3, though the whole thing is 671 billion.',
    );
    expect(figures(c)).toContainEqual(['671 billion', 'deepseek-v3', 'total_params', 671e9]);
  });
});

describe('scores mapped onto the benchmarks just listed', () => {
  it('reads "X\'s equivalents are A and B"', () => {
    const c = prose(
      'Llama 4 Maverick gets 77.0 on MMLU-Pro and 66.1 on GPQA Diamond. Llama 4 Scout’s equivalents are 71.5 and 55.9.',
    );
    expect(c.filter((x) => x.model.id === 'llama-4-scout').map((x) => [x.value, x.benchmark])).toEqual([
      [71.5, 'MMLU-Pro'],
      [55.9, 'GPQA Diamond'],
    ]);
  });
});

describe('the model a later pointer means', () => {
  it('is the family member named after the family, not the family', () => {
    const c = prose(
      'GPQA Diamond is a hard test. When Meta shipped Llama 4, it said Maverick scored 70.1 on it. ' +
        'When an outside lab ran the released checkpoint, it got 66.3.',
    );
    expect(figures(c)).toEqual([
      ['70.1', 'llama-4-maverick', 'benchmark_score', 70.1],
      ['66.3', 'llama-4-maverick', 'benchmark_score', 66.3],
    ]);
  });
  it('skips a rival listed after an unknown versioned name', () => {
    const c = prose(
      'Mistral Small 3.1 is small. Mistral says it beats Qwen 2 and GPT-4o mini. An outside run measured it at 0.431 on GPQA Diamond.',
    );
    expect(figures(c)).toEqual([['0.431', 'mistral-small-3.1', 'benchmark_score', 0.431]]);
  });
  it('keeps a name set off by commas before "had" next to its figure', () => {
    const c = prose('On LMArena the list is long. The spring refresh, DeepSeek-V3-0324, had 1350.');
    expect(figures(c)).toEqual([['1350', 'deepseek-v3-0324', 'arena_elo', 1350]]);
  });
});

describe('settings', () => {
  it('marks a measured effective length, and not the advertised window', () => {
    const c = prose(
      'Gemini 2.0 Flash advertises 1M tokens, but a long-context study put its effective length at about 6K.',
    );
    expect(c.map((x) => [x.value, x.setting])).toEqual([
      [1e6, undefined],
      [6000, 'effective'],
    ]);
  });
  it('reads "effective length was about 1,000" as a window', () => {
    const c = prose(
      'Llama 4 Scout is sold as a long-context model; a study found its effective length was about 1,500.',
    );
    expect(c.map((x) => [x.metric, x.value, x.setting])).toEqual([['context_window', 1500, 'effective']]);
  });
  it('reads "claims 1M and manages an effective 4K" after an appositive', () => {
    const c = prose(
      'GPT-4o lists a 128K window. Gemini 2.0 Flash, the cheap one from Google, claims 1M and manages an effective 3K.',
    );
    expect(c.map((x) => [x.model.id, x.value, x.setting])).toEqual([
      ['gpt-4o', 128000, undefined],
      ['gemini-2.0-flash', 1e6, undefined],
      ['gemini-2.0-flash', 3000, 'effective'],
    ]);
  });
  it('windowSetting ignores "cost-effective" and an advertised figure named after "effective"', () => {
    const f = 'a cost-effective model with 128k tokens';
    expect(windowSetting(f, 0, f.indexOf('128k'))).toBeUndefined();
    const g = 'its effective length is short, but it advertises 1m';
    expect(windowSetting(g, 0, g.indexOf('1m'))).toBeUndefined();
  });
  it('keeps the last setting of the same test for "at the same length"', () => {
    const c = prose(
      'Fiction.LiveBench has Llama 4 Scout at 22.1% at 120k. Llama 4 Maverick is 30.2% at the same length.',
    );
    expect(c.map((x) => [x.model.id, x.value, x.setting])).toEqual([
      ['llama-4-scout', 22.1, '120k'],
      ['llama-4-maverick', 30.2, '120k'],
    ]);
    expect(sameSetting('it is 30% at the same length', 'MMLU', [{ benchmark: 'GPQA', setting: '8k' }])).toBe(
      undefined,
    );
  });
});

describe('a figure pointed at again', () => {
  it('gives "the 10M" in a reply the model the earlier post gave it for', () => {
    const c = prose(
      'Llama 4 Scout has the 10 million token window, which I like. Mistral Small 3.1 is only 24B.\n\n' +
        'Ignore the 10M. Real use is much shorter.',
    );
    expect(figures(c)).toContainEqual(['10M', 'llama-4-scout', 'context_window', 1e7]);
  });
  it('says nothing when the value belongs to two models, or to no earlier claim', () => {
    const c = prose(
      'Gemini 2.0 Flash has 1M tokens of context. Gemini 2.0 Flash-Lite has 1M tokens of context too.\n\n' +
        'Ignore the 1M. Ignore the 5M.',
    );
    expect(c.filter((x) => x.quote === '1M' || x.quote === '5M')).toEqual([]);
  });
});

describe('units elided or set off', () => {
  it('reads a count printed in full in the parallel clause', () => {
    const c = prose(
      'Llama 4 Scout passed 3 million downloads, and Llama 4 Maverick about 700,000, per the hub.',
    );
    expect(figures(c)).toEqual([
      ['3 million downloads', 'llama-4-scout', 'downloads', 3e6],
      ['700,000', 'llama-4-maverick', 'downloads', 7e5],
    ]);
  });
  it('reads "advertised at N tokens" before a score as the window, not the run length', () => {
    const c = prose(
      'On Fiction.LiveBench Llama 4 Scout scored 21.0% at 120k tokens. Llama 4 Maverick, advertised at 1 million tokens, managed 30.5%.',
    );
    expect(figures(c)).toContainEqual(['1 million tokens', 'llama-4-maverick', 'context_window', 1e6]);
  });
});

describe('a pointer naming a checkpoint format', () => {
  it('reads "the FP8 checkpoint" as the model the page was just about', () => {
    const c = prose(
      'Llama 4 Maverick is what I run. Meta says it scores 70.0 on GPQA Diamond.\n\n' +
        'An outside lab ran the FP8 checkpoint and got 0.655 on GPQA Diamond.',
    );
    expect(figures(c)).toContainEqual(['0.655', 'llama-4-maverick', 'benchmark_score', 0.655]);
  });
});

describe('"a total of"', () => {
  it("is one model's total when the clause names one model", () => {
    const c = prose('DeepSeek-V3 was trained for a total of 2.9 million GPU hours.');
    expect(figures(c)).toEqual([['2.9 million GPU hours', 'deepseek-v3', 'training_gpu_hours', 2.9e6]]);
  });
  it("is nobody's figure when the clause sums several", () => {
    const c = prose('Llama 4 Scout and Llama 4 Maverick together used a total of 7.1 million GPU hours.');
    expect(figures(c)).toEqual([]);
  });
});

describe('a benchmark carried from the paragraph before', () => {
  it('reads "measured it at N" and "sits at N" as scores of that test', () => {
    const c = prose(
      'GPQA Diamond is the test everyone quotes. Mistral Small 3.1 is small.\n\n' +
        'An outside lab measured it at 0.452. Gemini 2.0 Flash sits at 0.621.',
    );
    expect(c.map((x) => [x.model.id, x.value, x.benchmark])).toEqual([
      ['mistral-small-3.1', 0.452, 'GPQA Diamond'],
      ['gemini-2.0-flash', 0.621, 'GPQA Diamond'],
    ]);
  });
});

describe('adjectives between a figure and its unit', () => {
  it('reads "N trillion diverse, high-quality tokens" as training data', () => {
    const c = prose('DeepSeek-V3 saw 13.5 trillion diverse, curated tokens.');
    expect(figures(c)).toEqual([
      ['13.5 trillion diverse, curated tokens', 'deepseek-v3', 'training_tokens', 13.5e12],
    ]);
  });
  it('leaves "N trillion output tokens" alone', () => {
    const c = prose('DeepSeek-V3 served 2 trillion output tokens last month.');
    expect(figures(c)).toEqual([]);
  });
});

describe('table settings', () => {
  it('reads "no style control" in a caption as no style control', () => {
    const html =
      '<table><caption>LMArena text scores (overall, no style control)</caption>' +
      '<tr><th>Model</th><th>Arena Elo</th></tr><tr><td>Llama 4 Maverick</td><td>1280</td></tr></table>';
    const c = engine.findClaims(scanHtmlDoc(html), { pageDate: '2025-05-02' });
    expect(c.map((x) => [x.value, x.setting])).toEqual([[1280, undefined]]);
  });
  it("reads a context-length column beside model columns as each row's setting", () => {
    const html =
      '<table><caption>Fiction.LiveBench accuracy (%) by context length</caption>' +
      '<tr><th>Context</th><th>Llama 4 Scout</th><th>Llama 4 Maverick</th></tr>' +
      '<tr><td>16k</td><td>31.0</td><td>41.5</td></tr></table>';
    const c = engine.findClaims(scanHtmlDoc(html), { pageDate: '2025-05-02' });
    expect(c.map((x) => [x.model.id, x.value, x.setting])).toEqual([
      ['llama-4-scout', 31, '16k'],
      ['llama-4-maverick', 41.5, '16k'],
    ]);
  });
});
