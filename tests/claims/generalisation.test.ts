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
    const claims = prose('A reader asks: "Does it really beat Claude 3.7 Sonnet at coding?" GPT-4.5 was launched.');
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
