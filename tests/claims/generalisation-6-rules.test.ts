import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Sixth round of general rules for unseen prose, each shown with sentences written for this file.
const engine = createClaimEngine(testDictionary);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-05-02' });
const prices = (claims: Claim[]) =>
  claims.filter((c) => c.metric === 'price').map((c) => [c.quote, c.model.id, c.value]);

describe('paired input/output prices without a printed per-million unit', () => {
  it('reads "$X for input and $Y for output"', () => {
    const c = prose(
      'Our team still pays for Claude 3.7 Sonnet, which lists at $3 for input and $15 for output.',
    );
    expect(prices(c)).toEqual([
      ['$3', 'claude-3.7-sonnet', 3],
      ['$15', 'claude-3.7-sonnet', 15],
    ]);
  });
  it('reads "$X in and $Y out"', () => {
    const c = prose('On our cluster, Gemini 2.0 Flash runs at $0.12 in and $0.45 out.');
    expect(prices(c)).toEqual([
      ['$0.12', 'gemini-2.0-flash', 0.12],
      ['$0.45', 'gemini-2.0-flash', 0.45],
    ]);
  });
  it('declines a pair whose owner is named after it ("... for GPT-4o")', () => {
    const c = prose('DeepSeek-V3 is cheap next to the $2.00 input and $8 output asked for GPT-4o.');
    expect(prices(c)).toEqual([]);
  });
  it('declines a pair set against another model ("against $X input and $Y output")', () => {
    const c = prose('Llama 4 Scout undercuts the market, against $2.00 input and $8 output elsewhere.');
    expect(prices(c)).toEqual([]);
  });
  it('declines a fee flow with a period ("$5 in and $3 out per month")', () => {
    const c = prose('Llama 4 Scout users on the forum pay $5 in and $3 out per month for hosting credits.');
    expect(prices(c)).toEqual([]);
  });
  it('declines a lone dollar amount with no token kind', () => {
    const c = prose('Gemini 2.0 Flash helped the start-up, which raised $40 million in January.');
    expect(prices(c)).toEqual([]);
  });
});

describe("a benchmark's head word once the article named it in full", () => {
  const scores = (claims: Claim[]) =>
    claims.filter((c) => c.metric === 'benchmark_score').map((c) => [c.quote, c.model.id, c.benchmark]);
  it('reads "Aider" as Aider Polyglot after "Aider Polyglot" was named', () => {
    const c = prose(
      'We ran the Aider Polyglot suite on every model. DeepSeek-V3 scored 48.4% on Aider, and GPT-4o scored 23.1% on Aider.',
    );
    expect(scores(c)).toEqual([
      ['48.4%', 'deepseek-v3', 'Aider Polyglot'],
      ['23.1%', 'gpt-4o', 'Aider Polyglot'],
    ]);
  });
  it('does not read a bare "Aider" before the full name appears', () => {
    const c = prose('DeepSeek-V3 scored 48.4% on Aider in our own harness.');
    expect(scores(c)).toEqual([]);
  });
});

describe('"Of its N parameters, about M do work": the active share', () => {
  const params = (claims: Claim[]) =>
    claims
      .filter((c) => c.metric === 'active_params' || c.metric === 'total_params')
      .map((c) => [c.metric, c.value]);
  it('reads the share that does the work as active parameters', () => {
    const c = prose(
      'Of its 671 billion parameters, about 37 billion do work on any given token in DeepSeek-V3.',
    );
    expect(params(c)).toContainEqual(['active_params', 37e9]);
  });
  it('does not call a share that is merely stored a certain way active', () => {
    const c = prose('Of its 671 billion parameters, about 37 billion are stored in FP8 in DeepSeek-V3.');
    expect(params(c).filter((p) => p[0] === 'active_params')).toEqual([]);
  });
});
