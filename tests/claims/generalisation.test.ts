import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { parseQuantityAt } from '@/lib/claims/parse-quantity';
import { foldText } from '@/lib/claims/fold-text';
import { scanHtml } from '@/lib/claims/scan-html';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Rules added so the engine reads articles written by others (held-out findings), each with new sentences.
const engine = createClaimEngine(testDictionary);
const prose = (text: string) => engine.findClaimsInText(text);
const html = (h: string) => {
  const { doc } = scanHtml(h);
  const claims = engine.findClaims(doc);
  for (const c of claims) expect(doc.text.slice(c.start, c.end)).toBe(c.quote);
  return claims;
};
const q = (s: string) => parseQuantityAt(foldText(s), 0);
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value];

describe('European number formats', () => {
  it('reads decimal commas with one or two digits, and keeps three-digit groups as thousands', () => {
    expect(q('71,35 %')).toMatchObject({ value: 71.35, percent: true, decimals: 2 });
    expect(q('58,1')).toMatchObject({ value: 58.1 });
    expect(q('2,048')).toMatchObject({ value: 2048 });
    expect(q('1,2,3')?.value).toBe(1); // a list, not a decimal
  });
  it('reads space thousands separators and plural magnitude words', () => {
    expect(q('256 000 tokens')).toMatchObject({ value: 256000, end: 7 });
    expect(q('1 048 576')).toMatchObject({ value: 1048576 });
    expect(q('3 1234')?.value).toBe(3);
    expect(q('70 billions of')).toMatchObject({ value: 70e9, scale: 'b' });
  });
  it('finds claims written that way', () => {
    const claims = prose(
      'DeepSeek-V3 counts 671 billions of parameters and a context of 131 072 tokens. On MMLU it reaches 88,5 %.',
    );
    expect(claims.map(brief)).toEqual([
      ['671 billions of parameters', 'deepseek-v3', 'total_params', 671e9],
      ['131 072 tokens', 'deepseek-v3', 'context_window', 131072],
      ['88,5 %', 'deepseek-v3', 'benchmark_score', 88.5],
    ]);
  });
});

describe('footnote marks', () => {
  it('does not glue a superscript digit to the number before it', () => {
    expect(q('63.7² ')).toMatchObject({ value: 63.7, end: 4 });
  });
  it('still reads a superscript exponent after "× 10"', () => {
    expect(q('4.1 × 10²⁴ FLOP')).toMatchObject({ value: 4.1e24, scientific: true });
  });
  it('reads a table cell with a footnote superscript', () => {
    const claims = html(`<table><tr><th>Model</th><th>MMLU-Pro</th></tr>
      <tr><td>GPT-4o</td><td>72.6³</td></tr><tr><td>GPT-4.5</td><td>81.2</td></tr></table>`);
    expect(claims.map(brief)).toEqual([
      ['72.6', 'gpt-4o', 'benchmark_score', 72.6],
      ['81.2', 'gpt-4.5', 'benchmark_score', 81.2],
    ]);
  });
});

describe('tables', () => {
  it('combines a grouped header with its sub-headers into one model name', () => {
    const claims = html(`<table><thead>
      <tr><th rowspan="2">Benchmark</th><th colspan="2">Llama 4</th><th rowspan="2">GPT-4o</th></tr>
      <tr><th>Scout</th><th>Maverick</th></tr></thead>
      <tbody><tr><td>MMLU-Pro</td><td>74.3</td><td>80.5</td><td>72.6</td></tr></tbody></table>`);
    expect(claims.map(brief)).toEqual([
      ['74.3', 'llama-4-scout', 'benchmark_score', 74.3],
      ['80.5', 'llama-4-maverick', 'benchmark_score', 80.5],
      ['72.6', 'gpt-4o', 'benchmark_score', 72.6],
    ]);
  });
  it('does not read another benchmark’s Elo row as an arena rating', () => {
    const claims = html(`<table><tr><th>Benchmark</th><th>GPT-4o</th><th>GPT-4.5</th></tr>
      <tr><td>Codeforces rating (Elo)</td><td>1891</td><td>1702</td></tr>
      <tr><td>Arena Elo</td><td>1285</td><td>1398</td></tr></table>`);
    expect(claims.map(brief)).toEqual([
      ['1285', 'gpt-4o', 'arena_elo', 1285],
      ['1398', 'gpt-4.5', 'arena_elo', 1398],
    ]);
  });
});

describe('prose phrasings', () => {
  it('gives "X against Y for M" only the second number to M', () => {
    const claims = prose('On MMLU-Pro, Llama 4 Maverick scores 80.5% against 72.6 for GPT-4o.');
    expect(claims.map(brief)).toEqual([
      ['80.5%', 'llama-4-maverick', 'benchmark_score', 80.5],
      ['72.6', 'gpt-4o', 'benchmark_score', 72.6],
    ]);
  });
  it('never gives M the number compared against its own', () => {
    const claims = prose('In a later test, the winner posts 55.1% against 41.0 for GPT-4o.');
    expect(claims.filter((c) => c.value === 55.1)).toEqual([]);
  });
  it('reads "$X / $Y per million" and a bare "per million" about token prices', () => {
    const claims = prose(
      'GPT-4.5 costs $60 / $120 per million tokens. Input tokens for GPT-4o went from $2 to $2.50 per million in May.',
    );
    expect(claims.map((c) => [c.model.id, c.metric, c.value])).toEqual([
      ['gpt-4.5', 'price', 60],
      ['gpt-4.5', 'price', 120],
      ['gpt-4o', 'price', 2.5],
    ]);
  });
  it('does not read "per million users" as a token price', () => {
    expect(prose('GPT-4o support costs $3 per million users served.')).toEqual([]);
  });
  it('reads "N points" as arena Elo only where the arena is named', () => {
    expect(prose('On LMArena, GPT-4.5 sits at 1398 points.').map(brief)).toEqual([
      ['1398', 'gpt-4.5', 'arena_elo', 1398],
    ]);
    expect(prose('GPT-4.5 collected 1398 points in our office quiz.')).toEqual([]);
  });
  it('reads "a few dozen points behind X" as trailing X', () => {
    const claims = prose('GPT-4o ended a few dozen points behind Claude 3.7 Sonnet.');
    const c = claims.find((x) => x.metric === 'comparison');
    expect(c?.comparison).toMatchObject({ direction: 'trails', others: [{ id: 'claude-3.7-sonnet' }] });
  });
  it('keeps both possessive-named objects of a comparison', () => {
    const claims = prose('Llama 4 Maverick outperformed OpenAI’s GPT-4o and Anthropic’s Claude 3.7 Sonnet.');
    const c = claims.find((x) => x.metric === 'comparison');
    expect(c?.comparison?.others.map((o) => o.id)).toEqual(['gpt-4o', 'claude-3.7-sonnet']);
  });
  it('does not report a comparison asked as a question', () => {
    const claims = prose(
      'A reader asks: "Does it really beat Claude 3.7 Sonnet at coding?" GPT-4.5 was launched.',
    );
    expect(claims.filter((c) => c.metric === 'comparison')).toEqual([]);
  });
  it('does not count app downloads as model downloads', () => {
    const claims = prose(
      'DeepSeek-V3 powers the company’s phone app. That app was downloaded 3 million times in a week.',
    );
    expect(claims.filter((c) => c.metric === 'downloads')).toEqual([]);
  });
  it('keeps "it" on the topic when a later sentence names another model in passing', () => {
    const claims = prose(
      'GPT-4.5 is out. The company charges a lot for access, about 30x what GPT-4o costs. It scores 62.5% on SimpleQA.',
    );
    expect(claims.filter((c) => c.value === 62.5).map((c) => c.model.id)).toEqual(['gpt-4.5']);
  });
});

describe('field lists and spec sheets', () => {
  it('reads "Label: value" bullets under the model that introduced the list', () => {
    const claims = html(`<p>DeepSeek-V3 at a glance:</p><ul>
      <li>Architecture: mixture of experts</li><li>Number of Experts: 256</li>
      <li>Number of Activated Experts: 8</li><li>Context Length: 65,536 natively and 131,072 tokens extended</li></ul>`);
    expect(claims.map(brief)).toEqual([
      ['256', 'deepseek-v3', 'experts', 256],
      ['65,536', 'deepseek-v3', 'context_window', 65536],
      ['131,072 tokens', 'deepseek-v3', 'context_window', 131072],
    ]);
  });
  it('reads a <dl> spec sheet about the section heading’s model', () => {
    const claims = html(`<h2>Mistral Small 3.1 in brief</h2><dl>
      <dt>Parameters</dt><dd>24 billion</dd><dt>Context window</dt><dd>128K tokens</dd>
      <dt>Languages</dt><dd>25+</dd><dt>Licence</dt><dd>Apache 2.0</dd></dl>`);
    expect(claims.map((c) => [c.quote, c.model.id, c.metric, c.value ?? c.valueText])).toEqual([
      ['24 billion', 'mistral-small-3.1', 'total_params', 24e9],
      ['128K tokens', 'mistral-small-3.1', 'context_window', 128000],
      ['Apache 2.0', 'mistral-small-3.1', 'license', 'Apache 2.0'],
    ]);
  });
  it('reads nothing from a spec sheet whose model is unknown', () => {
    expect(html('<h2>Specs</h2><dl><dt>Parameters</dt><dd>24 billion</dd></dl>')).toEqual([]);
  });
});

describe('more precision guards', () => {
  it('reads hub download counters and "pulled N times" only on a model hub', () => {
    expect(prose('DeepSeek-V3 on Hugging Face · Downloads last month 845,120').map(brief)).toEqual([
      ['845,120', 'deepseek-v3', 'downloads', 845120],
    ]);
    expect(
      prose('Mistral Small 3.1 has been pulled over 900,000 times from Ollama.').map((c) => c.metric),
    ).toEqual(['downloads']);
    expect(prose('Mistral Small 3.1 pulled 900,000 times ahead of the pack in our poll.')).toEqual([]);
  });
  it('reads "Apache 2.0" as a licence even without the word licence', () => {
    const claims = prose('Mistral Small 3.1 is the easy choice: it is Apache 2.0 and quick.');
    expect(claims.map((c) => [c.model.id, c.metric, c.valueText])).toEqual([
      ['mistral-small-3.1', 'license', 'Apache 2.0'],
    ]);
  });
  it('does not read a hallucination rate as the benchmark score', () => {
    const claims = prose(
      'GPT-4.5 scores 62.5% on SimpleQA. For GPT-4o the hallucination rate on that test is 61.8%.',
    );
    expect(claims.map(brief)).toEqual([['62.5%', 'gpt-4.5', 'benchmark_score', 62.5]]);
  });
  it('does not give a model the size of a sub-module or of a class of models', () => {
    expect(prose('DeepSeek-V3 ships with a 14B module for speculative decoding.')).toEqual([]);
    expect(prose('Llama 4 Maverick is no help if you only run 7B models on a laptop.')).toEqual([]);
  });
  it('reads coordinated comparisons after a list of scores: "That is above X, and below Y"', () => {
    const claims = prose('GPT-4.5: GPQA 71.4%. That is above GPT-4o, and below Claude 3.7 Sonnet on coding.');
    const comps = claims.filter((c) => c.metric === 'comparison');
    expect(comps.map((c) => [c.model.id, c.comparison?.direction, c.comparison?.others[0].id])).toEqual([
      ['gpt-4.5', 'beats', 'gpt-4o'],
      ['gpt-4.5', 'trails', 'claude-3.7-sonnet'],
    ]);
  });
  it('does not carry a passing mention into a later paragraph when the article is about another model', () => {
    const text = [
      'DeepSeek-V3 is the subject here. DeepSeek-V3 was cheap to train. DeepSeek-V3 is open.',
      'OpenAI lists GPT-4o at a higher price.',
      'The checkpoint weighs in at 685B on the hub.',
    ].join('\n\n');
    const claims = prose(text).filter((c) => c.metric === 'total_params');
    expect(claims.map((c) => c.model.id)).toEqual(['deepseek-v3']);
  });
});

describe('Elo of other rankings and hedges', () => {
  it('does not read a Codeforces Elo in prose as an arena rating', () => {
    expect(prose('GPT-4.5 reaches a Codeforces Elo of 2029 in the report.')).toEqual([]);
    expect(prose('GPT-4.5 reaches an Elo of 1398 in the arena.').map(brief)).toEqual([
      ['1398', 'gpt-4.5', 'arena_elo', 1398],
    ]);
  });
  it('reads "until N tokens" as an upper bound', () => {
    const c = prose('The context of Mistral Small 3.1 goes until 128 000 tokens.')[0];
    expect([c.value, c.metric, c.hedge]).toEqual([128000, 'context_window', 'up to']);
  });
});

describe('active share of parameters', () => {
  it('reads "N billion of them do the work" after a parameter count as active parameters', () => {
    const claims = prose(
      'DeepSeek-V3 has 671 billion parameters. Per token, only 37 billion of them do the work.',
    );
    expect(claims.map(brief)).toEqual([
      ['671 billion parameters', 'deepseek-v3', 'total_params', 671e9],
      ['37 billion', 'deepseek-v3', 'active_params', 37e9],
    ]);
  });
  it('does not read "of them" counts without a parameter context', () => {
    expect(prose('DeepSeek-V3 got 2 million users; 1 million of them are active daily.')).toEqual([]);
  });
});

describe('clauses', () => {
  it('does not let a name after a semicolon block the paragraph subject before it', () => {
    const claims = prose(
      'DeepSeek-V3 launched in Hangzhou. The input price went from $0.14 to $0.27 per million tokens; GPT-4o costs far more.',
    );
    expect(claims.map((c) => [c.model.id, c.metric, c.value])).toEqual([['deepseek-v3', 'price', 0.27]]);
  });
});

describe('paired prices', () => {
  it('gives "and $Y for output" the unit of the price before it', () => {
    const claims = prose('Claude 3.7 Sonnet costs $3 per million input tokens and $15 for output.');
    expect(claims.map((c) => [c.quote, c.metric, c.value])).toEqual([
      ['$3 per million input tokens', 'price', 3],
      ['$15', 'price', 15],
    ]);
  });
  it('reads prices written with "dollar" after the number', () => {
    const claims = prose('Mistral Small 3.1 costs 0,10 dollar per million input tokens.');
    expect(claims.map((c) => [c.metric, c.value])).toEqual([['price', 0.1]]);
  });
  it('does not pair a following amount that is not a token price', () => {
    const claims = prose('Claude 3.7 Sonnet costs $3 per million input tokens, and $20 a month for Pro.');
    expect(claims.map((c) => c.value)).toEqual([3]);
  });
});

describe('article topic', () => {
  const intro = 'GPT-4.5 is out today. GPT-4.5 is a research preview. GPT-4.5 is available to Pro users.';
  it('gives a model-less sentence shortly after the topic was named to the topic', () => {
    const claims = prose(
      `${intro}\n\nThe next slide is about facts.\n\nOn screen: SimpleQA accuracy of 62.5%.`,
    );
    expect(claims.map(brief)).toEqual([['62.5%', 'gpt-4.5', 'benchmark_score', 62.5]]);
  });
  it('says nothing when another model was named last', () => {
    const claims = prose(
      `${intro}\n\nGPT-4o is still the default.\n\nOn screen: SimpleQA accuracy of 62.5%.`,
    );
    expect(claims.filter((c) => c.value === 62.5)).toEqual([]);
  });
  it('skips "how much" questions', () => {
    expect(prose(`${intro} How much memory does a 70B model need?`)).toEqual([]);
  });
});

describe('table settings', () => {
  it('takes a benchmark row’s split or version as the setting', () => {
    const claims = html(`<table><tr><th>Benchmark</th><th>GPT-4o</th></tr>
      <tr><td>MMMU (val)</td><td>69.1</td></tr><tr><td>LiveCodeBench v5</td><td>32.3</td></tr>
      <tr><td>MMLU-Pro</td><td>72.6</td></tr></table>`);
    expect(claims.map((c) => [c.benchmark, c.setting ?? null])).toEqual([
      ['MMMU', 'val'],
      ['LiveCodeBench', 'v5'],
      ['MMLU-Pro', null],
    ]);
  });
});
