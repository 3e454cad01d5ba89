import { describe, expect, it } from 'vitest';
import type { Claim } from '@/lib/claims/types';
import { claimsOfArticle, table } from './article-pages';

// Round 13 (prose recall): clause structure decides which name a figure belongs to. Every sentence
// here is written for this file.
const paras = (...ps: string[]) => ps.map((p) => `<p>${p}</p>`).join('');
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value ?? c.valueText ?? null];
const of = (html: string, metric: string) =>
  claimsOfArticle(html)
    .filter((c) => c.metric === metric && c.context === 'prose')
    .map(brief);

describe('the subject keeps figures past an object or an interruption', () => {
  it('gives a verb coordinated after a yardstick to the subject', () => {
    const t = paras('In our run, DeepSeek-V3 was level with Claude 3.5 Sonnet and scored 81.2 on MMLU-Pro.');
    expect(of(t, 'benchmark_score')).toEqual([['81.2', 'deepseek-v3', 'benchmark_score', 81.2]]);
  });

  it('skips a relative clause naming another model between subject and verb', () => {
    const t = paras(
      'Llama 4 Maverick, which shipped on the same day as Llama 4 Scout, is a sparse model with 128 experts.',
    );
    expect(of(t, 'experts')).toEqual([['128 experts', 'llama-4-maverick', 'experts', 128]]);
  });

  it('skips an appositive naming another model between subject and verb', () => {
    const t = paras('Mistral Small 3.1, a model far smaller than Llama 4 Maverick, scores 71.5 on MATH-500.');
    expect(of(t, 'benchmark_score')).toEqual([['71.5', 'mistral-small-3.1', 'benchmark_score', 71.5]]);
  });

  it('reads "X, the bigger sibling with N experts" as X\'s own figures', () => {
    const t = paras(
      'Llama 4 Scout fits on a workstation.',
      'Llama 4 Maverick, the bigger sibling with 128 experts, needs a server.',
    );
    expect(of(t, 'experts')).toEqual([['128 experts', 'llama-4-maverick', 'experts', 128]]);
  });

  it("does not make an earlier comparison's yardstick the subject of the next one", () => {
    const t = paras('On the arena, Llama 4 Maverick edges out Gemini 2.0 Flash and sits above GPT-4.5.');
    const comps = claimsOfArticle(t).filter((c) => c.metric === 'comparison');
    expect(comps.map((c) => [c.model.id, c.comparison?.others.map((o) => o.id)])).toEqual([
      ['llama-4-maverick', ['gemini-2.0-flash']],
      ['llama-4-maverick', ['gpt-4.5']],
    ]);
  });

  it('gives a "whose <noun> scored" figure to the name it hangs off', () => {
    const t = paras('Llama 4 Maverick sits above GPT-4.5, whose preview scored 1390 on LMArena.');
    expect(of(t, 'arena_elo')).toEqual([['1390', 'gpt-4.5', 'arena_elo', 1390]]);
  });

  it('gives a possessive name the figure closing its own noun phrase', () => {
    const t = paras("At GPT-4o's published price of $2.50 per million input tokens, the bill stays small.");
    expect(of(t, 'price')).toEqual([['$2.50 per million input tokens', 'gpt-4o', 'price', 2.5]]);
  });
});

describe('active and total parameters in one phrase', () => {
  it('reads "uses N of its M parameters per token" as active N of total M', () => {
    const t = paras('DeepSeek-V3 uses 37 billion of its 671 billion parameters per token.');
    expect([...of(t, 'active_params'), ...of(t, 'total_params')]).toEqual([
      ['37 billion', 'deepseek-v3', 'active_params', 37e9],
      ['671 billion parameters', 'deepseek-v3', 'total_params', 671e9],
    ]);
  });
});

describe('a benchmark carried from the text before', () => {
  it('reads score verbs after a paragraph on one benchmark', () => {
    const t = paras(
      'We reran Fiction.LiveBench this month.',
      'At 32k tokens Llama 4 Maverick answers 41.5% of questions, and Llama 4 Scout drops to 19.5% at the same length.',
    );
    expect(of(t, 'benchmark_score').map((r) => r.slice(0, 2))).toEqual([
      ['41.5%', 'llama-4-maverick'],
      ['19.5%', 'llama-4-scout'],
    ]);
  });

  it("carries a table caption's benchmark over the table to the paragraph after it", () => {
    const t =
      '<p>Our long-story test is below.</p>' +
      table('Fiction.LiveBench, percent correct', ['Model', '16k'], [['Llama 4 Scout', '22.0']]) +
      paras('Llama 4 Scout scores 22.0% at 16k.');
    expect(of(t, 'benchmark_score')).toEqual([['22.0%', 'llama-4-scout', 'benchmark_score', 22]]);
  });
});

describe('prices held up against a named yardstick', () => {
  it('carries the subject past ", compared with X" and gives the yardstick its own figure', () => {
    const t = paras(
      'Many teams now run DeepSeek-V3.',
      "DeepSeek charges $0.28 per million input tokens, compared with $2.40 for the same input to OpenAI's GPT-4o.",
    );
    expect(of(t, 'price')).toEqual([
      ['$0.28 per million input tokens', 'deepseek-v3', 'price', 0.28],
      ['$2.40', 'gpt-4o', 'price', 2.4],
    ]);
  });
});

describe('a unit elided in a parallel clause', () => {
  it('reads bare expert counts after a sentence that gave the unit', () => {
    const t = paras(
      'DeepSeek-V3 spreads its weights over 256 routed experts. Llama 4 Maverick has 128 and Llama 4 Scout 16.',
    );
    expect(of(t, 'experts')).toEqual([
      ['256 routed experts', 'deepseek-v3', 'experts', 256],
      ['128', 'llama-4-maverick', 'experts', 128],
      ['16', 'llama-4-scout', 'experts', 16],
    ]);
  });

  it('reads a reported clause and an appositive lead as parallel clauses', () => {
    const t = paras(
      'Gemini 2.0 Flash accepts 1 million tokens, and Meta says Llama 4 Scout can take up to 10 million.',
      'Llama 4 Scout was trained on about 40 trillion tokens. Its bigger sibling, Llama 4 Maverick, saw about 22 trillion.',
    );
    expect(of(t, 'context_window').map((r) => r.slice(0, 2))).toEqual([
      ['1 million tokens', 'gemini-2.0-flash'],
      ['10 million', 'llama-4-scout'],
    ]);
    expect(of(t, 'training_tokens').map((r) => r.slice(0, 2))).toEqual([
      ['40 trillion tokens', 'llama-4-scout'],
      ['22 trillion', 'llama-4-maverick'],
    ]);
  });
});

describe('plural subjects', () => {
  it('dates "X, ..., and Y, ..., were both released" for both', () => {
    const t = paras(
      'Llama 4 Scout, the small one, and Llama 4 Maverick, the larger one, were both released on April 5, 2025.',
    );
    expect(of(t, 'release_date').map((r) => r[1])).toEqual(['llama-4-scout', 'llama-4-maverick']);
  });

  it('does not hand "the models were trained on" to the one model named last', () => {
    const t = paras(
      'Meta also previewed Llama 4 Behemoth, which is still training.',
      'Meta said the models were trained on more than 30 trillion tokens.',
    );
    expect(of(t, 'training_tokens')).toEqual([]);
  });
});

describe('training compute phrasing', () => {
  it('reads "floating-point operations" as FLOP', () => {
    const t = paras('Epoch AI thinks GPT-4o needed about 3.5 × 10²⁵ floating-point operations to train.');
    expect(of(t, 'training_compute').map((r) => r.slice(1))).toEqual([
      ['gpt-4o', 'training_compute', 3.5e25],
    ]);
  });

  it('reads "X at roughly N × 10²⁴" right after a sentence on FLOP', () => {
    const t = paras(
      'Epoch puts the Llama 4 Behemoth run at 5.0 × 10²⁵ FLOP. The released pair is far lower: Llama 4 Maverick at roughly 2.0 × 10²⁴.',
    );
    expect(of(t, 'training_compute').map((r) => r[1])).toEqual(['llama-4-behemoth', 'llama-4-maverick']);
  });
});

describe('a maker named just before "its" / "whose" version tag', () => {
  it('reads "DeepSeek, the lab whose V3 model ..." as DeepSeek-V3', () => {
    const t = paras(
      'DeepSeek, the lab whose V3 model surprised investors, said the run took 2.8 million H800 GPU hours.',
    );
    expect(of(t, 'training_gpu_hours').map((r) => r[1])).toEqual(['deepseek-v3']);
  });
});

describe('figures disowned onto an experimental build', () => {
  it('gives "a score of N, achieved by an experimental version" to the experimental child', () => {
    const t = paras(
      'Llama 4 Maverick launched in April.',
      'Critics noted that the LMArena score of 1417 in the launch post had been achieved by an experimental chat version.',
    );
    expect(of(t, 'arena_elo').map((r) => r[1])).toEqual(['llama-4-maverick-03-26-experimental']);
  });
});

describe('a vendor version tag after the vendor', () => {
  it('reads "DeepSeek\'s spring refresh: V3-0324 at 1370" as DeepSeek-V3-0324', () => {
    const t = paras('Arena notes for LMArena.', 'DeepSeek’s spring refresh: V3-0324 at 1370 on the board.');
    expect(of(t, 'arena_elo').map((r) => r[1])).toEqual(['deepseek-v3-0324']);
  });
});

describe('a dated version of the name after the figure', () => {
  it('gives "N for the August 2024 snapshot of X" to that snapshot', () => {
    const t = paras(
      'On GPQA Diamond, Epoch AI has Mistral Small 3.1 at 0.46, against 0.50 for the August 2024 snapshot of GPT-4o.',
    );
    expect(of(t, 'benchmark_score').map((r) => r.slice(0, 2))).toEqual([
      ['0.46', 'mistral-small-3.1'],
      ['0.50', 'gpt-4o-2024-08-06'],
    ]);
  });
});

describe('a price unit named by reference', () => {
  it('reads "$0.12 for the same million input tokens" as a per-token price', () => {
    const t = paras(
      'GPT-4o costs $2.50 per million input tokens. Gemini 2.0 Flash costs $0.12 for the same million input tokens.',
    );
    expect(of(t, 'price').map((r) => r.slice(0, 2))).toEqual([
      ['$2.50 per million input tokens', 'gpt-4o'],
      ['$0.12', 'gemini-2.0-flash'],
    ]);
  });
});

describe('vocabulary gaps', () => {
  it('reads "N trillion varied and curated tokens" as training tokens', () => {
    const t = paras('We pre-trained DeepSeek-V3 on 14.8 trillion varied and curated tokens.');
    expect(of(t, 'training_tokens').map((r) => r.slice(1))).toEqual([
      ['deepseek-v3', 'training_tokens', 14.8e12],
    ]);
  });

  it('reads "releasing X today, DATE" and "it went out on DATE" as release dates', () => {
    expect(of(paras('We are releasing Mistral Small 3.1 today, March 17, 2025.'), 'release_date')).toEqual([
      ['March 17, 2025', 'mistral-small-3.1', 'release_date', '2025-03-17'],
    ]);
    const t = paras('Mistral Small 3.1 runs on one GPU. It went out on March 17, 2025.');
    expect(of(t, 'release_date').map((r) => r[1])).toEqual(['mistral-small-3.1']);
  });
});

describe('download counts', () => {
  it('reads weights "pulled N times" as downloads', () => {
    const t = paras('DeepSeek-V3’s weights have been pulled more than 750,000 times so far.');
    expect(of(t, 'downloads').map((r) => r.slice(1))).toEqual([['deepseek-v3', 'downloads', 750000]]);
  });

  it('gives "the page for X\'s weights, which showed N downloads last month" to X', () => {
    const t = paras(
      'He read out the page for Mistral Small 3.1’s instruct weights, which showed roughly 1.1 million downloads last month.',
    );
    expect(of(t, 'downloads').map((r) => r.slice(1))).toEqual([['mistral-small-3.1', 'downloads', 1.1e6]]);
  });
});

describe('a pronoun subject of a later comparison', () => {
  it('skips an earlier yardstick when "It edges out X and sits above Y"', () => {
    const t = paras(
      'Llama 4 Maverick opened at 1410 on LMArena. It edges out Gemini 2.0 Flash and sits above GPT-4.5.',
    );
    const comps = claimsOfArticle(t).filter((c) => c.metric === 'comparison');
    expect(comps.map((c) => c.model.id)).toEqual(['llama-4-maverick', 'llama-4-maverick']);
  });

  it('reads "it" before the verb as the subject, not a name inside "the price of X"', () => {
    const t = paras(
      'OpenAI shipped GPT-4.5 at $75 per million input tokens, many times the price of GPT-4o, while admitting that it trails o3-mini on math.',
    );
    const comps = claimsOfArticle(t).filter((c) => c.metric === 'comparison');
    expect(comps.map((c) => [c.model.id, c.comparison?.others.map((o) => o.id)])).toEqual([
      ['gpt-4.5', ['o3-mini']],
    ]);
  });
});

describe('people as the scorer', () => {
  it('does not give "human experts score about 65%" to the model of the paragraph', () => {
    const t = paras(
      'GPT-4o scored 53.6% on GPQA Diamond. For comparison, human experts score about 65% on it.',
    );
    expect(of(t, 'benchmark_score').map((r) => r[0])).toEqual(['53.6%']);
  });
});

describe('a year on an arena page', () => {
  it('never reads "a research project in 2023" as an arena rating', () => {
    const t = paras('Llama 4 Maverick sits at 1290 on LMArena, which began as a research project in 2023.');
    expect(of(t, 'arena_elo').map((r) => r[3])).toEqual([1290]);
  });
});

describe('counts of people behind an adjective', () => {
  it('does not read "it has nearly 1 billion monthly users" as a parameter count', () => {
    const t = paras(
      'Llama 4 Maverick has 400 billion parameters. Meta says it has nearly 1 billion monthly users.',
    );
    expect(of(t, 'total_params').map((r) => r[0])).toEqual(['400 billion parameters']);
  });
});

describe('the from-figure of an older model', () => {
  it('does not give "fell from 7% in Llama 3.3 to below 2%" its 7% to the new model', () => {
    const t = paras(
      'For Llama 4 Maverick, Meta says the refusal rate on debated topics fell from 8% in Llama 3.3 to below 2%.',
    );
    expect(of(t, 'refusal_rate').map((r) => r[3])).toEqual([2]);
  });
});
