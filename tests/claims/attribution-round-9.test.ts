import { describe, expect, it } from 'vitest';
import { buildDictionaryIndex } from '@/lib/claims/dictionary-index';
import { createClaimEngine } from '@/lib/claims/engine';
import { citedVendors } from '@/lib/claims/vendor-cues';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Round 9: which model a figure is about, across sentences, blocks and headings.
// Every sentence here is written for this file.
const engine = createClaimEngine(testDictionary);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-05-02' });
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value];
const figures = (claims: Claim[]) => claims.filter((c) => c.metric !== 'comparison').map(brief);

describe('a page about one model', () => {
  it('gives a first reply its figures even when it names rivals only as yardsticks', () => {
    const c = prose(
      '# Mistral Small 3.1 is out\n\nposted by someone\n\nuser_a 3 hours ago\n\n' +
        '24B params, 128k context, and they say it beats GPT-4o mini on most tests.',
    );
    expect(figures(c)).toEqual([
      ['24B params', 'mistral-small-3.1', 'total_params', 24e9],
      ['128k context', 'mistral-small-3.1', 'context_window', 128000],
    ]);
  });
  it('still gives nothing to the page model when the sentence has its own subject', () => {
    const c = prose(
      '# Mistral Small 3.1 is out\n\nuser_b 2 hours ago\n\nGPT-4o mini has a 128k context window.',
    );
    expect(figures(c)).toEqual([['128k context window', 'gpt-4o-mini', 'context_window', 128000]]);
  });
});

describe('"on par with X" makes X a yardstick', () => {
  it('keeps the pointer subject for the first figure and gives the second of a vs pair to X', () => {
    const c = prose(
      'DeepSeek-V3 arrived this week.\n\nIn my runs it is on par with GPT-4o on MMLU, 88.1 vs 87.9.',
    );
    expect(figures(c)).toEqual([
      ['88.1', 'deepseek-v3', 'benchmark_score', 88.1],
      ['87.9', 'gpt-4o', 'benchmark_score', 87.9],
    ]);
  });
  it('gives a bracketed figure after "X\'s <noun phrase>" to X', () => {
    const c = prose(
      "Gemini 2.0 Flash scores 60.1% on GPQA Diamond, level with GPT-4o's latest API model (60.3%).",
    );
    expect(figures(c)).toEqual([
      ['60.1%', 'gemini-2.0-flash', 'benchmark_score', 60.1],
      ['60.3%', 'gpt-4o', 'benchmark_score', 60.3],
    ]);
  });
});

describe('a maker cited as the source of a figure', () => {
  it('gives "OpenAI says N" to the OpenAI model just discussed, the "for X" figure to X', () => {
    const c = prose(
      'GPT-4.5 is expensive.\n\nOn SimpleQA, OpenAI says 61.9 percent, versus 37.0 for GPT-4o mini.',
    );
    expect(figures(c)).toEqual([
      ['61.9 percent', 'gpt-4.5', 'benchmark_score', 61.9],
      ['37.0', 'gpt-4o-mini', 'benchmark_score', 37],
    ]);
  });
  it("picks the cited maker's model over a more recent model of another maker", () => {
    const c = prose(
      "Llama 4 Maverick is the larger one.\n\nGemini 2.0 Flash is cheaper than it.\n\nSmall correction: Meta's card says 400B parameters.",
    );
    expect(figures(c)).toEqual([['400B parameters', 'llama-4-maverick', 'total_params', 400e9]]);
  });
  it("does not give a cited maker's figure to another maker's model carried over by a pointer", () => {
    const c = prose(
      "Claude 3.7 Sonnet came out in February.\n\nMeta's post leaned on a chat-tuned build; the model you can download scored 1288 on LMArena.",
    );
    expect(figures(c).filter((x) => x[2] === 'arena_elo')).toEqual([]);
  });
});

describe('a dated snapshot named as "the <month> model"', () => {
  it('gives "N for the November model" to the November child of the model in view', () => {
    const c = prose(
      'GPT-4o (2024-08-06) is what we pinned. The vendor page lists 44.1 for the November model on GPQA.',
    );
    expect(figures(c)).toEqual([['44.1', 'gpt-4o-2024-11-20', 'benchmark_score', 44.1]]);
  });
});

describe('a block naming no model continues the one model the block before named', () => {
  it("reads a speaker's next turn as about the model just discussed", () => {
    const c = prose(
      'Ada: Let us talk about Claude 3.7 Sonnet and its coding results.\n\nBen: On SWE-bench Verified the standard mode gets 61.0 percent.',
    );
    expect(figures(c)).toEqual([['61.0 percent', 'claude-3.7-sonnet', 'benchmark_score', 61]]);
  });
  it('carries across one turn between that names no model', () => {
    const c = prose(
      'Ada: Llama 4 Maverick is the one everyone argued about.\n\nBen: The public one?\n\nAda: Yes, the public build sits at 1288 on LMArena.',
    );
    expect(figures(c)).toEqual([['1288', 'llama-4-maverick', 'arena_elo', 1288]]);
  });
  it('says nothing when the block before named two models', () => {
    const c = prose(
      'Ada: Let us compare Claude 3.7 Sonnet and Gemini 2.0 Flash on coding.\n\nBen: On SWE-bench Verified the standard mode gets 61.0 percent.',
    );
    expect(figures(c)).toEqual([]);
  });
});

describe('a maker establishes its own family for bare names', () => {
  it('reads "Meta\'s Maverick" and "Meta says Scout" without "Llama 4" named first', () => {
    expect(figures(prose("Meta's Maverick has 17B active parameters."))).toEqual([
      ['17B active parameters', 'llama-4-maverick', 'active_params', 17e9],
    ]);
    expect(figures(prose('Meta says Scout handles 10M tokens.'))).toEqual([
      ['10M tokens', 'llama-4-scout', 'context_window', 10e6],
    ]);
  });
  it('does not read a bare name under another maker or none', () => {
    expect(figures(prose("Google's Maverick has 17B active parameters."))).toEqual([]);
    expect(figures(prose('The Scout troop has 17 members and a 10M budget.'))).toEqual([]);
  });
});

describe('vendor cues', () => {
  const idx = buildDictionaryIndex({
    ...testDictionary,
    models: [
      ...testDictionary.models,
      {
        id: 'phi-4',
        name: 'Phi-4',
        vendor: 'Microsoft Research',
        aliases: [{ text: 'Phi-4', scope: 'global' }],
      },
    ],
  });
  const cited = (t: string) => citedVendors(idx, t, t.toLowerCase(), 0, t.length);
  it('reads a maker cited as a source, by name or possessive', () => {
    expect(cited('Microsoft says 57.2 on the test.')).toEqual(['microsoft']);
    expect(cited("Meta's card lists 400B, according to Anthropic.")).toEqual(['meta', 'anthropic']);
  });
  it('ignores ordinary words of organisation names and a possessive before a name', () => {
    expect(cited('Research says 57.2 on the test.')).toEqual([]);
    expect(cited("Google's Gemini 2.0 Flash is cheap.")).toEqual([]);
  });
});
