import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { scanHtml } from '@/lib/claims/scan-html';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

const engine = createClaimEngine(testDictionary);
const run = (html: string) => {
  const { doc } = scanHtml(html);
  const claims = engine.findClaims(doc);
  for (const c of claims) expect(doc.text.slice(c.start, c.end)).toBe(c.quote);
  return claims;
};
const brief = (c: Claim) => [
  c.quote,
  c.model.id,
  c.metric,
  c.value,
  c.benchmark ?? null,
  c.setting ?? null,
  c.context,
];

describe('tables', () => {
  it('reads models in columns and benchmarks in rows, with settings from the row label', () => {
    const claims =
      run(`<table><thead><tr><th>Benchmark</th><th>Llama 4 Maverick</th><th>GPT-4o</th></tr></thead>
      <tbody><tr><td>MMLU-Pro (0-shot)</td><td>80.5</td><td>&mdash;</td></tr>
      <tr><td>LiveCodeBench pass@1</td><td>43.4</td><td>32.3<sup>3</sup></td></tr></tbody></table>`);
    expect(claims.map(brief)).toEqual([
      ['80.5', 'llama-4-maverick', 'benchmark_score', 80.5, 'MMLU-Pro', '0-shot', 'table'],
      ['43.4', 'llama-4-maverick', 'benchmark_score', 43.4, 'LiveCodeBench', 'pass@1', 'table'],
      ['32.3', 'gpt-4o', 'benchmark_score', 32.3, 'LiveCodeBench', 'pass@1', 'table'],
    ]);
  });

  it('reads models in rows with metric headers, wherever the model column is', () => {
    const claims =
      run(`<table><thead><tr><th>Rank</th><th>Model</th><th>Arena Score</th><th>Votes</th><th>Context window</th></tr></thead>
      <tbody><tr><td>1</td><td>Llama-4-Maverick-03-26-Experimental</td><td>1417</td><td>2,520</td><td>1M</td></tr>
      <tr><td>2</td><td>GPT-4o</td><td>1,285</td><td>9,000</td><td>128K</td></tr></tbody></table>`);
    expect(claims.map(brief)).toEqual([
      ['1417', 'llama-4-maverick-03-26-experimental', 'arena_elo', 1417, 'LMArena', null, 'table'],
      ['1M', 'llama-4-maverick-03-26-experimental', 'context_window', 1e6, null, null, 'table'],
      ['1,285', 'gpt-4o', 'arena_elo', 1285, 'LMArena', null, 'table'],
      ['128K', 'gpt-4o', 'context_window', 128000, null, null, 'table'],
    ]);
  });

  it('takes the benchmark from the caption and skips gap columns', () => {
    const claims = run(`<table><caption>GPQA Diamond, vendor vs independent (%)</caption>
      <thead><tr><th>Model</th><th>Vendor</th><th>Independent</th><th>Gap</th></tr></thead>
      <tbody><tr><td>Llama 4 Maverick</td><td>69.8</td><td>67.0</td><td>2.8</td></tr>
      <tr><td>Mistral Small 3.1</td><td>n/a</td><td>47.5</td><td>&mdash;</td></tr></tbody></table>`);
    expect(claims.map((c) => [c.quote, c.model.id, c.benchmark])).toEqual([
      ['69.8', 'llama-4-maverick', 'GPQA Diamond'],
      ['67.0', 'llama-4-maverick', 'GPQA Diamond'],
      ['47.5', 'mistral-small-3.1', 'GPQA Diamond'],
    ]);
  });

  it('splits cells holding two values with their own labels', () => {
    const claims = run(`<table><thead><tr><th>Model</th><th>Params</th></tr></thead>
      <tbody><tr><td>Llama 4 Scout</td><td>109B (17B active)</td></tr><tr><td>Llama 4 Maverick</td><td>17B (Activated)<br>400B (Total)</td></tr></tbody></table>`);
    expect(claims.map((c) => [c.quote, c.model.id, c.metric, c.value])).toEqual([
      ['109B', 'llama-4-scout', 'total_params', 109e9],
      ['17B', 'llama-4-scout', 'active_params', 17e9],
      ['17B', 'llama-4-maverick', 'active_params', 17e9],
      ['400B', 'llama-4-maverick', 'total_params', 400e9],
    ]);
  });

  it('reads a two-column spec sheet about the model its caption names', () => {
    const claims = run(`<table><caption>Llama 4 Maverick</caption><tr><th>Developer</th><td>Meta AI</td></tr>
      <tr><th>Release date</th><td>April 5, 2025</td></tr><tr><th>Total parameters</th><td>400 billion</td></tr>
      <tr><th>Context length</th><td>1M tokens</td></tr></table>`);
    expect(claims.map((c) => [c.quote, c.model.id, c.metric, c.value ?? c.valueText])).toEqual([
      ['April 5, 2025', 'llama-4-maverick', 'release_date', '2025-04-05'],
      ['400 billion', 'llama-4-maverick', 'total_params', 400e9],
      ['1M', 'llama-4-maverick', 'context_window', 1e6],
    ]);
  });

  it('ignores tables that name no model', () => {
    expect(
      run('<table><tr><th>Year</th><th>Users</th></tr><tr><td>2024</td><td>400M</td></tr></table>'),
    ).toEqual([]);
  });
});
