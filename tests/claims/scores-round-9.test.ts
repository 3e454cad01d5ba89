import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { scanHtml } from '@/lib/claims/scan-html';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Stop-9 score rules: which benchmark a prose score belongs to, and what counts as a score.
const engine = createClaimEngine(testDictionary);
const scores = (text: string) =>
  engine
    .findClaimsInText(text)
    .filter((c) => c.metric === 'benchmark_score' || c.metric === 'arena_elo')
    .map((c: Claim) => [c.quote, c.model.id, c.metric, c.value, c.benchmark ?? null]);

describe('score verbs after a benchmark named earlier in the paragraph', () => {
  it('reads "the vendor says N" and "solved N% of problems"', () => {
    expect(
      scores(
        'We reran MATH-500 on a rented box. For Mistral Small 3.1 the vendor says 69.3, and in our run it solved 66.1% of problems.',
      ),
    ).toEqual([
      ['69.3', 'mistral-small-3.1', 'benchmark_score', 69.3, 'MATH-500'],
      ['66.1%', 'mistral-small-3.1', 'benchmark_score', 66.1, 'MATH-500'],
    ]);
  });
});

describe('a version number before a tier word is a name, not a score', () => {
  it('skips "3.7" in "says 3.7 Sonnet gets 62.3%"', () => {
    expect(
      scores(
        'Claude 3.7 Sonnet shipped this week. On SWE-bench Verified, the lab says 3.7 Sonnet gets 61.0% with no scaffold.',
      ),
    ).toEqual([['61.0%', 'claude-3.7-sonnet', 'benchmark_score', 61, 'SWE-bench Verified']]);
  });
});

describe('several scores of one test in one sentence', () => {
  it('gives the second score after "but only" the same benchmark', () => {
    expect(
      scores('The LiveBench table is telling. Gemini 2.0 Flash scores 58.1 at 16k but only 41.9 at 64k.'),
    ).toEqual([
      ['58.1', 'gemini-2.0-flash', 'benchmark_score', 58.1, 'LiveBench'],
      ['41.9', 'gemini-2.0-flash', 'benchmark_score', 41.9, 'LiveBench'],
    ]);
  });
  it('reads "N% in one mode, and M% with another"', () => {
    expect(
      scores(
        'DeepSeek-V3 reaches 44.2% on LiveCodeBench in the default harness, and 47.5% with its own agent loop.',
      ),
    ).toEqual([
      ['44.2%', 'deepseek-v3', 'benchmark_score', 44.2, 'LiveCodeBench'],
      ['47.5%', 'deepseek-v3', 'benchmark_score', 47.5, 'LiveCodeBench'],
    ]);
  });
  it('does not carry a score across a count ("and 12 points")', () => {
    expect(scores('GPT-4o mini gets 71.5 on MMLU-Pro and wins by 12 points.')).toEqual([
      ['71.5', 'gpt-4o-mini', 'benchmark_score', 71.5, 'MMLU-Pro'],
    ]);
  });
});

describe('arena ratings', () => {
  it('reads a rating after "drops to about" / "stayed around" in an arena paragraph', () => {
    const claims = engine
      .findClaimsInText(
        'On LMArena, GPT-4o sits at 1290. With style control on, it drops to about 1262, and it stayed around 1265 all spring.',
      )
      .filter((c) => c.metric === 'arena_elo');
    expect(claims.map((c) => [c.value, c.model.id, c.hedge])).toEqual([
      [1290, 'gpt-4o', 'exact'],
      [1262, 'gpt-4o', 'about'],
      [1265, 'gpt-4o', 'about'],
    ]);
  });
  it('never reads a count of battles as a rating', () => {
    expect(
      scores(
        'Llama 4 Maverick is at 1273 on LMArena, which released 3,000+ head-to-head battles for review.',
      ),
    ).toEqual([['1273', 'llama-4-maverick', 'arena_elo', 1273, 'LMArena']]);
  });
});

describe('benchmark carried from the paragraph before', () => {
  it('reads "landed at 0.676" right after a paragraph about one benchmark', () => {
    const claims = engine
      .findClaimsInText(
        'We reran MMLU-Pro on four models. Mistral Small 3.1 scores 66.8 on MMLU-Pro in our run.\n\nDeepSeek-V3 landed at 0.752, a little under its card.',
      )
      .filter((c) => c.metric === 'benchmark_score');
    expect(claims.map((c) => [c.quote, c.model.id, c.benchmark])).toEqual([
      ['66.8', 'mistral-small-3.1', 'MMLU-Pro'],
      ['0.752', 'deepseek-v3', 'MMLU-Pro'],
    ]);
  });
  it('needs a score verb: "DeepSeek-V3 is 0.752 ..." or a bare count is not carried', () => {
    const claims = engine
      .findClaimsInText(
        'Mistral Small 3.1 scores 66.8 on MMLU-Pro in our run.\n\nDeepSeek-V3 costs 0.27 per call and ships 12.5 updates a year.',
      )
      .filter((c) => c.metric === 'benchmark_score');
    expect(claims.map((c) => c.quote)).toEqual(['66.8']);
  });
  it('does not carry past a heading', () => {
    const { doc } = scanHtml(
      '<p>Mistral Small 3.1 scores 66.8 on MMLU-Pro in our run.</p><h2>Latency</h2><p>DeepSeek-V3 got 0.752 on the first try.</p>',
    );
    const claims = engine.findClaims(doc).filter((c) => c.metric === 'benchmark_score');
    expect(claims.map((c) => c.quote)).toEqual(['66.8']);
  });
});

describe('more score shapes', () => {
  it('reads the other setting after a semicolon ("; without, N%")', () => {
    expect(
      scores('With thinking on, DeepSeek-V3 reaches 41.2% on LiveCodeBench; without, 36.0%.').map(
        (c) => c[3],
      ),
    ).toEqual([41.2, 36]);
  });
  it('reads a source possessive before a score of the paragraph benchmark ("under Meta\'s 74.3")', () => {
    expect(
      scores(
        "We ran MMLU-Pro locally. Llama 4 Scout scored 71.0 for us, a few points under Meta's 74.3 for the full model.",
      ).map((c) => c[3]),
    ).toEqual([71, 74.3]);
  });
  it('reads "the N everyone quotes belongs to X" on the arena', () => {
    const claims = engine
      .findClaimsInText(
        'On LMArena, the 1417 everyone quotes belongs to Llama 4 Maverick 03-26 Experimental.',
      )
      .filter((c) => c.metric === 'arena_elo');
    expect(claims.map((c) => [c.value, c.model.id])).toEqual([[1417, 'llama-4-maverick-03-26-experimental']]);
  });
});

describe('"respectively" lists', () => {
  it('maps scores onto benchmarks in order', () => {
    expect(
      scores('DeepSeek-V3 scores 88.5 and 75.9 on MMLU and MMLU-Pro, respectively.').map((c) => [c[3], c[4]]),
    ).toEqual([
      [88.5, 'MMLU'],
      [75.9, 'MMLU-Pro'],
    ]);
  });
  it('also when the benchmarks come first', () => {
    expect(
      scores('On MMLU and GPQA, GPT-4o gets 88.7 and 53.1, respectively.').map((c) => [c[3], c[4]]),
    ).toEqual([
      [88.7, 'MMLU'],
      [53.1, 'GPQA'],
    ]);
  });
});

describe('settings per score', () => {
  const settings = (text: string) =>
    engine
      .findClaimsInText(text)
      .filter((c) => c.metric === 'benchmark_score')
      .map((c) => [c.value, c.model.id, c.setting ?? null]);
  it('reads a context length per score', () => {
    expect(settings('On LiveBench, Gemini 2.0 Flash scores 58.1 at 16k but only 41.9 at 64k.')).toEqual([
      [58.1, 'gemini-2.0-flash', '16k'],
      [41.9, 'gemini-2.0-flash', '64k'],
    ]);
  });
  it('gives "with thinking on" to the thinking child and "thinking off" to the base model', () => {
    expect(
      settings(
        'On GPQA Diamond, Claude 3.7 Sonnet with thinking on scores 0.811, while the same model with thinking off gets 0.642.',
      ),
    ).toEqual([
      [0.811, 'claude-3.7-sonnet-thinking', null],
      [0.642, 'claude-3.7-sonnet', 'no thinking'],
    ]);
  });
});

describe('scores of names the dictionary lacks', () => {
  it('gives "vs 1246 for <unknown name>" to nobody, and keeps the first rating', () => {
    expect(scores('Llama 4 Scout is at 1320 on LMArena vs 1246 for Falcon Mini.')).toEqual([
      ['1320', 'llama-4-scout', 'arena_elo', 1320, 'LMArena'],
    ]);
  });
  it('still reads "against 49.6 for the December release"', () => {
    expect(
      scores('On Aider Polyglot, DeepSeek-V3-0324 scored 55.1, against 49.6 for the December release.')
        .length,
    ).toBe(2);
  });
});

describe('score shapes around settings', () => {
  it('reads a bracketed score after a context length ("at 120k (62.5)")', () => {
    expect(
      scores(
        'The LiveBench long-context table is odd. Gemini 2.0 Flash does better at 120k (61.0) than at 8k (49.5).',
      ).map((c) => [c[3], c[4]]),
    ).toEqual([
      [61, 'LiveBench'],
      [49.5, 'LiveBench'],
    ]);
  });
  it('looks past a quantisation tag between benchmark and score ("FP8 ... came in at")', () => {
    expect(
      scores('Our MMLU-Pro run of the FP8 Llama 4 Maverick checkpoint came in at 0.781.').map((c) => [
        c[3],
        c[4],
      ]),
    ).toEqual([[0.781, 'MMLU-Pro']]);
  });
});

describe('precision guards', () => {
  it('asserts nothing in a negated yes/no question ("Isn\'t it the one with the 1417 Elo?")', () => {
    expect(scores("Llama 4 Maverick tops LMArena. Isn't it the one with the 1380 Elo?")).toEqual([]);
  });
  it('never reads "at 0 cost" as a score', () => {
    expect(scores('DeepSeek-V3 reports 39.2 on AIME 2024, at 0 cost to you.').map((c) => c[3])).toEqual([
      39.2,
    ]);
  });
  it('reads the second score after "against HELM\'s independent N"', () => {
    expect(
      scores("On MMLU, DeepSeek-V3 gets the company's 88.5 against HELM's independent 87.2.").map(
        (c) => c[3],
      ),
    ).toEqual([88.5, 87.2]);
  });
});

describe('restated scores', () => {
  it('reads a score the page already gave for the same model, restated without its benchmark', () => {
    const claims = engine
      .findClaimsInText(
        'Mistral Small 3.1 scores 0.462 on GPQA Diamond in our run.\n\nMistral Small 3.1 is the pleasant surprise. At 0.462 it trails the big models, but it runs on one GPU.',
      )
      .filter((c) => c.metric === 'benchmark_score');
    expect(claims.map((c) => [c.value, c.model.id, c.benchmark])).toEqual([
      [0.462, 'mistral-small-3.1', 'GPQA Diamond'],
      [0.462, 'mistral-small-3.1', 'GPQA Diamond'],
    ]);
  });
  it('not for another model, and not for a rate', () => {
    const claims = engine
      .findClaimsInText(
        'Mistral Small 3.1 scores 66.5% on GPQA Diamond in our run.\n\nDeepSeek-V3 is different. At 66.5% it is merely average. Our resolution rate with Mistral Small 3.1 was 66.5% too.',
      )
      .filter((c) => c.metric === 'benchmark_score');
    expect(claims.map((c) => c.model.id)).toEqual(['mistral-small-3.1']);
  });
});
