import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { isPartFigure, isRunSetting } from '@/lib/claims/incidental-figures';
import { scanHtml } from '@/lib/claims/scan-html';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Third round of general rules for unseen prose, each shown with sentences written for this file.
const engine = createClaimEngine(testDictionary);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-05-02' });
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value];
const comp = (c: Claim) => [
  c.quote,
  c.model.id,
  c.comparison?.direction,
  c.comparison?.others.map((o) => o.id),
];
const of = (claims: Claim[], metric: string) => claims.filter((c) => c.metric === metric).map(brief);

describe('context lengths the writer ran or tested at are settings, not windows', () => {
  it('declines "ran it with a 16k window" and "tested up to 64K"', () => {
    const c = prose(
      'Gemini 2.0 Flash is cheap to host. On my box I ran it with a 16k window to save memory, and we only tested up to 64K.',
    );
    expect(of(c, 'context_window')).toEqual([]);
  });
  it('declines a benchmark length setting followed by a score', () => {
    const c = prose('On the long-document suite at 64k tokens, Llama 4 Scout scored 31.5% and GPT-4o 48.0%.');
    expect(of(c, 'context_window')).toEqual([]);
  });
  it('declines "we cap it at" but keeps a passive "is capped at" (a property of the model)', () => {
    expect(
      of(prose('We cap it at 64K tokens of context for Mistral Small 3.1 in production.'), 'context_window'),
    ).toEqual([]);
    expect(of(prose('Context for GPT-4o is capped at 128K tokens in the API.'), 'context_window')).toEqual([
      ['128K tokens', 'gpt-4o', 'context_window', 128_000],
    ]);
  });
  it('keeps capability wording: "can run with", "supports up to"', () => {
    expect(of(prose('Llama 4 Scout can run with a 10M-token context window.'), 'context_window')).toEqual([
      ['10M-token context window', 'llama-4-scout', 'context_window', 10_000_000],
    ]);
    expect(
      of(prose('Mistral Small 3.1 supports up to 128k tokens of context.'), 'context_window').length,
    ).toBe(1);
  });
  it('isRunSetting reads only the writer-side shapes', () => {
    expect(isRunSetting('but i ran it with a ', '')).toBe(true);
    expect(isRunSetting('its context window runs to ', '')).toBe(false);
    expect(isRunSetting('xxxx can run with a ', '')).toBe(false);
    expect(isRunSetting('on xxxx at ', 'tokens, xxxx scored 27.3%')).toBe(true);
    expect(isRunSetting('xxxx has a window of ', 'tokens, which is 8x more')).toBe(false);
  });
});

describe("a part's size is not the model's parameter count", () => {
  it('declines a module size and an added increment', () => {
    expect(
      of(
        prose('The DeepSeek-V3 upload is larger because it ships a 9B speculative-decoding module.'),
        'total_params',
      ),
    ).toEqual([]);
    expect(
      of(prose('In DeepSeek-V3 a vision encoder adds 3 billion parameters on top.'), 'total_params'),
    ).toEqual([]);
    expect(of(prose('Please stop adding 5B to Llama 4 Maverick.'), 'total_params')).toEqual([]);
  });
  it('still reads the model size itself', () => {
    expect(of(prose('DeepSeek-V3 has 671 billion parameters.'), 'total_params')).toEqual([
      ['671 billion parameters', 'deepseek-v3', 'total_params', 671e9],
    ]);
    expect(isPartFigure('', 'model')).toBe(false);
    expect(isPartFigure('', 'vision encoder')).toBe(true);
  });
});

describe('aggregates and GPU-hour abbreviations', () => {
  it('declines a figure the writer sums over several models', () => {
    const c = prose(
      'Meta lists 5.0M GPU-hours for Llama 4 Scout and 2.38M for Llama 4 Maverick; the two numbers sum to 7.38M GPU-hours.',
    );
    expect(c.filter((x) => x.value === 7_380_000)).toEqual([]);
  });
  it('reads "GPU-hrs" as GPU hours', () => {
    expect(of(prose('DeepSeek-V3 was trained with 2.788M H800 GPU-hrs.'), 'training_gpu_hours')).toEqual([
      ['2.788M H800 GPU-hrs', 'deepseek-v3', 'training_gpu_hours', 2_788_000],
    ]);
    expect(of(prose('DeepSeek-V3 was trained with 2.788M H800 GPU-hrs.'), 'training_gpus')).toEqual([]);
  });
});

describe('training GPU counts in looser wording', () => {
  it('reads an adjective before "chips" and chips after GPU hours', () => {
    expect(
      of(prose('DeepSeek-V3 was trained on 14.8T tokens using 2,048 specialised chips.'), 'training_gpus'),
    ).toEqual([['2,048 specialised chips', 'deepseek-v3', 'training_gpus', 2048]]);
    expect(of(prose('DeepSeek-V3 needed 2.788 million H800 hours on 2,048 chips.'), 'training_gpus')).toEqual(
      [['2,048 chips', 'deepseek-v3', 'training_gpus', 2048]],
    );
  });
  it('reads a named GPU count right after a sentence about training, but not generic chips', () => {
    const t = 'We said DeepSeek-V3 was trained in a huge cluster. DeepSeek-V3 reports 2,048 H800s.';
    expect(of(prose(t), 'training_gpus')).toEqual([['2,048 H800s', 'deepseek-v3', 'training_gpus', 2048]]);
    const u = 'We said DeepSeek-V3 was trained in a huge cluster. DeepSeek-V3 ships on 2,048 chips.';
    expect(of(prose(u), 'training_gpus')).toEqual([]);
  });
});

describe('"(a vs b)" pairs after a comparison', () => {
  it('gives the second value to the compared model', () => {
    const c = prose(
      'Mistral Small 3.1 trails Gemini 2.0 Flash on GPQA Diamond (0.475 vs 0.641 in independent runs).',
    );
    expect(of(c, 'benchmark_score')).toEqual([
      ['0.475', 'mistral-small-3.1', 'benchmark_score', 0.475],
      ['0.641', 'gemini-2.0-flash', 'benchmark_score', 0.641],
    ]);
  });
});

describe('pointers that are not about the current model', () => {
  it('an indefinite vendor\'s "its model" is nobody in particular', () => {
    const c = prose(
      'DeepSeek-V3 is cheap. Benchmarks are murky too. When a startup says its model beats GPT-4o on MMLU, ask which GPT-4o.',
    );
    expect(c.filter((x) => x.metric === 'comparison')).toEqual([]);
    // a named subject before the pointer keeps the claim
    expect(prose('DeepSeek-V3, a company says, beats GPT-4o on MMLU.').map(comp)).toEqual([
      ['beats GPT-4o', 'deepseek-v3', 'beats', ['gpt-4o']],
    ]);
  });
  it('"There are ..." does not hand figures to the last model', () => {
    const c = prose(
      'DeepSeek-V3 is the cheapest here.\n\nThere are three dated versions, and MMLU figures run from 85.7 to 88.7.',
    );
    expect(c.filter((x) => x.metric === 'benchmark_score')).toEqual([]);
  });
  it('"the version" next to another named model does not point back to an earlier paragraph', () => {
    const c = prose(
      'DeepSeek-V3 is the cheapest here.\n\nLeaderboards are messy too, as the Llama 4 Maverick saga showed: the version entered on LMArena scored 1417.',
    );
    expect(c.filter((x) => x.model.id === 'deepseek-v3' && x.metric === 'arena_elo')).toEqual([]);
  });
  it('a condition label ("With 32k thinking tokens: 64.9%") is not a field of the last model', () => {
    const c = prose(
      'Gemini 2.0 Flash got 0.22 on that harness.\n\nAider Polyglot is my sanity check. With 32k thinking tokens: 64.9%.',
    );
    expect(c.filter((x) => x.value === 64.9)).toEqual([]);
    // a field name still reads as one
    expect(
      of(
        prose('Gemini 2.0 Flash got 0.22 on that harness.\n\nPrice: $0.10 per million input tokens.'),
        'price',
      ),
    ).toEqual([['$0.10 per million input tokens', 'gemini-2.0-flash', 'price', 0.1]]);
  });
});

describe('positional comparisons', () => {
  it('reads ", below X" and "way below X" after a figure', () => {
    const c = prose(
      'On LMArena Claude 3.7 Sonnet is at 1295, below DeepSeek-V3 at 1318 and way below Gemini 2.0 Flash.',
    );
    expect(c.filter((x) => x.metric === 'comparison').map(comp)).toEqual([
      ['below DeepSeek-V3', 'claude-3.7-sonnet', 'trails', ['deepseek-v3']],
      ['way below Gemini 2.0 Flash', 'claude-3.7-sonnet', 'trails', ['gemini-2.0-flash']],
    ]);
  });
  it('keeps a list going past a bracketed figure', () => {
    const c = prose('Gemini 2.0 Flash sits at 1354, above both Claude 3.7 Sonnet (1295) and GPT-4o mini.');
    expect(c.filter((x) => x.metric === 'comparison').map(comp)).toEqual([
      [
        'above both Claude 3.7 Sonnet (1295) and GPT-4o mini',
        'gemini-2.0-flash',
        'beats',
        ['claude-3.7-sonnet', 'gpt-4o-mini'],
      ],
    ]);
  });
  it('does not read "below" without a figure before it', () => {
    const c = prose('Claude 3.7 Sonnet, below DeepSeek-V3 in the list, is the next model we look at.');
    expect(c.filter((x) => x.metric === 'comparison')).toEqual([]);
  });
});

describe('names with the tier word moved ("Sonnet 3.7", "Flash 2.0")', () => {
  it('reads the swapped short form once the model is named in full', () => {
    const c = prose('Claude 3.7 Sonnet is out.\n\nOn Aider Polyglot, Sonnet 3.7 reaches 60.4%.');
    expect(of(c, 'benchmark_score')).toEqual([['60.4%', 'claude-3.7-sonnet', 'benchmark_score', 60.4]]);
    const d = prose('Gemini 2.0 Flash is cheap.\n\nFlash 2.0 costs $0.10 per million input tokens.');
    expect(of(d, 'price')).toEqual([['$0.10 per million input tokens', 'gemini-2.0-flash', 'price', 0.1]]);
  });
  it('does not read it before the full name has appeared', () => {
    expect(prose('On Aider Polyglot, Sonnet 3.7 reaches 60.4%.')).toEqual([]);
  });
});

describe('figures disowned for the model in context', () => {
  it('declines "the 400B figure is for a different model"', () => {
    expect(
      of(
        prose(
          'Claude 3.7 Sonnet is the subject here.\n\nThe 400B figure you keep seeing is for a different model.',
        ),
        'total_params',
      ),
    ).toEqual([]);
    expect(
      of(
        prose(
          'Claude 3.7 Sonnet is the subject here. The 400B figure you keep seeing belongs to another model.',
        ),
        'total_params',
      ),
    ).toEqual([]);
  });
  it('keeps a figure the sentence gives to a named model', () => {
    const c = prose('DeepSeek-V3 has 671B total parameters, unlike another model we tested.');
    expect(of(c, 'total_params')).toEqual([['671B total parameters', 'deepseek-v3', 'total_params', 671e9]]);
  });
});

describe('parameter counts with the unit given earlier', () => {
  it('reads "has N billion of them" after a sentence about parameters', () => {
    const c = prose('Parameters are the knobs a model learns. DeepSeek-V3 has 671 billion of them.');
    expect(of(c, 'total_params')).toEqual([['671 billion', 'deepseek-v3', 'total_params', 671e9]]);
    // without parameters in view, "of them" could be anything
    expect(of(prose('Users love it. DeepSeek-V3 has 3 billion of them.'), 'total_params')).toEqual([]);
  });
  it('reads "<model> has around two trillion" like "<model> has 671 billion"', () => {
    const c = prose('Parameter counts keep growing. Llama 4 Behemoth has around two trillion, Meta says.');
    expect(of(c, 'total_params')).toEqual([['two trillion', 'llama-4-behemoth', 'total_params', 2e12]]);
  });
});

describe("the model's training run in the next paragraph", () => {
  it('reads "The full training run took N GPU hours" as the model\'s', () => {
    const c = prose(
      'DeepSeek-V3 was trained on 14.8T tokens.\n\nThe full training run took 2.788 million H800 GPU hours.',
    );
    expect(of(c, 'training_gpu_hours')).toEqual([
      ['2.788 million H800 GPU hours', 'deepseek-v3', 'training_gpu_hours', 2_788_000],
    ]);
  });
  it('not when the sentence names a rival', () => {
    const c = prose(
      'DeepSeek-V3 was trained on 14.8T tokens.\n\nThe training run of GPT-4o took far longer.',
    );
    expect(of(c, 'training_gpu_hours')).toEqual([]);
  });
});

describe('infobox spec tables', () => {
  const html = (h: string) => {
    const { doc } = scanHtml(h);
    const claims = engine.findClaims(doc, { pageDate: '2025-05-02' });
    for (const c of claims) expect(doc.text.slice(c.start, c.end)).toBe(c.quote);
    return claims.map((c) => [c.quote, c.model.id, c.metric, c.value]);
  };
  const box = (rows: string) =>
    `<table class="infobox"><caption>DeepSeek-V3</caption><tbody>${rows}</tbody></table>`;
  it('gives a row naming a variant to that variant, and splits licences and the active share', () => {
    const got = html(
      box(
        '<tr><th>Developer</th><td>DeepSeek</td></tr>' +
          '<tr><th>Latest release</th><td>DeepSeek-V3-0324 (24 March 2025)</td></tr>' +
          '<tr><th>Parameters</th><td>671 billion (37 billion active)</td></tr>' +
          '<tr><th>Licence</th><td>MIT (code), DeepSeek License (weights)</td></tr>',
      ),
    );
    expect(got).toEqual([
      ['24 March 2025', 'deepseek-v3-0324', 'release_date', null],
      ['671 billion', 'deepseek-v3', 'total_params', 671e9],
      ['37 billion active', 'deepseek-v3', 'active_params', 37e9],
      ['MIT', 'deepseek-v3', 'license', null],
      ['DeepSeek License', 'deepseek-v3', 'license', null],
    ]);
  });
  it('is no spec sheet when several value cells name models', () => {
    const got = html(
      box(
        '<tr><th>Parameters</th><td>671B</td></tr>' +
          '<tr><th>Successor</th><td>DeepSeek-V3-0324</td></tr>' +
          '<tr><th>Rival</th><td>GPT-4o</td></tr>',
      ),
    );
    expect(got.filter((c) => c[2] === 'total_params' && c[1] === 'deepseek-v3-0324')).toEqual([]);
  });
});

describe('"for that snapshot" after a figure', () => {
  it('gives the figure to the model the sentence just mentioned', () => {
    const c = prose(
      "DeepSeek-V3 leads on MMLU; it also beats GPT-4o on MATH-500 if you take OpenAI's own figure of 74.6 for that model.",
    );
    expect(c.filter((x) => x.value === 74.6).map(brief)).toEqual([
      ['74.6', 'gpt-4o', 'benchmark_score', 74.6],
    ]);
  });
  it('says nothing when no model was mentioned before it', () => {
    const c = prose('DeepSeek-V3 is here.\n\nOn MATH-500 the vendor printed 74.6 for that snapshot.');
    expect(c.filter((x) => x.value === 74.6)).toEqual([]);
  });
});
