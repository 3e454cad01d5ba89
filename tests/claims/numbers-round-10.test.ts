import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { foldText } from '@/lib/claims/fold-text';
import { hedgeBefore } from '@/lib/claims/hedges';
import { findQuantities } from '@/lib/claims/parse-quantity';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Stop-10: number formats publications print, and one phrase about several models.
const engine = createClaimEngine(testDictionary);
const run = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-05-01' });
const claims = (text: string, metric: string) =>
  run(text)
    .filter((c) => c.metric === metric)
    .map((c: Claim) => [c.model.id, c.value]);
const values = (text: string) => findQuantities(foldText(text)).map((q) => q.value);

describe('press abbreviations of magnitudes', () => {
  it('reads "400bn", "40tn", "5mn" and wire-service "bln", "mln", "trn"', () => {
    expect(values('it has 400bn of them')).toEqual([400e9]);
    expect(values('about 40tn tokens')).toEqual([40e12]);
    expect(values('some 5mn downloads')).toEqual([5e6]);
    expect(values('1.5 bln, 2 mln and 3 trn')).toEqual([1.5e9, 2e6, 3e12]);
  });
  it('does not read letters that merely start with the abbreviation', () => {
    expect(values('3 bnx')).toEqual([3]);
    expect(values('5 mnemonics')).toEqual([5]);
  });
  it('reports British-style sizes and token counts for the model', () => {
    const text =
      'Meta has released Llama 4. Llama 4 Maverick has 400bn parameters, with 288bn active. Llama 4 Scout was trained on about 40tn tokens.';
    expect(claims(text, 'total_params')).toEqual([['llama-4-maverick', 400e9]]);
    expect(claims(text, 'active_params')).toEqual([['llama-4-maverick', 288e9]]);
    expect(claims(text, 'training_tokens')).toEqual([['llama-4-scout', 40e12]]);
  });
});

describe('British per cent and centred-dot exponents', () => {
  it('reads "62.3 per cent" as a percentage', () => {
    const q = findQuantities(foldText('it scored 62.3 per cent'));
    expect(q.map((x) => [x.value, x.percent])).toEqual([[62.3, true]]);
    expect(findQuantities(foldText('62.3 per centre')).map((x) => x.percent)).toEqual([false]);
  });
  it('reads "3.8·10²⁵" and "3.8 ⋅ 10^25" but not a byline "2025 · 10 min read"', () => {
    expect(values('3.8·10²⁵ FLOP')).toEqual([3.8e25]);
    expect(values('3.8 ⋅ 10^25 FLOP')).toEqual([3.8e25]);
    expect(values('April 6, 2025 · 10 min read')).toEqual([6, 2025, 10]);
  });
});

describe('sums in another currency', () => {
  it('never reads "£1.2bn" or "€300m" as a figure', () => {
    expect(values('it raised £1.2bn and €300m, then ¥5')).toEqual([]);
    expect(values('it costs $3')).toEqual([3]);
  });
  it('does not report a pound or euro sum as a model claim', () => {
    const text = 'Llama 4 Maverick has 400bn parameters. Meta raised £1.2bn for a €5bn data centre.';
    expect(run(text).map((c) => [c.model.id, c.metric, c.value])).toEqual([
      ['llama-4-maverick', 'total_params', 400e9],
    ]);
    expect(run('GPT-4o costs €2.50 per million input tokens.').filter((c) => c.metric === 'price')).toEqual(
      [],
    );
  });
});

describe('a range printing its unit once', () => {
  it('reads "between 19 and 49 cents" as $0.19 to $0.49', () => {
    const c = run('Serving Llama 4 Maverick costs between 19 and 49 cents per million tokens.').filter(
      (x) => x.metric === 'price',
    );
    expect(c.map((x) => [x.model.id, x.value, x.valueLow, x.hedge])).toEqual([
      ['llama-4-maverick', 0.49, 0.19, 'range'],
    ]);
  });
  it('does not join a year to a price in cents', () => {
    const c = run('In 2025 Llama 4 Maverick cost 49 cents per million tokens.').filter(
      (x) => x.metric === 'price',
    );
    expect(c.map((x) => [x.value, x.valueLow])).toEqual([[0.49, undefined]]);
  });
});

describe('floors and ceilings in words and signs', () => {
  it('reads "no less than" and "≥" as a floor, "no more than" and "≤" as a ceiling', () => {
    expect(hedgeBefore('listed at no less than ')?.hedge).toBe('over');
    expect(hedgeBefore('≥ ')?.hedge).toBe('over');
    expect(hedgeBefore('no more than ')?.hedge).toBe('under');
    expect(hedgeBefore('≤ ')?.hedge).toBe('under');
    expect(hedgeBefore('more than ')?.hedge).toBe('over');
  });
  it('keeps a compute figure after "no less than" (a bound, not a yardstick)', () => {
    const text =
      'Epoch puts Llama 4 Scout at 4.08 × 10²⁴ FLOP. Mistral Small 3.1 is listed at no less than 1.15 × 10²⁴, inherited from its base model.';
    const c = run(text).filter((x) => x.metric === 'training_compute');
    expect(c.map((x) => [x.model.id, x.value, x.hedge])).toEqual([
      ['llama-4-scout', 4.08e24, 'exact'],
      ['mistral-small-3.1', 1.15e24, 'over'],
    ]);
  });
  it('still drops a compute figure named as a yardstick', () => {
    const text =
      'Epoch puts Llama 4 Scout at 4.08 × 10²⁴ FLOP. Mistral Small 3.1 used less than a third of 3.4 × 10²⁴.';
    expect(claims(text, 'training_compute')).toEqual([['llama-4-scout', 4.08e24]]);
  });
});

describe('prices named by their token kind alone', () => {
  it('reads "$0.27 input" and "$0.075 input." as per-token prices', () => {
    expect(claims('Together has Llama 4 Maverick at $0.27 input last I looked.', 'price')).toEqual([
      ['llama-4-maverick', 0.27],
    ]);
    expect(claims('Gemini 2.0 Flash-Lite is still the cheapest at $0.075 input.', 'price')).toEqual([
      ['gemini-2.0-flash-lite', 0.075],
    ]);
  });
  it('does not read "$300 input device" or a monthly fee as a token price', () => {
    expect(claims('GPT-4o needs a $300 input device.', 'price')).toEqual([]);
    expect(claims('GPT-4o is $20 input on the monthly plan, per month.', 'price')).toEqual([]);
  });
  it('gives the second of a slashed pair "$0.15 / $0.50" the first one’s unit', () => {
    const text =
      'Llama 4 pricing: Maverick at $0.22 per million input tokens and $0.85 per million output tokens; Scout at $0.15 / $0.50.';
    expect(claims(text, 'price')).toEqual([
      ['llama-4-maverick', 0.22],
      ['llama-4-maverick', 0.85],
      ['llama-4-scout', 0.15],
      ['llama-4-scout', 0.5],
    ]);
  });
});

describe('"respectively" onto a list of models', () => {
  it('gives each model its own figure, never both figures to both', () => {
    expect(
      claims(
        'Llama 4 Scout and Llama 4 Maverick have windows of 10M and 1M tokens respectively.',
        'context_window',
      ),
    ).toEqual([
      ['llama-4-scout', 10e6],
      ['llama-4-maverick', 1e6],
    ]);
    expect(
      claims(
        'GPT-4o and Claude 3.7 Sonnet cost $2.50 and $3 per million input tokens, respectively.',
        'price',
      ),
    ).toEqual([
      ['gpt-4o', 2.5],
      ['claude-3.7-sonnet', 3],
    ]);
  });
  it('maps onto the models the paragraph just named when the sentence names none', () => {
    const text =
      'The card lists 5.0M H100 GPU-hours for Llama 4 Scout and 2.38M for Llama 4 Maverick. Epoch converts these to 4.08 × 10²⁴ and 2.244 × 10²⁴ FLOP respectively.';
    expect(claims(text, 'training_compute')).toEqual([
      ['llama-4-scout', 4.08e24],
      ['llama-4-maverick', 2.244e24],
    ]);
  });
  it('leaves a list of benchmarks to the benchmark mapping', () => {
    const c = run('Llama 4 Scout scores 74.3 and 57.2 on MMLU-Pro and GPQA Diamond respectively.').filter(
      (x) => x.metric === 'benchmark_score',
    );
    expect(c.map((x) => [x.model.id, x.value, x.benchmark])).toEqual([
      ['llama-4-scout', 74.3, 'MMLU-Pro'],
      ['llama-4-scout', 57.2, 'GPQA Diamond'],
    ]);
  });
  it('maps in the order given when the second model is the comparison object', () => {
    expect(
      claims(
        'Llama 4 Scout beats GPT-4o on price, at $0.15 and $2.50 per million input tokens respectively.',
        'price',
      ),
    ).toEqual([
      ['llama-4-scout', 0.15],
      ['gpt-4o', 2.5],
    ]);
  });
});

describe('one phrase about the two models just named', () => {
  it('"Both ..." opening a sentence gives one claim per model', () => {
    const text =
      'Meta released Llama 4. Scout packs 109 billion parameters into 16 experts; Maverick spreads 400 billion over 128. Both run with 17 billion active parameters per token.';
    expect(claims(text, 'active_params')).toEqual([
      ['llama-4-scout', 17e9],
      ['llama-4-maverick', 17e9],
    ]);
  });
  it('reads "Both" in the next paragraph only for siblings of one family', () => {
    const siblings = run(
      'Llama 4 Maverick costs $0.22 per million input tokens; Llama 4 Scout costs $0.15.\n\nBoth are mixture-of-experts models with 17B active parameters.',
    ).filter((c) => c.metric === 'active_params');
    expect(siblings.map((c) => c.model.id)).toEqual(['llama-4-maverick', 'llama-4-scout']);
    const strangers = run(
      'GPT-4o costs $2.50 per million input tokens; Mistral Small 3.1 costs $0.10.\n\nBoth are dense models with 17B active parameters.',
    ).filter((c) => c.metric === 'active_params');
    expect(strangers.map((c) => c.model.id)).not.toContain('gpt-4o');
  });
  it('keeps a name with a word-only bracket in the list ("Maverick (FP8 weights) and Scout")', () => {
    const c = run(
      'We added Llama 4 Maverick (FP8 weights) and Llama 4 Scout, released under the Llama 4 Community License.',
    ).filter((x) => x.metric === 'license');
    expect(c.map((x) => x.model.id).sort()).toEqual(['llama-4-maverick', 'llama-4-scout']);
  });
  it('does not join names whose brackets hold their own figures', () => {
    const c = run('Llama 4 Maverick (402B) and Llama 4 Scout (109B total) are out.').filter(
      (x) => x.metric === 'total_params',
    );
    expect(c.map((x) => [x.model.id, x.value])).toEqual([
      ['llama-4-maverick', 402e9],
      ['llama-4-scout', 109e9],
    ]);
  });
  it('dates "the April 5 release of X and Y" for both, but not "the May 2024 release of X scored"', () => {
    const c = run('He called the April 5 release of Llama 4 Scout and Llama 4 Maverick a big step.').filter(
      (x) => x.metric === 'release_date',
    );
    expect(c.map((x) => x.model.id)).toEqual(['llama-4-scout', 'llama-4-maverick']);
    const v = run('For context, the May 2024 release of GPT-4o scored 1285 on the arena.');
    expect(v.filter((x) => x.metric === 'release_date')).toEqual([]);
  });
});

describe('figures printed inside quotation marks or before the name', () => {
  it('reads a unit after a quoted figure: is "nearly 2 trillion" parameters', () => {
    const c = run('Meta has said only that Llama 4 Behemoth is "nearly 2 trillion" parameters.').filter(
      (x) => x.metric === 'total_params',
    );
    expect(c.map((x) => [x.model.id, x.value, x.hedge])).toEqual([['llama-4-behemoth', 2e12, 'nearly']]);
  });
  it('does not open a quoted clause: the “Llama 4 Maverick scored 1417” headline', () => {
    const c = run('The “Llama 4 Maverick scored 1417” headline lasted about 48 hours.');
    expect(c.filter((x) => x.metric === 'total_params')).toEqual([]);
  });
  it('gives "a 400B Maverick" to the name after the size', () => {
    const text =
      'Meta drops Llama 4: a 10-million-token Scout, a 400B Maverick and a Behemoth still in training.';
    expect(claims(text, 'total_params')).toEqual([['llama-4-maverick', 400e9]]);
    expect(claims(text, 'context_window')).toEqual([['llama-4-scout', 10e6]]);
  });
  it('keeps a size-with-unit before a name out of it ("a 17B-active Maverick")', () => {
    expect(claims('Meta ships Llama 4: a 17B-active Maverick.', 'total_params')).toEqual([]);
  });
});

describe('"Both models" a few blocks after the pair', () => {
  const gap = '\n\nRelated\n\nA story about chips\n\nWhat does open mean here?\n\n';
  it('licenses both siblings just discussed', () => {
    const c = run(
      `Llama 4 Scout has 16 experts. Llama 4 Maverick has 128 experts.${gap}Both models are released under the Llama 4 Community License.`,
    ).filter((x) => x.metric === 'license');
    expect(c.map((x) => x.model.id)).toEqual(['llama-4-scout', 'llama-4-maverick']);
  });
  it('does not license two unrelated models that far back', () => {
    const c = run(
      `GPT-4o costs $2.50 per million input tokens. Mistral Small 3.1 costs $0.10 per million input tokens.${gap}Both models are released under the Apache 2.0 license.`,
    ).filter((x) => x.metric === 'license');
    expect(c.map((x) => x.model.id)).not.toContain('gpt-4o');
  });
});

describe('a context window printed as a round count of thousands', () => {
  const lead = 'Llama 4 Scout has a context window of up to 10 million tokens. ';
  it('reads "For comparison, GPT-4o tops out at 128,000." once windows are the topic', () => {
    expect(claims(`${lead}For comparison, GPT-4o tops out at 128,000.`, 'context_window')).toEqual([
      ['llama-4-scout', 10e6],
      ['gpt-4o', 128000],
    ]);
  });
  it('does not read an uneven count or one with its own unit', () => {
    expect(claims(`${lead}GPT-4o tops out at 128,431.`, 'context_window')).toEqual([['llama-4-scout', 10e6]]);
    expect(claims(`${lead}GPT-4o tops out at 128,000 downloads.`, 'context_window')).toEqual([
      ['llama-4-scout', 10e6],
    ]);
  });
  it('needs the topic first', () => {
    expect(claims('GPT-4o tops out at 128,000.', 'context_window')).toEqual([]);
  });
});
