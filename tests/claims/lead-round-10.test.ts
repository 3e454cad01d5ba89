import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { scanHtml } from '@/lib/claims/scan-html';
import { shippedDictionary } from './fixture-pages';

// Sentences written for this file: general phrasings found while reading a blind set's misses.
const engine = createClaimEngine(shippedDictionary());
const rows = (t: string) => engine.findClaimsInText(t).map((c) => [c.model.id, c.metric, c.value] as const);

describe('a fronted comparison phrase ends at its comma', () => {
  it('“Compared with X, Y is …”: Y is the subject a later “the model” means', () => {
    expect(
      rows('Compared with DeepSeek-V3, Llama 4 Maverick is cheaper. The model has 17B active parameters.'),
    ).toEqual([['llama-4-maverick', 'active_params', 17e9]]);
    expect(rows('Unlike GPT-4o, Mistral Small 3.1 ships open weights. It has 24B parameters.')).toEqual([
      ['mistral-small-3.1', 'total_params', 24e9],
    ]);
    expect(
      rows(
        'Building upon Mistral Small 3, Mistral Small 3.1 adds vision. With 24 billion parameters, the model is fast.',
      ),
    ).toEqual([['mistral-small-3.1', 'total_params', 24e9]]);
  });

  it('a list after a comparison verb is still all objects', () => {
    const out = engine.findClaimsInText(
      'Llama 4 Maverick beats GPT-4o, Gemini 2.0 Flash and DeepSeek-V3 on MMLU.',
    );
    expect(out).toHaveLength(1);
    expect(out[0].model.id).toBe('llama-4-maverick');
    expect(out[0].comparison?.others.map((o) => o.id).sort()).toEqual(
      ['deepseek-v3', 'gemini-2.0-flash', 'gpt-4o'].sort(),
    );
  });
});

describe('“rated N” on the arena', () => {
  it('is an arena rating where the arena is the topic', () => {
    expect(
      rows(
        'Llama 4 Maverick reached second place on LMArena with a score of 1417. The released model was later rated 1273.',
      ),
    ).toEqual([
      ['llama-4-maverick', 'arena_elo', 1417],
      ['llama-4-maverick', 'arena_elo', 1273],
    ]);
  });

  it('is nothing where no arena was named', () => {
    expect(rows('Llama 4 Maverick was rated 1273 by our readers.')).toEqual([]);
  });
});

describe('a share and its whole', () => {
  it('“17B of its 109B parameters”: the smaller is active, the larger total, whichever has the unit', () => {
    for (const t of [
      'Meta released Llama 4. Scout activates 17B of its 109B parameters.',
      'Meta released Llama 4. Scout uses 17B of 109B parameters per token.',
    ])
      expect(rows(t)).toEqual([
        ['llama-4-scout', 'active_params', 17e9],
        ['llama-4-scout', 'total_params', 109e9],
      ]);
    expect(rows('Meta released Llama 4. Maverick uses 17bn active out of 400bn.')).toEqual([
      ['llama-4-maverick', 'active_params', 17e9],
      ['llama-4-maverick', 'total_params', 400e9],
    ]);
  });

  it('leaves pairs that are not a share alone', () => {
    expect(rows('Meta released Llama 4. Scout has 109B total parameters and 17B active.')).toEqual([
      ['llama-4-scout', 'total_params', 109e9],
      ['llama-4-scout', 'active_params', 17e9],
    ]);
    expect(rows('Meta released Llama 4. Maverick has 17B active parameters; 3 of 10 users like it.')).toEqual(
      [['llama-4-maverick', 'active_params', 17e9]],
    );
  });
});

describe('a pointer after a fronted yardstick', () => {
  it('“Like GPT-4o mini, it handles 128k”: “it” is the model under discussion, not the yardstick', () => {
    expect(
      rows(
        'Mistral Small 3.1 is open-weight: it is 24 billion parameters. Like GPT-4o mini, it handles 128k tokens of context.',
      ),
    ).toEqual([
      ['mistral-small-3.1', 'total_params', 24e9],
      ['mistral-small-3.1', 'context_window', 128000],
    ]);
  });
});

describe('a byline dates the article, not a model', () => {
  it('“Published in <Publication> · 9 min read · May 11, 2025” is no release date', () => {
    expect(
      rows(
        'Cutting GPT-4o Prices. Arjun Mehta · Published in Towards Practical AI · 9 min read · May 11, 2025',
      ),
    ).toEqual([]);
    expect(rows('GPT-4o by Dana Reyes · 6 min read · published May 20, 2024')).toEqual([]);
  });

  it('“published in May 2024” is still a release', () => {
    expect(rows('GPT-4o was published in May 2024 by OpenAI.')).toEqual([['gpt-4o', 'release_date', null]]);
  });
});

describe('“its bigger sibling”', () => {
  const pre = 'Meta released Llama 4 Scout and Llama 4 Maverick. ';
  it('is the family’s other named member, as a sentence or a clause subject', () => {
    expect(
      rows(`${pre}Scout answered 27.3% on Fiction.LiveBench. Its bigger sibling managed 36.4%.`),
    ).toEqual([
      ['llama-4-scout', 'benchmark_score', 27.3],
      ['llama-4-maverick', 'benchmark_score', 36.4],
    ]);
    expect(
      rows(`${pre}Scout answered 27.3% on Fiction.LiveBench, but its bigger sibling managed 36.4%.`),
    ).toEqual([
      ['llama-4-scout', 'benchmark_score', 27.3],
      ['llama-4-maverick', 'benchmark_score', 36.4],
    ]);
  });

  it('says nothing when no other member is named, and is no subject inside an object phrase', () => {
    expect(
      rows(
        'Meta released Llama 4. Scout answered 27.3% on Fiction.LiveBench. Its bigger sibling managed 36.4%.',
      ),
    ).toEqual([['llama-4-scout', 'benchmark_score', 27.3]]);
    expect(
      rows(
        'Google released Gemini 2.0 Flash and Gemini 2.0 Flash-Lite. Flash-Lite keeps the window of its bigger sibling, but it is priced at $0.075 per million input tokens.',
      ),
    ).toEqual([['gemini-2.0-flash-lite', 'price', 0.075]]);
  });
});

describe('more score verbs and yardsticks', () => {
  it('“answered / resolved N% of the questions” is a score of the paragraph’s benchmark', () => {
    expect(
      engine
        .findClaimsInText(
          'Fiction.LiveBench tells a similar story. Llama 4 Scout answered 27.3% of the questions.',
        )
        .map((c) => [c.model.id, c.benchmark, c.value]),
    ).toEqual([['llama-4-scout', 'Fiction.LiveBench', 27.3]]);
    expect(rows('GPT-4o answered 40% of our support emails last month.')).toEqual([]);
  });

  it('“X instead of Y: … it scores N”: “it” is X', () => {
    expect(rows('Consider Claude 3.7 Sonnet instead of GPT-4o: on Aider Polyglot it scores 60.4%.')).toEqual([
      ['claude-3.7-sonnet', 'benchmark_score', 60.4],
    ]);
  });
});

describe('footnote marks after a figure', () => {
  it('“80.5†”, “71.4‡” are the figures, not parts of a word', () => {
    expect(rows('Llama 4 Maverick scores 80.5† on MMLU-Pro and 69.8‡ on GPQA Diamond.')).toEqual([
      ['llama-4-maverick', 'benchmark_score', 80.5],
      ['llama-4-maverick', 'benchmark_score', 69.8],
    ]);
  });
});

describe('context columns', () => {
  const cells = (html: string) => {
    const { doc } = scanHtml(html);
    return engine.findClaims(doc).map((c) => [c.model.id, c.metric, c.value, c.setting ?? null]);
  };
  it('a spec table with memory columns still reads its per-model windows', () => {
    expect(
      cells(
        '<table><tr><th>Model</th><th>Total params</th><th>Context</th><th>Min. memory</th></tr>' +
          '<tr><td>Llama 4 Scout</td><td>109B</td><td>10M</td><td>64 GB</td></tr>' +
          '<tr><td>DeepSeek-V3</td><td>671B</td><td>128K</td><td>384 GB</td></tr></table>',
      ),
    ).toEqual([
      ['llama-4-scout', 'total_params', 109e9, null],
      ['llama-4-scout', 'context_window', 10e6, null],
      ['deepseek-v3', 'total_params', 671e9, null],
      ['deepseek-v3', 'context_window', 128000, null],
    ]);
  });

  it('an "effective" column is a measured effective length', () => {
    expect(
      cells(
        '<table><tr><th>Model</th><th>Claimed context</th><th>NoLiMa effective</th></tr>' +
          '<tr><td>Llama 4 Scout</td><td>10M</td><td>1K</td></tr></table>',
      ),
    ).toEqual([
      ['llama-4-scout', 'context_window', 10e6, null],
      ['llama-4-scout', 'context_window', 1000, 'effective'],
    ]);
  });
});
