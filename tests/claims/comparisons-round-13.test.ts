import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { buildLineFlagships } from '@/lib/claims/line-flagship';
import type { ModelDictionary } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';
import { comparisonRows } from './comparison-rows';

const g = (...texts: string[]) => texts.map((text) => ({ text, scope: 'global' as const }));
/** The test dictionary plus a sized line ("Gemma 3 1B" … "Gemma 3 27B") and two rivals. */
const dict: ModelDictionary = {
  ...testDictionary,
  models: [
    ...testDictionary.models,
    { id: 'gemma-3-4b', name: 'Gemma 3 4B', vendor: 'Google', aliases: g('Gemma 3 4B') },
    { id: 'gemma-3-27b', name: 'Gemma 3 27B', vendor: 'Google', aliases: g('Gemma 3 27B') },
    { id: 'gemma-3-12b', name: 'Gemma 3 12B', vendor: 'Google', aliases: g('Gemma 3 12B') },
    { id: 'o3-mini', name: 'o3-mini', vendor: 'OpenAI', aliases: g('o3-mini') },
    {
      id: 'claude-3.5-sonnet',
      name: 'Claude 3.5 Sonnet',
      vendor: 'Anthropic',
      aliases: g('Claude 3.5 Sonnet'),
    },
  ],
};
const engine = createClaimEngine(dict);
/** Comparison claims as "model direction others [benchmark]". */
const comps = (text: string) => comparisonRows(engine.findClaimsInText(text));

describe('comparison subjects (round 13)', () => {
  it('a model compared against earlier in the sentence is not the next verb’s subject', () => {
    expect(comps('Llama 4 Scout is new. It edges out GPT-4o mini and sits above GPT-4.5.')).toEqual([
      'llama-4-scout beats gpt-4o-mini',
      'llama-4-scout beats gpt-4.5',
    ]);
    expect(comps('DeepSeek-V3 is big. On MMLU it trails GPT-4.5 but is ahead of GPT-4o.')).toEqual([
      'deepseek-v3 trails gpt-4.5 MMLU',
      'deepseek-v3 beats gpt-4o MMLU',
    ]);
  });

  it('a name inside "the price of X" is not the subject of a later clause', () => {
    expect(
      comps('GPT-4.5 launched at thirty times the price of GPT-4o, while conceding that it trails o3-mini.'),
    ).toEqual(['gpt-4.5 trails o3-mini']);
  });

  it('no model is compared with itself: the earlier name is the subject', () => {
    expect(
      comps("DeepSeek-V3 with twice Llama 4 Maverick's experts trails Llama 4 Maverick on MMLU."),
    ).toEqual(['deepseek-v3 trails llama-4-maverick MMLU']);
  });

  it('a figure pinned to a name, then a comma and the verb: the figure’s model is the subject', () => {
    expect(
      comps('On MMLU, the vendor reports 62.3% for Claude 3.7 Sonnet in standard mode, ahead of GPT-4o.'),
    ).toEqual(['claude-3.7-sonnet beats gpt-4o MMLU']);
  });

  it('a clause that opens with a verb or a figure keeps the sentence subject', () => {
    expect(
      comps(
        'Claude 3.7 Sonnet is steady at 8k, but drops to 34.4% at 120k, slightly behind Llama 4 Maverick.',
      ),
    ).toEqual(['claude-3.7-sonnet trails llama-4-maverick']);
    expect(comps('Gemini 2.0 Flash is the surprise: 62.5% at 120k, well ahead of Llama 4 Scout.')).toEqual([
      'gemini-2.0-flash beats llama-4-scout',
    ]);
    // a clause with a subject of its own still breaks
    expect(comps('Claude 3.7 Sonnet is steady, but the others fall behind Llama 4 Maverick.')).toEqual([]);
  });

  it('a maker cited before the verb points its "the model" at its own model', () => {
    expect(
      comps(
        'Mistral Small 3.1 is small. We also tried Llama 4 Scout. Mistral claims the model outperforms GPT-4o mini.',
      ),
    ).toEqual(['mistral-small-3.1 beats gpt-4o-mini']);
  });

  it("another maker's model coordinated before the verb is not the named model", () => {
    expect(
      comps(
        "With Llama 4 Maverick at 20 cents and DeepSeek's latest model on par with Claude 3.7 Sonnet, we are set.",
      ),
    ).toEqual([]);
  });

  it('an unlisted name before a sentence end does not make the next subject an object', () => {
    expect(
      comps('Llama 4 Scout sits ahead of GPT-4o. On MMLU, DeepSeek-V3 sits at 88.5, above GPT-4.5.'),
    ).toEqual(['llama-4-scout beats gpt-4o', 'deepseek-v3 beats gpt-4.5 MMLU']);
  });
});

describe('comparison verbs and objects (round 13)', () => {
  it.each([
    ['Llama 4 Scout is in front of Mistral Small 3.1 here.', 'llama-4-scout beats mistral-small-3.1'],
    ['Llama 4 Maverick crushes DeepSeek-V3 on MMLU.', 'llama-4-maverick beats deepseek-v3 MMLU'],
    ['Llama 4 Maverick sat below Claude 3.7 Sonnet.', 'llama-4-maverick trails claude-3.7-sonnet'],
    ['Llama 4 Maverick is even below GPT-4o.', 'llama-4-maverick trails gpt-4o'],
    ['GPT-4o mini is not far behind GPT-4o on MMLU.', 'gpt-4o-mini trails gpt-4o MMLU'],
    ['Llama 4 Maverick hit 1417. That’s above GPT-4.5 territory.', 'llama-4-maverick beats gpt-4.5'],
    [
      'DeepSeek-V3 achieves results comparable to leading closed-source models, including GPT-4o and GPT-4.5.',
      'deepseek-v3 matches gpt-4o+gpt-4.5',
    ],
  ])('%s', (text, want) => {
    expect(comps(text)).toEqual([want]);
  });

  it('"rather than beating it" and plain "not ahead of" are negated', () => {
    expect(comps('Llama 4 Maverick matches DeepSeek-V3-0324 rather than beating it.')).toEqual([
      'llama-4-maverick matches deepseek-v3-0324',
    ]);
    expect(comps('Llama 4 Scout is not ahead of GPT-4o.')).toEqual([]);
  });

  it('"and behind it" is no comparison with the pronoun (it may be the other way round)', () => {
    expect(comps('Gemini 2.0 Flash leads on MMLU, and behind it sits Llama 4 Scout.')).toEqual([]);
  });

  it('"both behind X" after two figures: each listed model', () => {
    expect(
      comps('Llama 4 Scout scored 27.3% and Llama 4 Maverick 36.4%, both below Gemini 2.0 Flash.'),
    ).toEqual(['llama-4-scout trails gemini-2.0-flash', 'llama-4-maverick trails gemini-2.0-flash']);
  });
});

describe('bare line names as comparison objects (round 13)', () => {
  it('maps a sized line to its largest member, only when the name itself is unknown', () => {
    const lines = buildLineFlagships(dict);
    expect(lines.get('gemma 3')).toEqual({ id: 'gemma-3-27b', name: 'Gemma 3 27B' });
    expect(lines.has('llama 4')).toBe(false);
  });

  it.each([
    [
      'Mistral Small 3.1 outperforms Gemma 3 and GPT-4o mini.',
      'mistral-small-3.1 beats gemma-3-27b+gpt-4o-mini',
    ],
    [
      'Mistral Small 3.1 outperforms comparable models like Gemma 3 and GPT-4o mini.',
      'mistral-small-3.1 beats gemma-3-27b+gpt-4o-mini',
    ],
    [
      'Llama 4 Scout beats GPT-4o mini and Gemma 3 on MMLU.',
      'llama-4-scout beats gpt-4o-mini+gemma-3-27b MMLU',
    ],
    ['Llama 4 Scout beats Gemma 3 on MMLU.', 'llama-4-scout beats gemma-3-27b MMLU'],
    ['Llama 4 Scout beats Gemma 3 12B on MMLU.', 'llama-4-scout beats gemma-3-12b MMLU'],
  ])('%s', (text, want) => {
    expect(comps(text)).toEqual([want]);
  });

  it('a name that continues the line ("Gemma 3n") is not the line', () => {
    expect(comps('Llama 4 Scout beats Gemma 3n on MMLU.')).toEqual([]);
  });
});

describe('thinking mode against the standard mode (round 13)', () => {
  it.each([
    [
      'Claude 3.7 Sonnet has two modes: on GPQA Diamond the jump is big. So thinking beats the standard mode there.',
      'claude-3.7-sonnet-thinking beats claude-3.7-sonnet',
    ],
    [
      'Claude 3.7 Sonnet with extended thinking edges out the standard mode on MMLU.',
      'claude-3.7-sonnet-thinking beats claude-3.7-sonnet MMLU',
    ],
    [
      'Claude 3.7 Sonnet is out. The thinking variant also edges past the standard one.',
      'claude-3.7-sonnet-thinking beats claude-3.7-sonnet',
    ],
  ])('%s', (text, want) => {
    expect(comps(text)).toEqual([want]);
  });

  it('needs "thinking" before the verb and a model with a thinking child', () => {
    expect(comps('Claude 3.7 Sonnet is out. It beats the standard mode of old.')).toEqual([]);
    expect(comps('GPT-4.5 is out. Its thinking beats the standard mode.')).toEqual([]);
  });
});

describe('dated snapshot by suffix in the sentence that names its model (round 13)', () => {
  it('"V3 is at 1318 and the new 0324 checkpoint at 1369 … trails both of them"', () => {
    expect(
      comps(
        'Llama 4 Maverick is out. DeepSeek-V3 is at 1318 and the new 0324 checkpoint is at 1369. So Llama 4 Maverick trails both of them.',
      ),
    ).toEqual(['llama-4-maverick trails deepseek-v3+deepseek-v3-0324']);
  });
});

describe('a family’s two members as the object (round 13)', () => {
  it('"well ahead of both Llama 4 models": the two members just discussed', () => {
    expect(
      comps(
        'Llama 4 Scout answers 27.3% correctly, while Llama 4 Maverick manages 36.4%. Gemini 2.0 Flash is the surprise: 62.5% at the same length, well ahead of both Llama 4 models.',
      ),
    ).toEqual(['gemini-2.0-flash beats llama-4-scout+llama-4-maverick']);
  });
});
