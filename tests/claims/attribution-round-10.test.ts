import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Round 10: attribution precision (a right figure must not go to the wrong model; when grammar does
// not settle the owner, say nothing). Every sentence here is written for this file.
const engine = createClaimEngine(testDictionary);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-05-02' });
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value];
const figures = (claims: Claim[]) => claims.filter((c) => c.metric !== 'comparison').map(brief);

describe('routes', () => {
  it('reports which rule chose each owner through the debug hook, not in the claims', () => {
    const seen: string[] = [];
    const traced = createClaimEngine(testDictionary, { onRoute: (_c, r) => seen.push(r) });
    const c = traced.findClaimsInText('GPT-4o has a 128K context window.');
    expect(c.map(brief)).toEqual([['128K context window', 'gpt-4o', 'context_window', 128000]]);
    expect(seen).toEqual(['nearest-before']);
    expect(Object.keys(c[0])).not.toContain('route');
  });
});

describe('a relative clause after an appositive', () => {
  it('gives the figure to the name the clause hangs off', () => {
    const c = prose(
      'Llama 4 Maverick landed at 1273 on LMArena. It still trails GPT-4o, the older model, which the board puts at 1285.',
    );
    expect(figures(c)).toContainEqual(['1285', 'gpt-4o', 'arena_elo', 1285]);
    expect(figures(c)).not.toContainEqual(['1285', 'llama-4-maverick', 'arena_elo', 1285]);
  });
});

describe('a later pointer in the same sentence', () => {
  it('keeps the model the first pointer meant, not the yardstick of a figure in between', () => {
    const c = prose(
      'DeepSeek-V3 is the subject here. On MMLU it gets 88.5, against 87.2 for GPT-4o, and on MATH it gets 90.2.',
    );
    expect(figures(c)).toContainEqual(['90.2', 'deepseek-v3', 'benchmark_score', 90.2]);
    expect(figures(c)).not.toContainEqual(['90.2', 'gpt-4o', 'benchmark_score', 90.2]);
  });
});

describe('a figure named "of" its model', () => {
  it('reads "N points of X" and "the N of the <two words> X"', () => {
    expect(
      figures(prose('On LMArena, Mistral Small 3.1 is close to the 1320 points of DeepSeek-V3.')),
    ).toContainEqual(['1320', 'deepseek-v3', 'arena_elo', 1320]);
  });
});

describe('a yardstick the dictionary does not know', () => {
  it('says nothing for "against $0.40 for Flash" and "and Gemma 0.42"', () => {
    const c = prose(
      'GPT-4o mini costs $0.15 per million input tokens against $0.40 for Turbo. On GPQA Diamond GPT-4o mini gets 0.401 and Gemma 0.42.',
    );
    const q = figures(c).map((x) => x[0]);
    expect(q).toContain('$0.15 per million input tokens');
    expect(q).not.toContain('$0.40');
    expect(q).not.toContain('0.42');
  });
  it('treats a name listed after a comparison verb and an unknown model as an object', () => {
    const c = prose(
      'Mistral Small 3.1 is the pick. Mistral says it outperforms Gemma 3 and GPT-4o mini on most charts. Epoch measured it at 0.46 on GPQA Diamond.',
    );
    expect(figures(c)).toContainEqual(['0.46', 'mistral-small-3.1', 'benchmark_score', 0.46]);
  });
});

describe('a pointer only after the figure', () => {
  it('yields to the one model the sentence names before the figure', () => {
    const c = prose(
      'Gemini 2.0 Flash is cheap.\n\nEpoch’s estimate for GPT-4o’s training compute is 3.8e25 FLOP, which it rates as speculative.',
    );
    expect(figures(c)).toEqual([['3.8e25 FLOP', 'gpt-4o', 'training_compute', 3.8e25]]);
  });
});

describe('release dates', () => {
  it('does not date a model when a leaderboard is the subject of the verb', () => {
    const c = prose(
      'Llama 4 Maverick is the story. The snapshot LMArena published on April 6 is the cleanest one.',
    );
    expect(c.filter((x) => x.metric === 'release_date')).toEqual([]);
  });
});

describe('a paragraph-opening description after a side model', () => {
  it('means the clear topic, not the side model the last paragraph ended on', () => {
    const c = prose(
      'Llama 4 Maverick is the open model of the week. Llama 4 Maverick runs fast. Llama 4 Maverick is cheap. Llama 4 Maverick is popular.\n\n' +
        'Meta also had to explain why Llama 4 Behemoth is still not out.\n\n' +
        'None of this changes the released model’s spec sheet. Meta lists it at 17B active parameters.',
    );
    expect(figures(c)).toEqual([['17B active parameters', 'llama-4-maverick', 'active_params', 17e9]]);
  });
});

describe('pointers that point at nothing, and "behind" that ranks nothing', () => {
  it('ignores the "it" of "for what it\'s worth"', () => {
    const c = prose(
      'GPT-4o is what I use.\n\nFor what it’s worth, the polyglot board agrees: 21.4% for the old snapshot on Aider Polyglot.',
    );
    expect(figures(c)).toEqual([]);
  });
  it('makes "the compute behind X" a subject the next pointer can mean', () => {
    const c = prose(
      'Llama 4 Scout is out.\n\nAn analyst asked about the compute behind Llama 4 Behemoth. Notes suggest it was trained on 32K GPUs.',
    );
    expect(figures(c)).toEqual([['32K GPUs', 'llama-4-behemoth', 'training_gpus', 32000]]);
  });
});

describe('an opening figure whose clause names its own subject', () => {
  it('gives nothing to the last model when a name the dictionary lacks follows', () => {
    const c = prose(
      'Llama 4 Maverick came last in our review.\n\nAt $3 per million input tokens, Zephyr costs us a lot every month.',
    );
    expect(figures(c)).toEqual([]);
  });
  it('still gives it to the last model when a pointer follows', () => {
    const c = prose(
      'Llama 4 Maverick came last in our review. At $0.19 per million input tokens, it is cheap.',
    );
    expect(figures(c)).toEqual([['$0.19 per million input tokens', 'llama-4-maverick', 'price', 0.19]]);
  });
});
