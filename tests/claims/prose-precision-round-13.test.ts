import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import type { Claim } from '@/lib/claims/types';
import { shippedDictionary } from './fixture-pages';

// Round 13 (lane A, precision): which name owns a figure after an aside or a second predicate, and
// token counts that are usage lengths. Every sentence here is written for this file.
const dict = shippedDictionary();
const engine = createClaimEngine(dict);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-05-02' });
const owners = (claims: Claim[], quote: string) =>
  claims.filter((c) => c.quote === quote).map((c) => c.model.id);

describe('a name inside an aside of the head name', () => {
  it('does not take the main predicate’s figures', () => {
    const c = prose(
      'Llama 4 Maverick, which Meta put out alongside Llama 4 Scout, is a sparse model with 17 billion active parameters.',
    );
    expect(owners(c, '17 billion active parameters')).toEqual(['llama-4-maverick']);
  });

  it('an appositive naming a rival leaves the figure with the head', () => {
    const c = prose(
      'We tried several models on MATH Level 5. Mistral Small 3.1, a model far smaller than GPT-4o, scores 0.47 there.',
    );
    expect(owners(c, '0.47')).toEqual(['mistral-small-3.1']);
  });

  it('keeps coordinated subjects apart', () => {
    const c = prose(
      'Llama 4 Scout, a 109B model, and Llama 4 Maverick, a 400B model, both shipped in April.',
    );
    expect(owners(c, '400B')).toEqual(['llama-4-maverick']);
  });
});

describe('a figure inside a "whose" clause', () => {
  it('is the clause’s name’s', () => {
    const c = prose(
      'On LMArena, Gemini 2.0 Flash now sits above GPT-4o, whose latest snapshot scored 1285 there.',
    );
    expect(owners(c, '1285')).toEqual(['gpt-4o']);
  });
});

describe('a second predicate after an object', () => {
  it('shares the clause’s subject', () => {
    const c = prose('On MMLU-Pro, DeepSeek-V3 was level with GPT-4o and scored 75.9.');
    expect(owners(c, '75.9')).toEqual(['deepseek-v3']);
  });
});

describe('the subject of a second comparison verb', () => {
  const comparers = (claims: Claim[], other: string) =>
    claims
      .filter((c) => c.metric === 'comparison' && c.comparison?.others.some((o) => o.id === other))
      .map((c) => c.model.id);

  it('is not the first verb’s object', () => {
    const c = prose(
      'Mistral Small 3.1 is the smallest here. On GPQA Diamond it lands at 46, trailing GPT-4o but ahead of Gemini 2.0 Flash-Lite.',
    );
    expect(comparers(c, 'gemini-2.0-flash-lite')).not.toContain('gpt-4o');
  });

  it('is not a yardstick inside an attribute phrase', () => {
    const c = prose(
      'Anthropic prices Claude 3.7 Sonnet at three times the price of GPT-4o mini, while admitting that it trails o3-mini on maths.',
    );
    expect(comparers(c, 'o3-mini')).not.toContain('gpt-4o-mini');
  });

  it('keeps a plain subject', () => {
    const c = prose('Claude 3.7 Sonnet beats GPT-4o on SWE-bench Verified.');
    expect(comparers(c, 'gpt-4o')).toEqual(['claude-3.7-sonnet']);
  });
});

describe('a token count the text used', () => {
  const windows = (text: string) =>
    prose(text)
      .filter((c) => c.metric === 'context_window')
      .map((c) => c.quote);

  it('is no window when it bounds a measurement or a margin', () => {
    expect(
      windows(
        'Gemini 2.0 Flash has a 1M-token context window, but its recall drops sharply beyond 8K tokens.',
      ),
    ).not.toContain('8K tokens');
    expect(
      windows(
        'Claude 3.7 Sonnet has a 200K-token context window; my biggest job came within about 20,000 tokens of it.',
      ),
    ).not.toContain('20,000 tokens');
  });

  it('is no window when it is the user’s prompts or a document', () => {
    expect(
      windows('GPT-4o offers a 128K context window, though our team capped its prompts at 16,000 tokens.'),
    ).not.toContain('16,000 tokens');
    expect(
      windows(
        'GPT-4o mini has a 128K context window. A long 40-page contract comes out at about 25,000 tokens.',
      ),
    ).not.toContain('25,000 tokens');
  });

  it('is no window when a host serves it, or when it counts words', () => {
    expect(windows('Mistral Small 3.1: $0.10 input · max. 64K context served · 3 regions')).not.toContain(
      '64K context',
    );
    expect(windows('Context window: your file is over about 90,000 words. Trim it.')).toEqual([]);
  });

  it('keeps the window itself', () => {
    expect(windows('Claude 3.7 Sonnet has a context window of 200K tokens.')).toContain('200K tokens');
  });
});

describe('a date that is no release', () => {
  const dates = (text: string) =>
    prose(text)
      .filter((c) => c.metric === 'release_date')
      .map((c) => `${c.model.id} ${c.quote}`);

  it('dates a report, an event or an edit', () => {
    expect(
      dates('Gemini 2.0 Flash launched widely, according to a February 6 report in the trade press.'),
    ).toEqual([]);
    expect(dates('Update, April 20, 2025: added that the Llama 4 Behemoth launch has been delayed.')).toEqual(
      [],
    );
  });

  it('dates a ranking when a score sits between the verb and the date', () => {
    expect(dates('The public GPT-4.5 build debuted at 1398 on March 3 in the arena.')).toEqual([]);
  });

  it('dates a rule, not the model of the paragraph', () => {
    expect(
      dates(
        'Mistral Small 3.1 is small. The EU guidance published on 18 July 2025 sets duties for providers.',
      ),
    ).toEqual([]);
  });

  it('goes to the name a relative clause hangs off', () => {
    expect(dates('Claude 3.7 Sonnet trails o1, which OpenAI released in December, on AIME.')).toEqual([
      'o1 December',
    ]);
  });

  it('keeps a plain release', () => {
    expect(dates('Mistral Small 3.1 was released on March 17, 2025.')).toEqual([
      'mistral-small-3.1 March 17, 2025',
    ]);
  });
});

describe('what part a figure plays', () => {
  it('a checkpoint name’s size is no parameter count', () => {
    const c = prose('Hosts list Llama 4 Maverick (17B-128E-Instruct) at $0.22 per million input tokens.');
    expect(c.filter((x) => x.metric === 'total_params' || x.metric === 'active_params')).toEqual([]);
  });

  it('the old value of an unnamed earlier build is not the subject’s', () => {
    const c = prose(
      'Meta says Llama 4 Maverick now refuses under 2% of contested prompts, down from the 9% it reported for its previous generation.',
    );
    expect(owners(c, '9%')).toEqual([]);
    expect(owners(c, '2%')).toEqual(['llama-4-maverick']);
  });

  it('keeps a named earlier build’s value and a whole move', () => {
    const named = prose('On MMLU-Pro, Gemini 2.0 Flash scores 77.6%, up from 67.3% for Gemini 1.5 Flash.');
    expect(owners(named, '67.3%')).toEqual(['gemini-1.5-flash']);
    const move = prose(
      'Llama 4 Maverick’s refusal rate fell from 9% to under 2% compared with its predecessor.',
    );
    expect(move.filter((x) => x.metric === 'refusal_rate')).toHaveLength(1);
  });

  it('a count per item is not the model’s', () => {
    const c = prose(
      'Llama 4 was pre-trained on 200 languages, 90 of them with more than 2 billion tokens each.',
    );
    expect(c.filter((x) => x.metric === 'training_tokens')).toEqual([]);
  });

  it('the whole a part is counted out of is the total', () => {
    const c = prose('DeepSeek-V3 activates 37 billion of its 671 billion parameters for each token.');
    const big = c.filter((x) => x.value === 671e9).map((x) => x.metric);
    expect(big).toEqual(['total_params']);
  });

  it('an appositive sibling phrase names the model before it', () => {
    const c = prose(
      'Llama 4 Scout fits on one GPU. Llama 4 Maverick, the bigger sibling with 128 experts, needs a server.',
    );
    expect(owners(c, '128 experts')).toEqual(['llama-4-maverick']);
  });

  it('a count of monthly users is no parameter count', () => {
    const c = prose('Meta AI runs on Llama 4 Maverick and has nearly 1 billion monthly users.');
    expect(c.filter((x) => x.value === 1e9)).toEqual([]);
  });
});

describe('the yardstick of a multiple', () => {
  it('owns none of the subject’s later figures', () => {
    const c = prose(
      'At $3 per million input tokens, Claude 3.7 Sonnet is twenty times the price of the older Gemini 2.0 Flash model, and output costs $15 per million.',
    );
    expect(owners(c, '$15 per million')).not.toContain('gemini-2.0-flash');
  });
});

describe('figures no model owns', () => {
  it('a total equal to the sum of the clause’s figures', () => {
    const c = prose(
      'The card lists 3.0M GPU-hours for Llama 4 Scout and 1.5M for Llama 4 Maverick, 4.5M in total.',
    );
    expect(owners(c, '4.5M')).toEqual([]);
    expect(owners(c, '1.5M')).toEqual(['llama-4-maverick']);
  });

  it('a year after a preposition of time', () => {
    const c = prose(
      'LMArena, which started as a university project in 2023, ranks Gemini 2.0 Flash at 1354.',
    );
    expect(owners(c, '2023')).toEqual([]);
  });

  it('a score of people', () => {
    const c = prose(
      'Gemini 2.0 Flash answered 64.1% on GPQA Diamond. By comparison, domain experts score about 66% on that test.',
    );
    expect(owners(c, '66%')).toEqual([]);
  });
});

describe('a yardstick after the figure', () => {
  it('"not far off X" and "which holds at N" name the right model', () => {
    const near = prose('Gemini itself landed at 61.0% on GPQA Diamond, not far off Mistral Small 3.1.');
    expect(owners(near, '61.0%')).not.toContain('mistral-small-3.1');
    const holds = prose(
      'On LMArena, DeepSeek-V3-0324 now beats Gemini 2.0 Flash, which holds at 1354 there.',
    );
    expect(owners(holds, '1354')).toEqual(['gemini-2.0-flash']);
  });
});
