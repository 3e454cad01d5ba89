import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Round 10, metric precision: a figure whose own phrase says it measures something else is no claim,
// while the model's real figure beside it is still found. Sentences written for this file.
const engine = createClaimEngine(testDictionary);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-04-10' });
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value ?? c.valueText];
const of = (claims: Claim[], metric: string) => claims.filter((c) => c.metric === metric).map(brief);

describe('relative changes in percent', () => {
  it('does not read "45% fewer refusals" as a refusal rate', () => {
    expect(
      of(prose('Claude 3.7 Sonnet makes 45% fewer needless refusals than before.'), 'refusal_rate'),
    ).toEqual([]);
    expect(
      of(
        prose('Anthropic says Claude 3.7 Sonnet issues 30 percent less refusals on borderline prompts.'),
        'refusal_rate',
      ),
    ).toEqual([]);
  });
  it('still reads a refusal rate and a score', () => {
    expect(
      of(prose('Claude 3.7 Sonnet refuses 12% of borderline prompts, we found.'), 'refusal_rate'),
    ).toEqual([['12%', 'claude-3.7-sonnet', 'refusal_rate', 12]]);
    expect(
      of(prose('GPT-4o scores 88.7% on MMLU, about 3% higher than last spring.'), 'benchmark_score'),
    ).toEqual([['88.7%', 'gpt-4o', 'benchmark_score', 88.7]]);
  });
});

describe('token counts that are not the context window', () => {
  it('an output cap named before the figure', () => {
    const c = prose(
      'The context window of Claude 3.7 Sonnet is 200K tokens. Output is capped separately: up to 64K tokens.',
    );
    expect(of(c, 'context_window')).toEqual([['200K tokens', 'claude-3.7-sonnet', 'context_window', 200000]]);
    expect(
      of(prose('Gemini 2.0 Flash replies run to at most 8,000 tokens in my tests.'), 'context_window'),
    ).toEqual([]);
  });
  it('the size of a document the writer fed in, given in parentheses', () => {
    expect(
      of(
        prose('Llama 4 Maverick read my whole contract dump (roughly 90,000 tokens) without trouble.'),
        'context_window',
      ),
    ).toEqual([]);
    expect(
      of(
        prose('For search over our wiki docs (maybe 20k tokens of context) Llama 4 Scout is plenty.'),
        'context_window',
      ),
    ).toEqual([]);
    // a window in parentheses after the model is still its window
    expect(of(prose('Llama 4 Maverick (1M tokens) is the long-context pick.'), 'context_window')).toEqual([
      ['1M tokens', 'llama-4-maverick', 'context_window', 1000000],
    ]);
  });
  it('thinking spent by one answer, even with the verb in quotes', () => {
    expect(
      of(
        prose('Claude 3.7 Sonnet gets slow when it "thinks" for 12,000 tokens before it answers.'),
        'context_window',
      ),
    ).toEqual([]);
  });
  it('a spelled-out echo of the figure just given', () => {
    const c = prose(
      'Forget the brochure. One study puts Llama 4 Scout at an effective context of 2K. Two thousand tokens.',
    );
    expect(of(c, 'context_window').map((x) => x[0])).toEqual(['2K']);
  });
  it('a size in billions is never a window, even in a parallel phrase', () => {
    const c = prose('Meta ships a 10-million-token Llama 4 Scout, a 400B Llama 4 Maverick and more.');
    expect(of(c, 'context_window')).toEqual([
      ['10-million-token', 'llama-4-scout', 'context_window', 10000000],
    ]);
  });
});

describe('arena ratings', () => {
  it('a vote count after "more than" is not a rating', () => {
    const c = prose('On LMArena GPT-4o held 1285, with more than 117,000 votes behind it.');
    expect(of(c, 'arena_elo')).toEqual([['1285', 'gpt-4o', 'arena_elo', 1285]]);
  });
});

describe('sizes of a class of models', () => {
  it('a range or a quantifier before plural models', () => {
    expect(
      of(prose('Mistral Small 3.1 now leads most 20–30B open models on downloads.'), 'total_params'),
    ).toEqual([]);
    expect(
      of(prose('Mistral Small 3.1 beats several 27B open checkpoints on this test.'), 'total_params'),
    ).toEqual([]);
  });
  it('still reads the model size', () => {
    expect(of(prose('Mistral Small 3.1 is 24B, small enough for one card.'), 'total_params')).toEqual([
      ['24B', 'mistral-small-3.1', 'total_params', 24000000000],
    ]);
  });
});

describe('dates of other things', () => {
  it('a snapshot, a feature, a date inside a model name', () => {
    expect(
      of(prose('The snapshot LMArena published on April 6 ranks DeepSeek-V3 high.'), 'release_date'),
    ).toEqual([]);
    expect(
      of(
        prose('Claude 3.7 Sonnet is solid. Web search arrived on March 20, for paid users.'),
        'release_date',
      ),
    ).toEqual([]);
    const c = prose('The first snapshot, gpt-4o-2024-05-13, arrived on May 13, 2024.');
    expect(of(c, 'release_date').map((x) => x[0])).toEqual(['May 13, 2024']);
  });
  it('still reads a release date, also when a post announces it', () => {
    expect(of(prose('Claude 3.7 Sonnet arrived on February 24, 2025.'), 'release_date')).toEqual([
      ['February 24, 2025', 'claude-3.7-sonnet', 'release_date', '2025-02-24'],
    ]);
    expect(
      of(prose("Meta's blog post announced Llama 4 Maverick on April 5, 2025."), 'release_date').map(
        (x) => x[0],
      ),
    ).toEqual(['April 5, 2025']);
  });
});

describe('figures of a line of models, of what users feed in, of a host', () => {
  it('downloads summed over a line of models', () => {
    const c = prose(
      'Llama 4 Scout alone was downloaded about 1.2 million times, and Llama models overall have passed 1.2 billion downloads.',
    );
    expect(of(c, 'downloads')).toEqual([['1.2 million times', 'llama-4-scout', 'downloads', 1200000]]);
  });
  it('tokens stuffed into something, unless the sentence says the model can take them', () => {
    expect(
      of(prose('Llama 4 Scout is fine; nobody is stuffing 10 million tokens into a chat.'), 'context_window'),
    ).toEqual([]);
    expect(of(prose('You can stuff 10 million tokens into Llama 4 Scout.'), 'context_window')).toEqual([
      ['10 million tokens', 'llama-4-scout', 'context_window', 10000000],
    ]);
  });
  it("a host's window set against what the model supports", () => {
    expect(
      of(
        prose("DeepSeek's API serves DeepSeek-V3 with a 64K window even though the model supports more."),
        'context_window',
      ),
    ).toEqual([]);
    const c = prose(
      'Llama 4 Scout is advertised at 10 million tokens. We offer it at 512K today, for cost reasons.',
    );
    expect(of(c, 'context_window')).toEqual([
      ['10 million tokens', 'llama-4-scout', 'context_window', 10000000],
    ]);
  });
});

describe('legal lines and data cutoffs', () => {
  it('a round power of ten in a sentence about a rule is no model compute', () => {
    expect(
      of(
        prose('GPT-4o falls under the rule that applies at 10^25 FLOP of training compute.'),
        'training_compute',
      ),
    ).toEqual([]);
    // an estimate that is round stays the model's, and so does an unround figure beside a threshold
    expect(
      of(prose('Epoch estimates GPT-4o at 10^25 FLOP, right at the threshold.'), 'training_compute').map(
        (x) => x[3],
      ),
    ).toEqual([1e25]);
    expect(
      of(prose('GPT-4o used about 3.8 × 10^25 FLOP, above the threshold.'), 'training_compute').map(
        (x) => x[3],
      ),
    ).toEqual([3.8e25]);
  });
  it('the end of a span or a data cutoff is no release date', () => {
    const c = prose(
      "Gemini 2.0 Flash's training data runs to June 2024, and it was released on February 5, 2025.",
    );
    expect(of(c, 'release_date').map((x) => x[0])).toEqual(['February 5, 2025']);
    const d = prose('Llama 4 Scout was released on April 5, 2025, and the API is free until May 1.');
    expect(of(d, 'release_date').map((x) => x[0])).toEqual(['April 5, 2025']);
  });
});
