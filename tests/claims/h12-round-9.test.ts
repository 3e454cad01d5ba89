import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import type { Claim, ModelDictionary } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Round 9 (holdout-12 area): owners of figures in prose. Every sentence here is written for this file.
const g = (...texts: string[]) => texts.map((text) => ({ scope: 'global' as const, text }));
const dict: ModelDictionary = {
  ...testDictionary,
  models: [
    ...testDictionary.models,
    { id: 'gemini-1.5-flash', vendor: 'Google', name: 'Gemini 1.5 Flash', aliases: g('Gemini 1.5 Flash') },
    {
      id: 'claude-3.5-sonnet',
      vendor: 'Anthropic',
      name: 'Claude 3.5 Sonnet',
      aliases: g('Claude 3.5 Sonnet'),
    },
  ],
};
const engine = createClaimEngine(dict);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-05-02' });
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value];
const figures = (claims: Claim[]) => claims.filter((c) => c.metric !== 'comparison').map(brief);

describe('a versioned name without its line word', () => {
  it('reads "1.5 Flash" as Gemini 1.5 Flash on a page that names Gemini', () => {
    const c = prose('Gemini 2.0 Flash-Lite is out.\n\nIt gets 80.1% on MATH, up from 70.2% for 1.5 Flash.');
    expect(figures(c)).toContainEqual(['70.2%', 'gemini-1.5-flash', 'benchmark_score', 70.2]);
    expect(figures(c)).not.toContainEqual(['70.2%', 'gemini-2.0-flash-lite', 'benchmark_score', 70.2]);
  });
  it('does not read a lower-case word after a version as a name', () => {
    const c = prose('Gemini 2.0 Flash-Lite is out.\n\nIt brings 2.0 quality and 80.1% on MATH.');
    expect(c.some((x) => x.model.id === 'gemini-1.5-flash' || x.model.id === 'gemini-2.0-flash')).toBe(false);
  });
  it('needs the line named on the page', () => {
    const c = prose('Llama 4 Scout is out.\n\nIt gets 80.1% on MATH, up from 70.2% for 1.5 Flash.');
    expect(c.some((x) => x.model.id === 'gemini-1.5-flash')).toBe(false);
  });
});

describe('a name held up as the same is a yardstick', () => {
  it('gives "as with X, ..." figures to the page model', () => {
    const c = prose(
      'Gemini 2.0 Flash-Lite launches today.\n\nAs with Gemini 2.0 Flash, a prompt can fill the whole 1M-token window.',
    );
    expect(figures(c)).not.toContainEqual(['1M-token window', 'gemini-2.0-flash', 'context_window', 1e6]);
  });
  it('does not give "unchanged from X at $N" to X', () => {
    const c = prose(
      'Claude 3.7 Sonnet is here.\n\nThe price is unchanged from 3.5 Sonnet at $3 per million input tokens.',
    );
    expect(c.some((x) => x.metric === 'price' && x.model.id === 'claude-3.5-sonnet')).toBe(false);
  });
  it('keeps a possessive figure after "the same as" with its name', () => {
    const c = prose('Mistral Small 3.1 claims 128k, the same as DeepSeek-V3’s 128K window.');
    expect(figures(c)).toContainEqual(['128K window', 'deepseek-v3', 'context_window', 128000]);
  });
});

describe('figures that measure something else', () => {
  it('never gives a storage size a download count', () => {
    const c = prose(
      'DeepSeek-V3-0324 recorded 500,000 downloads on the hub, though its weights fill more than 600 GB on disk.',
    );
    expect(c.filter((x) => x.metric === 'downloads').map((x) => x.value)).toEqual([500000]);
  });
  it('does not read tokens a model spends thinking as its window', () => {
    const c = prose(
      'Claude 3.7 Sonnet sometimes chose to think for 30,000 tokens about a short shell script.',
    );
    expect(c.some((x) => x.metric === 'context_window')).toBe(false);
  });
  it('still reads a plain token count for a model as its window', () => {
    const c = prose('Claude 3.7 Sonnet has a 200,000 token context window.');
    expect(figures(c)).toContainEqual([
      '200,000 token context window',
      'claude-3.7-sonnet',
      'context_window',
      200000,
    ]);
  });
  it('does not give a size class of models to a model named later', () => {
    const c = prose('Expect more 300B-plus open models this summer, and maybe Llama 4 Behemoth.');
    expect(c.some((x) => x.metric === 'total_params')).toBe(false);
  });
});

describe('owners named by the sentence structure', () => {
  it('gives "the N that X posted" to X, not the subject it is compared with', () => {
    const c = prose(
      'Llama 4 Scout sat at 1239 on LMArena, far below the 1417 that Llama 4 Maverick posted in April.',
    );
    expect(figures(c)).toContainEqual(['1417', 'llama-4-maverick', 'arena_elo', 1417]);
    expect(figures(c)).not.toContainEqual(['1417', 'llama-4-scout', 'arena_elo', 1417]);
  });
  it('does not read "beats one particular X snapshot" as a comparison with X', () => {
    const c = prose('Claude 3.7 Sonnet often beats one particular GPT-4o snapshot on the chosen tests.');
    expect(c.some((x) => x.metric === 'comparison')).toBe(false);
  });
  it('keeps a plain "beats X"', () => {
    const c = prose('Claude 3.7 Sonnet beats GPT-4o on SWE-bench Verified.');
    expect(c.some((x) => x.metric === 'comparison')).toBe(true);
  });
});

describe('owners in arena and score sentences', () => {
  it('does not read a measure stated as "length was about N" as an arena rating', () => {
    const c = prose(
      'Llama 4 Scout sits at 1239 on LMArena.\n\nA long-context test found its effective length was about 1,200.',
    );
    expect(c.some((x) => x.metric === 'arena_elo' && x.value === 1200)).toBe(false);
  });
  it('skips a possessive name inside a prepositional phrase when choosing the subject', () => {
    const c = prose(
      'Mistral Small 3.1 has a fraction of Llama 4 Scout’s total size and still scores 1246 on LMArena.',
    );
    expect(figures(c)).toContainEqual(['1246', 'mistral-small-3.1', 'arena_elo', 1246]);
    expect(c.some((x) => x.model.id === 'llama-4-scout' && x.value === 1246)).toBe(false);
  });
  it('gives nobody the second slot of "X at N and <unknown name> at M"', () => {
    const c = prose('One GPQA Diamond run has Llama 4 Scout at 0.52 and Qwen at 0.47.');
    expect(c.filter((x) => x.metric === 'benchmark_score').map((x) => [x.model.id, x.value])).toEqual([
      ['llama-4-scout', 0.52],
    ]);
  });
});

describe('active share phrased as use per word', () => {
  it('reads "only about N are used for any single token" after a parameter total as active', () => {
    const c = prose(
      'Llama 4 Maverick has 400 billion parameters in total, but only about 17 billion are used for any single token.',
    );
    expect(figures(c)).toContainEqual(['17 billion', 'llama-4-maverick', 'active_params', 17e9]);
  });
});

describe('download counts', () => {
  it('reads a "downloads ...: X at N and Y at M" chart line', () => {
    const c = prose(
      'Hub downloads in the first week: Llama 4 Scout at over 400,000 and Llama 4 Maverick at around 150,000.',
    );
    expect(c.filter((x) => x.metric === 'downloads').map((x) => [x.model.id, x.value])).toEqual([
      ['llama-4-scout', 400000],
      ['llama-4-maverick', 150000],
    ]);
  });
  it("counts one model's base and instruct checkpoints combined as that model's downloads", () => {
    const c = prose(
      'Mistral Small 3.1 reached 900,000 downloads for the base and instruct checkpoints combined.',
    );
    expect(figures(c)).toContainEqual(['900,000 downloads', 'mistral-small-3.1', 'downloads', 900000]);
  });
  it('still gives nobody a total over all models combined', () => {
    const c = prose('Llama 4 Scout and Llama 4 Maverick reached 900,000 downloads combined.');
    expect(c.some((x) => x.metric === 'downloads')).toBe(false);
  });
});
