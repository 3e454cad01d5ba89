import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { scanHtml } from '@/lib/claims/scan-html';
import type { Claim, ModelDictionary } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// General rules for prose recall on unseen articles, each shown with sentences written for this file.
const g = (...texts: string[]) => texts.map((text) => ({ text, scope: 'global' as const }));
const dict: ModelDictionary = {
  ...testDictionary,
  models: [
    ...testDictionary.models,
    { id: 'kimi-k2', name: 'Kimi K2', aliases: g('Kimi K2', 'Kimi-K2') },
    { id: 'whisper-v3', name: 'Whisper-v3', aliases: g('Whisper-v3') },
    { id: 'gemini-1.5-flash', name: 'Gemini 1.5 Flash', aliases: g('Gemini 1.5 Flash') },
    { id: 'mixtral-8x7b', name: 'Mixtral 8x7B', aliases: g('Mixtral 8x7B') },
  ],
};
const engine = createClaimEngine(dict);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-04-07' });
const html = (h: string) => {
  const { doc } = scanHtml(h);
  const claims = engine.findClaims(doc, { pageDate: '2025-04-07' });
  for (const c of claims) expect(doc.text.slice(c.start, c.end)).toBe(c.quote);
  return claims;
};
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value];
const comp = (c: Claim) => [
  c.quote,
  c.model.id,
  c.comparison?.direction,
  c.comparison?.others.map((o) => o.id),
];

describe('numbers written as words', () => {
  it('reads "a million" and "half a million" token counts', () => {
    expect(prose('Gemini 2.0 Flash will swallow a million tokens in one prompt.').map(brief)).toEqual([
      ['a million tokens', 'gemini-2.0-flash', 'context_window', 1_000_000],
    ]);
    expect(prose('In practice GPT-4o mini copes with half a million tokens of context.').map(brief)).toEqual([
      ['half a million tokens of context', 'gpt-4o-mini', 'context_window', 500_000],
    ]);
  });
  it('reads hundreds and teens in words', () => {
    expect(prose('Llama 4 Maverick weighs in at four hundred billion parameters.').map(brief)).toEqual([
      ['four hundred billion parameters', 'llama-4-maverick', 'total_params', 400e9],
    ]);
  });
  it('reads an expert count in words, also when the model was named in the sentence before', () => {
    expect(
      prose(
        'Mixtral 8x7B is a sparse model. Every layer contains eight experts, and a router picks two.',
      ).map(brief),
    ).toEqual([['eight experts', 'mixtral-8x7b', 'experts', 8]]);
  });
  it('does not read other number words as values', () => {
    expect(prose('Mistral Small 3.1 is one of the two models we tried first.')).toEqual([]);
    expect(prose('Two experts we asked about Mistral Small 3.1 disagreed.')).toEqual([]);
    expect(prose('GPT-4o sends each token to two experts per token.')).toEqual([]);
  });
});

describe('elliptical second clause', () => {
  it("gives the bare number of a parallel clause the first clause's metric", () => {
    expect(
      prose('Llama 4 Behemoth is routed across 16 experts, whereas Maverick relies on 128.').map(brief),
    ).toEqual([
      ['16 experts', 'llama-4-behemoth', 'experts', 16],
      ['128', 'llama-4-maverick', 'experts', 128],
    ]);
    expect(
      prose(
        'Llama 4 Scout saw close to 40 trillion tokens in training, and Maverick nearly 22 trillion.',
      ).map(brief),
    ).toContainEqual(['22 trillion', 'llama-4-maverick', 'training_tokens', 22e12]);
  });
  it('not when the number counts something else', () => {
    const claims = prose('Llama 4 Scout uses 16 experts and Maverick has 300 stars on the repo.');
    expect(claims.map(brief)).toEqual([['16 experts', 'llama-4-scout', 'experts', 16]]);
  });
});

describe('FAQ answers', () => {
  it('attributes the answer under a question to the model the question names', () => {
    const claims = html(`<main><h2>FAQ</h2><p>Does Claude 3.7 Sonnet charge extra for extended thinking?</p>
      <p>No. Thinking tokens count as output and cost $15 per million tokens.</p></main>`);
    expect(claims.map(brief)).toEqual([['$15 per million tokens', 'claude-3.7-sonnet', 'price', 15]]);
  });
});

describe('headless spec sentences', () => {
  it('reads "Context window is 200K." right after the model was named', () => {
    const claims = html(`<main><p>Anthropic pushed Claude 3.7 Sonnet to the API this morning.</p>
      <p>Context window is 200K. Nothing new there.</p></main>`);
    expect(claims.map(brief)).toEqual([['200K', 'claude-3.7-sonnet', 'context_window', 200_000]]);
  });
});

describe('short names once the full name is established', () => {
  it('reads "K2" and "V3-0324" after "Kimi K2" / "DeepSeek-V3" were named', () => {
    const claims = html(`<main><p>Moonshot released Kimi K2 last week.</p>
      <p>K2 lands at 1420 on LMArena.</p>
      <p>DeepSeek-V3 is older. The March refresh, V3-0324, sits at 1372 on LMArena, while the original V3 sat at 1320 on LMArena.</p></main>`);
    expect(claims.map(brief)).toEqual([
      ['1420', 'kimi-k2', 'arena_elo', 1420],
      ['1372', 'deepseek-v3-0324', 'arena_elo', 1372],
      ['1320', 'deepseek-v3', 'arena_elo', 1320],
    ]);
  });
  it('not before the full name appears', () => {
    expect(prose('K2 lands at 1420 on LMArena.')).toEqual([]);
  });
  it('a score "for the <word> <model>" belongs to that model', () => {
    expect(
      prose('The March update of DeepSeek-V3 posts 58.0% on MMLU-Pro, up from 51.2% for the winter V3.').map(
        brief,
      ),
    ).toContainEqual(['51.2%', 'deepseek-v3', 'benchmark_score', 51.2]);
  });
});

describe('comparisons', () => {
  it('a model after "except" is not the subject a later "it" means', () => {
    const claims = prose(
      'Llama 4 Maverick is ahead of every open model except DeepSeek-V3. It reaches 80.5% on MMLU-Pro.',
    );
    expect(claims.map(brief)).toContainEqual(['80.5%', 'llama-4-maverick', 'benchmark_score', 80.5]);
    expect(claims.some((c) => c.model.id === 'deepseek-v3' && c.metric === 'benchmark_score')).toBe(false);
  });
  it('reads "a few points under" and "a couple of spots above"', () => {
    const claims = prose(
      'On LMArena, Llama 4 Maverick lands a few points under Claude 3.7 Sonnet. GPT-4.5 sits a couple of spots above GPT-4o.',
    );
    expect(claims.map(comp)).toEqual([
      ['a few points under Claude 3.7 Sonnet', 'llama-4-maverick', 'trails', ['claude-3.7-sonnet']],
      ['a couple of spots above GPT-4o', 'gpt-4.5', 'beats', ['gpt-4o']],
    ]);
  });
  it('reads "<rank>, above X"', () => {
    const claims = prose('On LMArena, Gemini 2.0 Flash landed at #9, above Claude 3.7 Sonnet.');
    expect(claims.map(comp)).toEqual([
      ['above Claude 3.7 Sonnet', 'gemini-2.0-flash', 'beats', ['claude-3.7-sonnet']],
    ]);
    expect(prose('The budget went up, above GPT-4o levels, said Claude 3.7 Sonnet fans.')).toEqual([]);
  });
  it("a verb with no named subject takes the model the sentence's figures were about", () => {
    const claims = html(`<main><p>Google also shipped Gemini 2.0 Flash-Lite. Priced at $0.075 per million
      input tokens, the budget tier beats Gemini 1.5 Flash on most tests.</p></main>`);
    expect(claims.filter((c) => c.metric === 'comparison').map(comp)).toEqual([
      ['beats Gemini 1.5 Flash', 'gemini-2.0-flash-lite', 'beats', ['gemini-1.5-flash']],
    ]);
  });
  it('the first score of "X against Y for <model>" is the subject\'s, with the shared benchmark', () => {
    const claims = prose('Claude 3.7 Sonnet manages 70.3% against 49.0 for GPT-4o on SWE-bench Verified.');
    expect(claims.map((c) => [...brief(c), c.benchmark])).toEqual([
      ['70.3%', 'claude-3.7-sonnet', 'benchmark_score', 70.3, 'SWE-bench Verified'],
      ['49.0', 'gpt-4o', 'benchmark_score', 49, 'SWE-bench Verified'],
    ]);
  });
});

describe('dates without a year', () => {
  it('takes the latest such date not after the page date', () => {
    const claims = prose('DeepSeek-V3 first came out on December 26, well before the spring update.');
    expect(claims.map((c) => [c.quote, c.model.id, c.valueText])).toEqual([
      ['December 26', 'deepseek-v3', '2024-12-26'],
    ]);
  });
  it('keeps the page year for a date the sentence announces as coming', () => {
    const claims = prose('Meta says Llama 4 Behemoth will be released on September 9.');
    expect(claims.map((c) => c.valueText)).toEqual(['2025-09-09']);
  });
});

describe('coordinated comparison subjects', () => {
  it('gives each possessive-named subject its own comparison', () => {
    const claims = prose(
      "OpenAI's GPT-4o and Google's Gemini 2.0 Flash both trail Claude 3.7 Sonnet on SWE-bench Verified.",
    );
    expect(claims.map(comp)).toEqual([
      ['trail Claude 3.7 Sonnet', 'gpt-4o', 'trails', ['claude-3.7-sonnet']],
      ['trail Claude 3.7 Sonnet', 'gemini-2.0-flash', 'trails', ['claude-3.7-sonnet']],
    ]);
  });
});

describe('spec sheets under a sub-heading', () => {
  it('reads a <dl> under an h2 of a page whose h1 names the model', () => {
    const claims = html(`<main><h1>Mistral Small 3.1</h1><h2>Specifications</h2>
      <dl><dt>Parameters</dt><dd>24 billion</dd><dt>Context length</dt><dd>128K tokens</dd></dl></main>`);
    expect(claims.map(brief)).toEqual([
      ['24 billion', 'mistral-small-3.1', 'total_params', 24e9],
      ['128K tokens', 'mistral-small-3.1', 'context_window', 128_000],
    ]);
  });
  it('not once the page has been about other models too', () => {
    const claims = html(`<main><h1>Mistral Small 3.1</h1><p>We compare it with GPT-4o mini below.</p>
      <h2>Specifications</h2><dl><dt>Parameters</dt><dd>24 billion</dd></dl></main>`);
    expect(claims.filter((c) => c.metric === 'total_params')).toEqual([]);
  });
});

describe('prices', () => {
  it('reads a price in cents as dollars', () => {
    expect(
      prose('Google bills Gemini 2.0 Flash-Lite at 7.5 cents per million input tokens.').map(brief),
    ).toEqual([['7.5 cents per million input tokens', 'gemini-2.0-flash-lite', 'price', 0.075]]);
  });
  it('reads "…, output $X" after an input price', () => {
    expect(prose('For GPT-4o the input rate is $2.50 per million, output $10.').map(brief)).toEqual([
      ['$2.50 per million', 'gpt-4o', 'price', 2.5],
      ['$10', 'gpt-4o', 'price', 10],
    ]);
  });
  it('not a later unrelated dollar amount', () => {
    const claims = prose('For GPT-4o the input rate is $2.50 per million, and a Plus seat is $20.');
    expect(claims.map(brief)).toEqual([['$2.50 per million', 'gpt-4o', 'price', 2.5]]);
  });
});

describe('a page about one model', () => {
  it('gives a model-less sentence to the model of the first heading while no other model was discussed', () => {
    const claims =
      html(`<main><h1>Hands-on with Claude 3.7 Sonnet</h1><p>Claude 3.7 Sonnet arrived on Monday.</p>
      <h2>Setup</h2><p>We ran our usual suite over three days.</p>
      <h2>Long inputs</h2><p>Anthropic kept the window at 200K tokens, which fits our biggest repo.</p></main>`);
    expect(claims.map(brief)).toEqual([['200K tokens', 'claude-3.7-sonnet', 'context_window', 200_000]]);
  });
  it('not after the page has discussed another model', () => {
    const claims =
      html(`<main><h1>Hands-on with Claude 3.7 Sonnet</h1><p>Claude 3.7 Sonnet arrived on Monday.</p>
      <p>GPT-4.5 arrived the same week.</p>
      <h2>Setup</h2><p>We ran our usual suite over three days.</p>
      <h2>Long inputs</h2><p>Anthropic kept the window at 200K tokens, which fits our biggest repo.</p></main>`);
    expect(claims).toEqual([]);
  });
});

describe('release dates in spec sheets', () => {
  it('reads an "Availability" <dt>/<dd> date for the sheet\'s model', () => {
    const claims = html(`<main><h2>Mistral Small 3.1 in brief</h2>
      <dl><dt>Availability</dt><dd>March 17, 2025</dd><dt>Licence</dt><dd>Apache 2.0</dd></dl></main>`);
    expect(claims.map((c) => [c.quote, c.model.id, c.metric, c.valueText])).toEqual([
      ['March 17, 2025', 'mistral-small-3.1', 'release_date', '2025-03-17'],
      ['Apache 2.0', 'mistral-small-3.1', 'license', 'Apache 2.0'],
    ]);
  });
  it('not an availability field without a date', () => {
    const claims = html(`<main><h2>Mistral Small 3.1 in brief</h2>
      <dl><dt>Availability</dt><dd>All regions</dd></dl></main>`);
    expect(claims).toEqual([]);
  });
});

describe('a price unit carried across a semicolon', () => {
  it("reads the second clause's bare dollar amount with the first clause's unit", () => {
    expect(
      prose(
        'Mistral Small 3.1 lists at $0.10 per million input tokens; Google puts Gemini 2.0 Flash at $0.10 too.',
      ).map(brief),
    ).toEqual([
      ['$0.10 per million input tokens', 'mistral-small-3.1', 'price', 0.1],
      ['$0.10', 'gemini-2.0-flash', 'price', 0.1],
    ]);
  });
  it('not a subscription price', () => {
    const claims = prose(
      'Mistral Small 3.1 lists at $0.10 per million input tokens; OpenAI sells GPT-4o at $20 a month.',
    );
    expect(claims.map(brief)).toEqual([
      ['$0.10 per million input tokens', 'mistral-small-3.1', 'price', 0.1],
    ]);
  });
});

describe('hedges and subjects', () => {
  it('"spread over N experts" is no "over" hedge', () => {
    const claims = prose('Llama 4 Maverick spreads its weights over 128 experts.');
    expect(claims.map((c) => [c.quote, c.value, c.hedge])).toEqual([['128 experts', 128, 'exact']]);
  });
  it('a model after "second only to" is not a subject "both" can point at', () => {
    const claims = prose(
      'Llama 4 Maverick sits at 1,417 on LMArena, second only to Claude 3.7 Sonnet. Both models are released under the MIT License.',
    );
    expect(claims.filter((c) => c.metric === 'license').map((c) => c.model.id)).not.toContain(
      'claude-3.7-sonnet',
    );
  });
  it('counts in words of people are not expert counts', () => {
    expect(prose('Three experts told us Llama 4 Maverick has too many parameters.')).toEqual([]);
  });
});

describe('dates next to names the dictionary lacks', () => {
  it('does not give "… and Zeta2 on May 2" to the model named before', () => {
    const claims = prose('GPT-4.5 launched on February 27 and Zeta2 on March 3.');
    expect(claims.map((c) => [c.quote, c.model.id])).toEqual([['February 27', 'gpt-4.5']]);
  });
});

describe('expert counts in words need a mixture-of-experts sentence', () => {
  it('skips people even when the verb is further away', () => {
    expect(
      prose('Two experts on a podcast said DeepSeek-V3 uses a 14.8T token base.').filter(
        (c) => c.metric === 'experts',
      ),
    ).toEqual([]);
  });
});

describe('licences on a one-model page', () => {
  it('reads "weights are released under …" without the name in the sentence', () => {
    const claims = html(`<main><h1>Gemini 2.0 Flash-Lite</h1><p>Gemini 2.0 Flash-Lite is small.</p>
      <h2>Access</h2><p>The weights are released under the MIT License for research.</p></main>`);
    expect(claims.map((c) => [c.quote, c.model.id, c.metric])).toEqual([
      ['MIT License', 'gemini-2.0-flash-lite', 'license'],
    ]);
  });
  it('not a site footer licence', () => {
    const claims = html(`<main><h1>Gemini 2.0 Flash-Lite</h1><p>Gemini 2.0 Flash-Lite is small.</p>
      <footer><p>Page text is available under the CC BY 4.0 License.</p></footer></main>`);
    expect(claims).toEqual([]);
  });
});

describe('sizes that name a sibling', () => {
  it('"the 4B version" is another model, not a parameter count', () => {
    const claims = prose('Mistral Small 3.1 handles 128K tokens, while the 4B version handles 32K.');
    expect(claims.map(brief)).toEqual([['128K tokens', 'mistral-small-3.1', 'context_window', 128_000]]);
  });
});

describe('"the same N as <model>"', () => {
  it('gives the figure to the compared model too', () => {
    const claims = prose('GPT-4o mini keeps the same 128K context window as GPT-4o.');
    expect(claims.map(brief)).toEqual([
      ['128K context window', 'gpt-4o-mini', 'context_window', 128_000],
      ['128K context window', 'gpt-4o', 'context_window', 128_000],
    ]);
  });
  it('not without "same"', () => {
    const claims = prose('GPT-4o mini has a 128K context window, as GPT-4o showed before.');
    expect(claims.map((c) => c.model.id)).toEqual(['gpt-4o-mini']);
  });
});
