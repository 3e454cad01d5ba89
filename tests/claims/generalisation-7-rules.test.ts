import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { isRunSetting } from '@/lib/claims/incidental-figures';
import type { Claim, ModelDictionary } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Seventh round of general rules for unseen prose; every sentence here is written for this file.
const engine = createClaimEngine(testDictionary);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-05-02' });
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value];
const comp = (c: Claim) => [c.model.id, c.comparison?.direction, c.comparison?.others.map((o) => o.id)];
const of = (claims: Claim[], metric: string) => claims.filter((c) => c.metric === metric).map(brief);
const comps = (claims: Claim[]) => claims.filter((c) => c.metric === 'comparison').map(comp);

describe('comparison words with degree adverbs and placement verbs', () => {
  it('reads "a touch below X" and "comfortably above Y"', () => {
    const c = prose(
      'On LMArena, Gemini 2.0 Flash lands at 1350, a touch below DeepSeek-V3-0324 but comfortably above GPT-4o mini.',
    );
    expect(comps(c)).toEqual([
      ['gemini-2.0-flash', 'trails', ['deepseek-v3-0324']],
      ['gemini-2.0-flash', 'beats', ['gpt-4o-mini']],
    ]);
  });
  it('reads "that puts it below X" for the model just discussed', () => {
    const c = prose('GPT-4o mini got a fresh rating this week. That puts it below Gemini 2.0 Flash.');
    expect(comps(c)).toEqual([['gpt-4o-mini', 'trails', ['gemini-2.0-flash']]]);
  });
  it('reads ", above X" after a figure, not after a name holding digits', () => {
    expect(
      comps(prose('On MMLU-Pro, Claude 3.7 Sonnet reached 80.1% in our harness, above GPT-4o.')),
    ).toEqual([['claude-3.7-sonnet', 'beats', ['gpt-4o']]]);
    expect(comps(prose('Claude 3.7 Sonnet, above GPT-4o in the sidebar, is listed first.'))).toEqual([]);
  });
  it('reads "the refresh" as a pointer to the model just discussed', () => {
    const c = prose(
      'DeepSeek-V3-0324 posts 1370 on LMArena. The refresh also beats Claude 3.7 Sonnet there.',
    );
    expect(comps(c)).toEqual([['deepseek-v3-0324', 'beats', ['claude-3.7-sonnet']]]);
  });
  it('gives "..., both behind X" to both subjects of the clause', () => {
    const c = prose(
      'On MMLU-Pro, GPT-4o scored 72.0% and DeepSeek-V3 75.1%, both well behind Claude 3.7 Sonnet.',
    );
    expect(comps(c)).toEqual([
      ['gpt-4o', 'trails', ['claude-3.7-sonnet']],
      ['deepseek-v3', 'trails', ['claude-3.7-sonnet']],
    ]);
  });
});

describe('scores whose benchmark was named earlier in the sentence', () => {
  it('carries the benchmark over other scores and a length setting', () => {
    const c = prose(
      'Gemini 2.0 Flash scored 58.0 on GPQA Diamond at 32k tokens, which is noticeably better than its 8k score of 55.5.',
    );
    expect(of(c, 'benchmark_score')).toEqual([
      ['58.0', 'gemini-2.0-flash', 'benchmark_score', 58],
      ['55.5', 'gemini-2.0-flash', 'benchmark_score', 55.5],
    ]);
  });
  it('does not carry it onto a figure of another named test', () => {
    const c = prose(
      "The card lists GPT-4.5's MMMU score at 71.0% and its XYZQA (multilingual) average at 80.2%.",
    );
    expect(of(c, 'benchmark_score').map((x) => x[3])).toEqual([71]);
  });
  it('reads a score whose benchmark sits after a length setting ("50.0 at 8k on X")', () => {
    const c = prose('Claude 3.7 Sonnet scored 47.5 at 16k on GPQA Diamond.');
    expect(of(c, 'benchmark_score')).toEqual([['47.5', 'claude-3.7-sonnet', 'benchmark_score', 47.5]]);
  });
  it('gives the figure of "X, which scored N" to X, and reads "fell to" and "up from" as score verbs', () => {
    const c = prose(
      'DeepSeek-V3-0324 is new. On MMLU-Pro it reached 81.0%, up from 75.9%. It trails Claude 3.7 Sonnet on the same board, which scored 82.5% there.',
    );
    expect(of(c, 'benchmark_score').map((x) => [x[1], x[3]])).toEqual([
      ['deepseek-v3-0324', 81],
      ['deepseek-v3-0324', 75.9],
      ['claude-3.7-sonnet', 82.5],
    ]);
  });
  it('maps "corresponding numbers are A and B" onto the benchmarks just listed', () => {
    const c = prose(
      'GPT-4o scores 72.6 on MMLU-Pro and 53.6 on GPQA Diamond. GPT-4o mini’s corresponding numbers are 63.0 and 40.2.',
    );
    expect(c.filter((x) => x.model.id === 'gpt-4o-mini').map((x) => [x.value, x.benchmark])).toEqual([
      [63, 'MMLU-Pro'],
      [40.2, 'GPQA Diamond'],
    ]);
  });
});

describe('dated snapshots and experimental builds named indirectly', () => {
  it('resolves "the November snapshot" to the dated child', () => {
    const c = prose('GPT-4o scored 25.0% on MMLU-Pro; the November snapshot dropped to 21.5%.');
    expect(of(c, 'benchmark_score').map((x) => x[1])).toEqual(['gpt-4o', 'gpt-4o-2024-11-20']);
  });
  it('resolves "N for the August one" after a month-dated first figure', () => {
    const c = prose(
      'OpenAI’s MMLU numbers for GPT-4o range from 86.0 for the May snapshot to 88.0 for the August one.',
    );
    expect(of(c, 'benchmark_score').map((x) => x[1])).toEqual(['gpt-4o-2024-05-13', 'gpt-4o-2024-08-06']);
  });
  it('resolves "N on <benchmark> for the August 2024 snapshot"', () => {
    const c = prose('For GPT-4o the gap is small. OpenAI lists 51.0% on GPQA for the August 2024 snapshot.');
    expect(of(c, 'benchmark_score').map((x) => x[1])).toEqual(['gpt-4o-2024-08-06']);
  });
  it('sends "the December release" of a March refresh back to the base model', () => {
    const c = prose(
      'DeepSeek-V3-0324 is out. On MMLU-Pro it reached 81.0%, up from 75.9% for the December release.',
    );
    expect(of(c, 'benchmark_score').map((x) => x[1])).toEqual(['deepseek-v3-0324', 'deepseek-v3']);
  });
  it('gives "the experimental checkpoint scored N" to the experimental child of the model named', () => {
    const c = prose(
      'On LMArena the experimental checkpoint scored 1400, while the public Llama 4 Maverick debuted at 1270.',
    );
    expect(of(c, 'arena_elo').map((x) => [x[1], x[3]])).toEqual([
      ['llama-4-maverick-03-26-experimental', 1400],
      ['llama-4-maverick', 1270],
    ]);
  });
  it('gives "N belonged to an experimental checkpoint" to that child', () => {
    const c = prose(
      'Llama 4 Maverick is on LMArena. Its famous 1400 score belonged to an experimental chat checkpoint.',
    );
    expect(of(c, 'arena_elo').map((x) => x[1])).toEqual(['llama-4-maverick-03-26-experimental']);
  });
  it('keeps a figure with the model its sentence names ("X at 20% for the experimental build")', () => {
    const c = prose(
      'Llama 4 Maverick is out. Gemini 2.0 Flash sits at 20.5% for the experimental build and 0.210 on MMLU-Pro.',
    );
    expect(c.filter((x) => x.value === 0.21).map((x) => x.model.id)).toEqual(['gemini-2.0-flash']);
  });
});

describe('short names, "both" across paragraphs, elided units', () => {
  it('reads "the mini model" as the one model named before whose name has that word', () => {
    const c = prose(
      'GPT-4o mini is OpenAI’s cheap tier. On LMArena, Gemini 2.0 Flash is well ahead of the mini model.',
    );
    expect(comps(c)).toEqual([['gemini-2.0-flash', 'beats', ['gpt-4o-mini']]]);
  });
  it('does not read descriptive words ("the small model") as names', () => {
    const c = prose('Mistral Small 3.1 was tested. On LMArena, GPT-4o is ahead of the small model.');
    expect(comps(c)).toEqual([]);
  });
  it('gives a date opening the next paragraph with "Both" to two sibling models', () => {
    const c = prose(
      'Llama 4 Scout has 16 experts.\n\nLlama 4 Maverick has 128 experts.\n\nBoth were published on April 5, 2025.',
    );
    expect(of(c, 'release_date').map((x) => x[1])).toEqual(['llama-4-scout', 'llama-4-maverick']);
  });
  it('reads a restated price and an elided compute figure from the previous sentence', () => {
    const c = prose(
      'We misprinted the price of GPT-4o mini as $0.20 per million input tokens. It is $0.15.\n\nEpoch puts GPT-4o at 3.8e25 FLOP; for Claude 3.7 Sonnet the estimate is 3.3e25.',
    );
    expect(of(c, 'price').map((x) => x[3])).toEqual([0.2, 0.15]);
    expect(of(c, 'training_compute').map((x) => [x[1], x[3]])).toEqual([
      ['gpt-4o', 3.8e25],
      ['claude-3.7-sonnet', 3.3e25],
    ]);
  });
  it('gives "N for <model>" and "the N figure belongs to <model>" the previous sentence’s unit', () => {
    const c = prose(
      'A blog said Llama 4 Scout was trained on 30 trillion tokens. The card gives 40 trillion for Scout; the 22 trillion figure belongs to Maverick.',
    );
    expect(of(c, 'training_tokens').map((x) => [x[1], x[3]])).toEqual([
      ['llama-4-scout', 30e12],
      ['llama-4-scout', 40e12],
      ['llama-4-maverick', 22e12],
    ]);
  });
  it('reads a hedged parallel figure ("and Y has crossed over 2 million")', () => {
    const c = prose(
      'Llama 4 Maverick passed 1.5 million downloads, and Llama 4 Scout has crossed over 3 million.',
    );
    expect(of(c, 'downloads').map((x) => [x[1], x[3]])).toEqual([
      ['llama-4-maverick', 1.5e6],
      ['llama-4-scout', 3e6],
    ]);
  });
  it('gives "the full run took N GPU hours" (said by the maker) to the current model', () => {
    const c = prose(
      'DeepSeek-V3 was cheap to train.\n\nDeepSeek says the full run took 2.5M H800 GPU hours.',
    );
    expect(of(c, 'training_gpu_hours').map((x) => x[1])).toEqual(['deepseek-v3']);
  });
});

describe('prices named late in a sentence', () => {
  it('reads "priced at a striking $75 for input" as a per-token price', () => {
    const c = prose('Not everyone is cutting prices. GPT-4.5 is priced at a hefty $70 for input.');
    expect(of(c, 'price')).toEqual([['$70', 'gpt-4.5', 'price', 70]]);
  });
  it('does not take "was X" for "as X": the subject named after "it was" owns a later price', () => {
    const c = prose(
      'Last winter it was DeepSeek-V3, which arrived on December 26, 2024, with open weights and a bill from another decade: $0.30 per million input tokens.',
    );
    expect(of(c, 'price')).toEqual([['$0.30 per million input tokens', 'deepseek-v3', 'price', 0.3]]);
  });
});

describe("a maker's possessive for its product line", () => {
  it('gives "DeepSeek’s API charges $N" to the base model of the line named before', () => {
    const c = prose(
      'DeepSeek-V3-0324 is the new checkpoint.\n\nThe price is the story. DeepSeek’s API charges $0.25 per million input tokens.',
    );
    expect(of(c, 'price').map((x) => x[1])).toEqual(['deepseek-v3']);
  });
  it('says nothing when the word opens names of two different lines', () => {
    const c = prose(
      'Gemini 2.0 Flash and Gemini 2.0 Flash-Lite both shipped.\n\nThe price is the story. Gemini’s API charges $0.05 per million input tokens.',
    );
    expect(of(c, 'price')).toEqual([]);
  });
});

describe('forum replies', () => {
  it('gives "The model is N" in a reply to the model the previous comment named, not the thread topic', () => {
    const c = prose(
      [
        'Llama 4 Maverick scored well on LMArena.',
        'Llama 4 Maverick has 400B total parameters.',
        'Llama 4 Maverick uses 128 experts.',
        'user_a · 3 hours ago',
        'DeepSeek-V3 is open and came out in December.',
        'user_b · 2 hours ago',
        'Nope. The model is 671B with 37B activated.',
      ].join('\n\n'),
    );
    expect(of(c, 'total_params').map((x) => [x[1], x[3]])).toEqual([
      ['llama-4-maverick', 400e9],
      ['deepseek-v3', 671e9],
    ]);
  });
});

describe('context lengths: effective windows and input sizes', () => {
  it('reads "measured its effective length at about 8K" as the window, not a run setting', () => {
    expect(isRunSetting('the study measured its effective length at about ', '')).toBe(false);
    const c = prose('GPT-4o accepts 128K tokens, but one study measured its effective length at about 6K.');
    expect(of(c, 'context_window').map((x) => x[3])).toEqual([128_000, 6000]);
  });
  it('declines the size of inputs the writer fed ("threads longer than 30,000 tokens")', () => {
    const c = prose(
      'Llama 4 Scout has a 10M context window. In our tests, threads longer than 20,000 tokens lost the question.',
    );
    expect(of(c, 'context_window').map((x) => x[3])).toEqual([10_000_000]);
  });
});

describe('predecessors, word-number compounds, inputs the writer sized', () => {
  it('drops "down from 7% for the previous generation", but gives a child’s "previous version" to its base', () => {
    const c = prose(
      'Llama 4 Maverick refuses less: its refusal rate is under 3%, down from 8% for the previous generation.',
    );
    expect(of(c, 'refusal_rate').map((x) => x[3])).toEqual([3]);
    const d = prose('DeepSeek-V3-0324 reaches 80.0 on MMLU-Pro, up from 75.0 for the previous version.');
    expect(of(d, 'benchmark_score').map((x) => [x[1], x[3]])).toEqual([
      ['deepseek-v3-0324', 80],
      ['deepseek-v3', 75],
    ]);
  });
  it('gives "a two-trillion-parameter X" to X', () => {
    const c = prose('Meta ships Llama 4 Scout and Maverick, and teases a two-trillion-parameter Behemoth.');
    expect(of(c, 'total_params').map((x) => x[1])).toEqual(['llama-4-behemoth']);
  });
  it('declines "weighs in at N tokens" and "chopped the repo down to N tokens"', () => {
    const c = prose(
      'Llama 4 Scout has a 10M context window. My codebase weighs in at about 3.1 million tokens, so I chopped the repo down to ~500k tokens.',
    );
    expect(of(c, 'context_window').map((x) => x[3])).toEqual([10_000_000]);
  });
});

describe('dates: a bare month after a release verb', () => {
  it('reads "it came out in December" with the year before the page date', () => {
    const c = prose('DeepSeek-V3 is open, and it came out in December.');
    expect(c.filter((x) => x.metric === 'release_date').map((x) => [x.model.id, x.valueText])).toEqual([
      ['deepseek-v3', '2024-12'],
    ]);
  });
  it('ignores a month that is not a release ("in December we tested it")', () => {
    const c = prose('DeepSeek-V3 is open. In December we tested it on our own prompts.');
    expect(c.filter((x) => x.metric === 'release_date')).toEqual([]);
  });
});

describe('dates: "released" as an adjective is not a release', () => {
  it('declines "the released model climbed to N by August 2025"', () => {
    const c = prose(
      'On LMArena, Llama 4 Maverick’s released model climbed to 1290 by August 2025 as scores were re-fit.',
    );
    expect(of(c, 'release_date')).toEqual([]);
  });
});

describe('benchmark names with a possessive first word', () => {
  it('reads "Aider’s polyglot benchmark" when the dictionary lists only the plain name', () => {
    const dict: ModelDictionary = {
      ...testDictionary,
      benchmarks: testDictionary.benchmarks.map((b) =>
        b.name === 'Aider Polyglot' ? { ...b, aliases: [] } : b,
      ),
    };
    const e = createClaimEngine(dict);
    const c = e.findClaimsInText(
      'On Aider’s polyglot coding benchmark, DeepSeek-V3 solved 48.0% of problems.',
    );
    expect(c.filter((x) => x.metric === 'benchmark_score').map((x) => x.benchmark)).toEqual([
      'Aider Polyglot',
    ]);
  });
});
