import { describe, expect, it } from 'vitest';
import { slashHeaderSides, slashPairSides } from '@/lib/claims/table-slash-pairs';
import { claimRowsOfArticle, table } from './article-pages';

const scan = claimRowsOfArticle;

describe('discounted price tiers', () => {
  it('reads Input and Output rows but not a Cached input row', () => {
    const claims = scan(
      table(
        'List prices per million tokens (USD)',
        ['', 'GPT-4o', 'GPT-4.5'],
        [
          ['Input', '$2.50', '$75.00'],
          ['Cached input', '$1.25', '$37.50'],
          ['Output', '$10.00', '$150.00'],
        ],
      ),
    );
    expect(claims.filter((c) => c[1] === 'price').map((c) => c[2])).toEqual([2.5, 75, 10, 150]);
  });

  it('skips a Batch column beside the list-price columns', () => {
    const claims = scan(
      table(
        'Prices per million tokens, in US dollars',
        ['Model', 'Input', 'Output', 'Batch input'],
        [['Gemini 2.0 Flash', '0.10', '0.40', '0.05']],
      ),
    );
    expect(claims.filter((c) => c[1] === 'price').map((c) => c[2])).toEqual([0.1, 0.4]);
  });
});

describe('a caption naming US dollars', () => {
  it('makes bare figures in Input / Output columns prices', () => {
    const claims = scan(
      table(
        'Developer prices, US dollars per million tokens',
        ['Model', 'Input', 'Output'],
        [
          ['GPT-4o mini', '0.15', '0.60'],
          ['Gemini 2.0 Flash', '0.10', '0.40'],
        ],
      ),
    );
    expect(claims.filter((c) => c[1] === 'price').map((c) => [c[0], c[2]])).toEqual([
      ['gpt-4o-mini', 0.15],
      ['gpt-4o-mini', 0.6],
      ['gemini-2.0-flash', 0.1],
      ['gemini-2.0-flash', 0.4],
    ]);
  });
});

describe('a run table (VRAM, tokens/s)', () => {
  const rows = [
    ['Mistral Small 3.1', 'Q4_K_M', '20 GB', '40', '128K'],
    ['Llama 4 Scout', 'IQ2_XXS', '24 GB', '5', '10M'],
  ];
  it('reads an advertised context column as the models’ windows', () => {
    const claims = scan(table('', ['Model', 'Quant', 'VRAM', 'Tokens/s', 'Advertised context'], rows));
    expect(claims.filter((c) => c[1] === 'context_window').map((c) => [c[0], c[2]])).toEqual([
      ['mistral-small-3.1', 128000],
      ['llama-4-scout', 10000000],
    ]);
  });
  it('still reads a bare context column as the length each run used', () => {
    const claims = scan(table('', ['Model', 'Quant', 'VRAM', 'Tokens/s', 'Context'], rows));
    expect(claims.filter((c) => c[1] === 'context_window')).toEqual([]);
  });
});

describe('two figures split at a slash', () => {
  it('pairs the sides with a header naming two benchmarks', () => {
    const claims = scan(
      table('', ['Model', 'MMLU', 'MathVista / MMMU'], [['GPT-4o mini', '82.0', '56.7 / 59.4']]),
    );
    expect(claims.map((c) => [c[4], c[2]])).toEqual([
      ['MMLU', 82],
      ['MathVista', 56.7],
      ['MMMU', 59.4],
    ]);
  });

  it('pairs the sides with a model header naming two modes in brackets', () => {
    const claims = scan(
      table(
        '',
        ['Benchmark', 'Claude 3.7 Sonnet (standard / thinking)', 'GPT-4o'],
        [['AIME 2024', '20.0 / 61.3', '9.3']],
      ),
    );
    expect(claims.map((c) => [c[0], c[2]])).toEqual([
      ['claude-3.7-sonnet', 20],
      ['claude-3.7-sonnet-thinking', 61.3],
      ['gpt-4o', 9.3],
    ]);
  });

  it('leaves a pair unread when the header does not say which side is which', () => {
    const claims = scan(table('', ['Model', 'MMLU'], [['GPT-4o mini', '82.0 / 80.1']]));
    expect(claims.filter((c) => c[2] === 80.1)).toEqual([]);
  });

  it('splits cells and headers at one slash only', () => {
    expect(slashPairSides('62.3 / —')).toEqual([
      [0, 4],
      [7, 8],
    ]);
    expect(slashPairSides('— / —')).toBeNull();
    expect(slashPairSides('1 / 2 / 3')).toBeNull();
    expect(slashPairSides('$3 / $15')).toBeNull();
    expect(slashHeaderSides('Model X (base / chat)', true)).toEqual(['base', 'chat']);
    expect(slashHeaderSides('Model X', true)).toBeNull();
  });
});

describe('header names with a glued checkpoint suffix', () => {
  it('reads "Llama-3.1 405B-Inst." as the 405B model', () => {
    const claims = scan(
      table('', ['Benchmark', 'DeepSeek-V3', 'Llama-3.1 405B-Inst.'], [['MMLU', '88.5', '88.6']]),
    );
    expect(claims.map((c) => [c[0], c[2]])).toEqual([
      ['deepseek-v3', 88.5],
      ['llama-3.1-405b', 88.6],
    ]);
  });
});

describe('long-format tables: a metric column beside the model column', () => {
  it("labels each row's value columns with the row's benchmark or metric", () => {
    const claims = scan(
      table(
        '',
        ['Metric', 'Model', 'Vendor figure', 'Third-party figure', 'Source'],
        [
          ['GPQA Diamond', 'Llama 4 Scout', '57.2', '51.8', 'Lab X'],
          ['MMLU-Pro', 'Llama 4 Scout', '74.3', '—', 'Lab Y'],
          ['Context window', 'Llama 4 Scout', '10M', '—', 'Model card'],
        ],
      ),
    );
    expect(claims.map((c) => [c[1], c[4], c[2]])).toEqual([
      ['benchmark_score', 'GPQA Diamond', 57.2],
      ['benchmark_score', 'GPQA Diamond', 51.8],
      ['benchmark_score', 'MMLU-Pro', 74.3],
      ['context_window', null, 10000000],
    ]);
  });
});

describe('a model cell redirecting an alias', () => {
  it('reads "(→ target)" as the model the row describes', () => {
    const claims = scan(
      table(
        '',
        ['Model ID', 'Context', 'Input $/1M'],
        [
          ['deepseek-v3 (→ DeepSeek-V3-0324)', '128,000', '0.27'],
          ['gpt-4o-mini', '128,000', '0.15'],
        ],
      ),
    );
    expect(claims.map((c) => [c[0], c[1], c[2]])).toEqual([
      ['deepseek-v3-0324', 'context_window', 128000],
      ['deepseek-v3-0324', 'price', 0.27],
      ['gpt-4o-mini', 'context_window', 128000],
      ['gpt-4o-mini', 'price', 0.15],
    ]);
  });
});

describe('a context cell whose footnote calls it a serving limit', () => {
  const catalogue = (note: string) =>
    table(
      'Hosted models, prices in USD per million tokens',
      ['Model', 'Input', 'Output', 'Context'],
      [
        ['Llama 4 Scout', '$0.11', '$0.34', '256K*'],
        ['Mistral Small 3.1', '$0.10', '$0.30', '128K'],
      ],
    ) + `<p>${note}</p>`;
  it('skips the capped window, keeps the others', () => {
    const claims = scan(catalogue('* Capped on our hardware; the model supports a longer context.'));
    expect(claims.filter((c) => c[1] === 'context_window').map((c) => c[0])).toEqual(['mistral-small-3.1']);
  });
  it('keeps a marked window whose note says something else', () => {
    const claims = scan(catalogue('* Figure from the model card.'));
    expect(claims.filter((c) => c[1] === 'context_window').map((c) => c[0])).toEqual([
      'llama-4-scout',
      'mistral-small-3.1',
    ]);
  });
});
