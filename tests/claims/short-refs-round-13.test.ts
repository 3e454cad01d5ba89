import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Round 13 (lane F): how articles refer to models without their full names. Every sentence here is
// written for this file.
const engine = createClaimEngine(testDictionary);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-05-02' });
const brief = (c: Claim) => [c.quote, c.model.id, c.metric];
const all = (text: string) => prose(text).map(brief);

describe("a short name after its maker's possessive", () => {
  it('reads "Google\'s Flash model" as the Flash model the page named', () => {
    const t =
      'Gemini 2.0 Flash is cheap. GPT-4o answered 53.6% of GPQA Diamond. Google’s Flash model answered 64.1% correctly.';
    expect(all(t)).toEqual([
      ['53.6%', 'gpt-4o', 'benchmark_score'],
      ['64.1%', 'gemini-2.0-flash', 'benchmark_score'],
    ]);
  });

  it("does not read another maker's word of the same name as the model", () => {
    const t =
      'Gemini 2.0 Flash is cheap. GPT-4o answered 53.6% of GPQA Diamond. Adobe’s Flash plugin answered 64.1% correctly.';
    expect(prose(t).some((c) => c.model.id === 'gemini-2.0-flash')).toBe(false);
  });
});

describe('a maker named as the product someone uses', () => {
  it('does not carry an earlier model into "it" after "I tried <maker>"', () => {
    const t =
      'Llama 4 Maverick is what our office runs. Later I tried DeepSeek because it is free. Apparently it is a 671-billion-parameter model.';
    expect(prose(t).filter((c) => c.metric === 'total_params' && c.model.id === 'llama-4-maverick')).toEqual(
      [],
    );
  });

  it('still carries the model when the maker used is its own', () => {
    const t =
      'Llama 4 Maverick is what our office runs. I tried Meta because it is free. It has 400 billion parameters.';
    expect(all(t)).toContainEqual(['400 billion parameters', 'llama-4-maverick', 'total_params']);
  });
});

describe('a definite phrase with a word of one recent model’s published names', () => {
  it('reads "the Instruct model" as the one model of the paragraph published as Instruct', () => {
    const t =
      'GPT-4o is closed. Llama 4 Scout is open and cheap to host. On LMArena, where people vote blind, the Instruct model scored 1239.';
    expect(all(t)).toContainEqual(['1239', 'llama-4-scout', 'arena_elo']);
  });
});

describe("a line's first word used as a model", () => {
  it('reads "Gemini itself came in at" as the one Gemini model the paragraph named', () => {
    const t =
      'Llama 4 Scout gave 51.8 on GPQA Diamond, which puts it behind Gemini 2.0 Flash on the same test. Gemini itself came in at 64.1%.';
    expect(all(t)).toContainEqual(['64.1%', 'gemini-2.0-flash', 'benchmark_score']);
  });
});
