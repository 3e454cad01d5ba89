import { describe, expect, it } from 'vitest';
import { findBareLicenses } from '@/lib/claims/bare-licenses';
import { createClaimEngine } from '@/lib/claims/engine';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Round 9, fact metrics: how a value and its metric are recognised. Sentences written for this file.
const engine = createClaimEngine(testDictionary);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-04-10' });
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value ?? c.valueText];
const of = (claims: Claim[], metric: string) => claims.filter((c) => c.metric === metric).map(brief);

describe('bare licence words', () => {
  it('reads "Apache licence", "is MIT now" and "still MIT code" as licences', () => {
    expect(
      of(prose('Mistral Small 3.1 wins for me: I would take the Apache licence over any API.'), 'license'),
    ).toEqual([['Apache', 'mistral-small-3.1', 'license', 'Apache']]);
    expect(of(prose('By the way, DeepSeek-V3-0324 is MIT now, code and weights.'), 'license')).toEqual([
      ['MIT', 'deepseek-v3-0324', 'license', 'MIT'],
    ]);
    expect(
      of(
        prose('DeepSeek-V3 is huge and still MIT code, while Mistral Small 3.1 is small and plain Apache.'),
        'license',
      ),
    ).toEqual([
      ['MIT', 'deepseek-v3', 'license', 'MIT'],
      ['Apache', 'mistral-small-3.1', 'license', 'Apache'],
    ]);
  });
  it('reads "the weights are now under MIT" for the model of the paragraph', () => {
    const c = prose(
      'DeepSeek-V3-0324 kept its size. The weights are now under MIT, to the relief of lawyers.',
    );
    expect(of(c, 'license')).toEqual([['MIT', 'deepseek-v3-0324', 'license', 'MIT']]);
  });
  it('keeps MIT next to another named licence', () => {
    const c = prose('For DeepSeek-V3 the code is under MIT; the weights use the DeepSeek License Agreement.');
    expect(of(c, 'license').map((x) => x[3])).toEqual(['MIT', 'DeepSeek License Agreement']);
  });
  it('ignores the university, the foundation and a licence word with no owner in its clause', () => {
    expect(
      of(prose('GPT-4o was studied by researchers at MIT. GPT-4o runs on Apache Spark.'), 'license'),
    ).toEqual([]);
    expect(of(prose('DeepSeek-V3 is large, while this one is small and plain Apache.'), 'license')).toEqual(
      [],
    );
    expect(findBareLicenses('the team is mit researchers', 0)).toEqual([]);
    expect(findBareLicenses('mit licensed the patent to a startup', 0)).toEqual([]);
    expect(findBareLicenses('license: mit', 0).map((b) => b.name)).toEqual(['MIT']);
  });
  it('gives no model a licence said of the family itself (the family takes it)', () => {
    const c = prose(
      'Llama 4 Scout and Llama 4 Maverick shipped today. Llama 4 is the Llama 4 Community License, as before.',
    );
    expect(of(c, 'license')).toEqual([
      ['Llama 4 Community License', 'llama-4', 'license', 'Llama 4 Community License'],
    ]);
  });
});

describe('release dates', () => {
  it('skips a wire dateline that names its agency and reads the "on <date>" after a long object', () => {
    const c = prose(
      'LONDON, April 6 (Newswire) - Meta released two models, Llama 4 Scout and Llama 4 Maverick, on Saturday, April 5, it said.',
    );
    expect(of(c, 'release_date')).toEqual([
      ['April 5', 'llama-4-scout', 'release_date', '2025-04-05'],
      ['April 5', 'llama-4-maverick', 'release_date', '2025-04-05'],
    ]);
  });
  it('reads "release was <date>", "around since <date>" and ", out <date>,"', () => {
    expect(
      of(prose('Mistral Small 3.1 is new. Release was March 17 and I use it daily.'), 'release_date'),
    ).toEqual([['March 17', 'mistral-small-3.1', 'release_date', '2025-03-17']]);
    expect(of(prose('GPT-4o mini has been around since July 2024.'), 'release_date')).toEqual([
      ['July 2024', 'gpt-4o-mini', 'release_date', '2024-07'],
    ]);
    expect(of(prose('Claude 3.7 Sonnet, out February 24, adds a thinking mode.'), 'release_date')).toEqual([
      ['February 24', 'claude-3.7-sonnet', 'release_date', '2025-02-24'],
    ]);
    expect(of(prose('The Claude 3.7 Sonnet mugs sold out March 3 at the booth.'), 'release_date')).toEqual(
      [],
    );
  });
});

describe('parameter, token and GPU-hour figures', () => {
  it('takes "N parameters in total" as the total even after an active count', () => {
    const c = prose(
      'Llama 4 Behemoth has 288 billion active parameters and nearly two trillion parameters in total.',
    );
    expect(c.map((x) => [x.metric, x.value])).toEqual([
      ['active_params', 288e9],
      ['total_params', 2e12],
    ]);
  });
  it('reads "N billion overall" as the total', () => {
    const c = prose('Llama 4 Maverick has 17 billion active parameters and 400 billion overall.');
    expect(of(c, 'total_params').map((x) => x[3])).toEqual([400e9]);
  });
  it('reads a bare trillions figure after a training-data sentence as data', () => {
    const c = prose('Llama 4 Scout was trained on ~40T tokens. DeepSeek-V3 was 14.8T.');
    expect(of(c, 'training_tokens').map((x) => [x[1], x[3]])).toEqual([
      ['llama-4-scout', 40e12],
      ['deepseek-v3', 14.8e12],
    ]);
    expect(of(prose('DeepSeek-V3 is 671B.'), 'total_params').map((x) => x[3])).toEqual([671e9]);
  });
  it('reads "N million hours" parallel to GPU-hours after a semicolon', () => {
    const c = prose(
      'Llama 4 Scout took 5.0 million H100 GPU-hours; Llama 4 Maverick needed 2.38 million hours.',
    );
    expect(of(c, 'training_gpu_hours').map((x) => [x[1], x[3]])).toEqual([
      ['llama-4-scout', 5e6],
      ['llama-4-maverick', 2.38e6],
    ]);
  });
  it('does not read budgets, host cut-offs, free allowances or evaluation costs as model figures', () => {
    expect(
      prose('Claude 3.7 Sonnet reached 79.7% on MMLU-Pro with a 64K-token thinking budget.').map(
        (x) => x.metric,
      ),
    ).toEqual(['benchmark_score']);
    expect(
      of(
        prose('Llama 4 Scout supports 10M tokens of context; requests longer than 328K tokens are rejected.'),
        'context_window',
      ),
    ).toEqual([['10M tokens of context', 'llama-4-scout', 'context_window', 10e6]]);
    expect(prose('GPT-4.5 is on the menu. First 1M tokens free, then $20/month.')).toEqual([]);
    expect(prose('Llama 4 Scout did fine. Our whole evaluation used under 2,000 GPU-hours.')).toEqual([]);
    expect(prose('Llama 4 Behemoth is big. Meta runs over 100,000 GPUs across its data centres.')).toEqual(
      [],
    );
    expect(prose('Llama 4 Behemoth: claims like "trained on 100,000 GPUs" describe a fleet.')).toEqual([]);
  });
});

describe('prices read aloud or elided', () => {
  it('reads sums in words: "Three dollars in, $15 out per million tokens", "Ten cents per million"', () => {
    const c = prose('Claude 3.7 Sonnet kept its pricing. Three dollars in, $15 out per million tokens.');
    expect(of(c, 'price').map((x) => [x[1], x[3]])).toEqual([
      ['claude-3.7-sonnet', 3],
      ['claude-3.7-sonnet', 15],
    ]);
    expect(
      of(prose('Gemini 2.0 Flash is ten cents per million input tokens.'), 'price').map((x) => x[3]),
    ).toEqual([0.1]);
    expect(prose('GPT-4o is twenty dollars a month in the app.')).toEqual([]);
  });
  it('reads a sibling price clause with its unit elided', () => {
    const c = prose(
      'Gemini 2.0 Flash costs $0.10 per million input tokens, and its sibling Gemini 2.0 Flash-Lite goes lower still, at 7.5 cents.',
    );
    expect(of(c, 'price').map((x) => [x[1], x[3]])).toEqual([
      ['gemini-2.0-flash', 0.1],
      ['gemini-2.0-flash-lite', 0.075],
    ]);
  });
});

describe('comparison objects', () => {
  it('reads "beats both" / "trails both of them" as the two models just named', () => {
    const c = prose(
      'DeepSeek-V3 sits at 1318 and DeepSeek-V3-0324 at 1369. Llama 4 Maverick trails both of them.',
    );
    const comp = c.filter((x) => x.metric === 'comparison');
    expect(
      comp.map((x) => [x.model.id, x.comparison?.direction, x.comparison?.others.map((o) => o.id)]),
    ).toEqual([['llama-4-maverick', 'trails', ['deepseek-v3', 'deepseek-v3-0324']]]);
    const three = prose(
      'Llama 4 Scout, GPT-4o and Claude 3.7 Sonnet were tested. Gemini 2.0 Flash beats both.',
    );
    expect(three.filter((x) => x.metric === 'comparison')).toEqual([]);
  });
  it('keeps the subject across "but" after a hyphenated phrase', () => {
    const c = prose(
      'Gemini 2.0 Flash trailed GPT-4o on multi-step reasoning but matched GPT-4o on summaries.',
    );
    expect(c.map((x) => x.comparison?.direction)).toEqual(['trails', 'matches']);
  });
});

describe('refusal rates, downloads and spec-sheet licences', () => {
  it('reads a from-to change right after a sentence about refusals', () => {
    const c = prose(
      'Refusal rates deserve attention. Meta says Llama 4 Maverick went from 7% to under 2% on hard prompts.',
    );
    expect(of(c, 'refusal_rate').map((x) => [x[1], x[3]])).toEqual([['llama-4-maverick', 2]]);
    expect(prose('Refusals matter too. The price of Llama 4 Maverick fell to 20% of launch.')).toEqual([]);
  });
  it('reads "downloads ... are at 40k+", "fetched N times" and "pulled N times from our mirror"', () => {
    expect(
      of(prose('Mistral Small 3.1 is fresh. Its downloads are already at 40k+ on the hub.'), 'downloads'),
    ).toEqual([['40k', 'mistral-small-3.1', 'downloads', 40000]]);
    expect(
      of(prose('DeepSeek-V3 has been fetched more than 3.5 million times.'), 'downloads').map((x) => x[3]),
    ).toEqual([3.5e6]);
    expect(
      of(prose('We saw Mistral Small 3.1 pulled 500,000 times from our mirror.'), 'downloads').map(
        (x) => x[3],
      ),
    ).toEqual([500000]);
    expect(prose('GPT-4o is everywhere. App downloads are at 40 million.')).toEqual([]);
  });
  it('reads "License: MIT" in a spec list after the model line', () => {
    const c = prose('DeepSeek-V3-0324 671B total / 37B active parameters. License: MIT. Served as is.');
    expect(of(c, 'license')).toEqual([['MIT', 'deepseek-v3-0324', 'license', 'MIT']]);
  });
  it('keeps a training run spread over data centres', () => {
    expect(
      of(prose('GPT-4.5 was trained on 50,000 H100s spread over several data centers.'), 'training_gpus').map(
        (x) => x[3],
      ),
    ).toEqual([50000]);
  });
});

describe('parameter and expert counts named indirectly', () => {
  it('reads "the parameter count is rumoured to be N" and "puts its size at N"', () => {
    const c = prose('GPT-4.5 is secretive; the parameter count is rumoured to be 12 trillion.');
    expect(of(c, 'total_params').map((x) => [x[1], x[3]])).toEqual([['gpt-4.5', 12e12]]);
    expect(c[0].hedge).toBe('reportedly');
    expect(
      of(prose('Llama 4 Maverick is big. The model card puts its size at 400B.'), 'total_params').map(
        (x) => x[3],
      ),
    ).toEqual([400e9]);
  });
  it('reads "bringing the checkpoint to N" after parameters were added', () => {
    const c = prose(
      'A prediction module adds 14 billion parameters to DeepSeek-V3, bringing the checkpoint to 685 billion.',
    );
    expect(of(c, 'total_params').map((x) => x[3])).toEqual([685e9]);
  });
  it('reads "has 128 of them" right after a sentence about experts, not about people', () => {
    const c = prose(
      'A mixture-of-experts model splits its layers into experts. Llama 4 Maverick has 128 of them.',
    );
    expect(of(c, 'experts')).toEqual([['128', 'llama-4-maverick', 'experts', 128]]);
    expect(prose('GPT-4o has many fans. Some 128 of them came to the meetup.')).toEqual([]);
  });
});

describe('a price "per million" closing a price clause', () => {
  it('reads "undercuts even that at $0.075 per million." without a token word', () => {
    const c = prose('Gemini 2.0 Flash-Lite undercuts even that at $0.075 per million.');
    expect(of(c, 'price')).toEqual([['$0.075 per million', 'gemini-2.0-flash-lite', 'price', 0.075]]);
    expect(prose('GPT-4o costs $5 per million users served.')).toEqual([]);
  });
});

describe('hedges printed after the figure', () => {
  it('reads "40k+" as over 40k', () => {
    const c = prose('Mistral Small 3.1 is fresh. Its downloads are already at 40k+ on the hub.');
    expect(c.map((x) => [x.metric, x.value, x.hedge])).toEqual([['downloads', 40000, 'over']]);
  });
});

describe('compute counted as "N of them"', () => {
  it('reads "took 3.8 × 10²⁵ of them" after FLOP was named', () => {
    const c = prose('Work is counted in FLOP: Epoch AI estimates GPT-4o took about 3.8 × 10²⁵ of them.');
    expect(c.map((x) => [x.metric, x.model.id, x.value])).toEqual([['training_compute', 'gpt-4o', 3.8e25]]);
  });
});
