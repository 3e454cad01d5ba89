import { describe, expect, it } from 'vitest';
import { claimsOfArticle, row, table } from './article-pages';

const scan = (html: string) =>
  claimsOfArticle(html).map((c) => [c.model.id, c.metric, c.value ?? c.valueText ?? null, c.quote] as const);

describe('vendor "models overview" tables', () => {
  const html = table(
    '',
    ['Model', 'Context window', 'Max output tokens', 'Input price', 'Output price', 'Knowledge cutoff'],
    [
      ['Claude 3.7 Sonnet', '200K', '64K', '$3 / MTok', '$15 / MTok', 'Oct 2024'],
      ['GPT-4o', '128,000 tokens', '16,384 tokens', '$2.50', '$10.00', 'Oct 2023'],
    ],
  );

  it('reads windows and prices, never the output cap or the cutoff', () => {
    expect(scan(html).map((c) => [c[0], c[1], c[2]])).toEqual([
      ['claude-3.7-sonnet', 'context_window', 200000],
      ['claude-3.7-sonnet', 'price', 3],
      ['claude-3.7-sonnet', 'price', 15],
      ['gpt-4o', 'context_window', 128000],
      ['gpt-4o', 'price', 2.5],
      ['gpt-4o', 'price', 10],
    ]);
  });

  it('does not take a max-output cell ("64K") for the setting of the row', () => {
    expect(claimsOfArticle(html).filter((c) => c.setting)).toEqual([]);
  });

  it('reads a bare "Price" column whose cells say per 1M tokens, two prices to a cell', () => {
    const claims = scan(table('', ['Model', 'Price'], [['Claude 3.7 Sonnet', '$3 / $15 per 1M tokens']]));
    expect(claims.map((c) => [c[1], c[2], c[3]])).toEqual([
      ['price', 3, '$3'],
      ['price', 15, '$15'],
    ]);
  });

  it('reads no rate-limit columns', () => {
    const claims = scan(
      table(
        'Rate limits',
        ['Model', 'RPM', 'TPM', 'Requests per day', 'Context'],
        [
          ['GPT-4o', '500', '30,000', '10,000', '128K'],
          ['GPT-4o mini', '500', '200,000', '10,000', '128K'],
        ],
      ),
    );
    expect(claims.map((c) => [c[0], c[1], c[2]])).toEqual([
      ['gpt-4o', 'context_window', 128000],
      ['gpt-4o-mini', 'context_window', 128000],
    ]);
  });
});

describe('spec sheets and infoboxes (two columns)', () => {
  it('splits "API price (input / output)" into two prices', () => {
    const claims = scan(
      '<h2>Mistral Small 3.1 at a glance</h2>' +
        table(
          '',
          ['Spec', 'Value'],
          [
            ['Parameters', '24B'],
            ['API price (input / output)', '$0.10 / $0.30 per 1M tokens'],
            ['Knowledge cutoff', 'October 2023'],
            ['VRAM (FP16)', '55 GB'],
            ['Throughput', '150 tokens/s'],
          ],
        ),
    );
    expect(claims.map((c) => [c[1], c[2]])).toEqual([
      ['total_params', 24e9],
      ['price', 0.1],
      ['price', 0.3],
    ]);
  });

  it('takes the model from an infobox title row spanning both columns', () => {
    const claims = scan(
      '<table class="infobox"><tr><th colspan="2">Llama 4 Maverick</th></tr>' +
        row(['Developer', 'Meta AI']) +
        row(['Initial release', 'April 5, 2025']) +
        row(['Parameters', '400B total (17B active)']) +
        row(['Context length', '1M tokens']) +
        row(['Training data cutoff', 'August 2024']) +
        '</table>',
    );
    expect(claims.map((c) => [c[0], c[1], c[2]])).toEqual([
      ['llama-4-maverick', 'release_date', '2025-04-05'],
      ['llama-4-maverick', 'total_params', 400e9],
      ['llama-4-maverick', 'active_params', 17e9],
      ['llama-4-maverick', 'context_window', 1e6],
    ]);
  });

  it('reads nothing from a title row that names no model', () => {
    const claims = scan(
      '<table><tr><th colspan="2">Our test rig</th></tr>' +
        row(['Memory', '36 GB']) +
        row(['Context length', '32K tokens']) +
        row(['Release date', 'Nov 2023']) +
        '</table>',
    );
    expect(claims).toEqual([]);
  });
});

describe('paper results tables', () => {
  it('reads scores with footnote daggers, asterisks, superscripts and bold; skips dashes and n/a', () => {
    const html =
      '<table><thead><tr><th rowspan="2">Model</th><th colspan="2">Knowledge</th><th>Reasoning</th></tr>' +
      row(['MMLU (5-shot)', 'MMLU-Pro', 'GPQA Diamond'], 'th') +
      '</thead><tbody>' +
      row(['Llama 4 Maverick', '<b>85.5</b>', '80.5\u2020', '69.8*']) +
      row(['GPT-4o', '85.7', 'n/a', '53.6\u2021']) +
      row(['DeepSeek-V3', '88.5', '75.9<sup>1</sup>', '\u2014']) +
      '</tbody></table>';
    const claims = claimsOfArticle(html);
    expect(claims.map((c) => [c.model.id, c.benchmark, c.value, c.setting ?? null])).toEqual([
      ['llama-4-maverick', 'MMLU', 85.5, '5-shot'],
      ['llama-4-maverick', 'MMLU-Pro', 80.5, null],
      ['llama-4-maverick', 'GPQA Diamond', 69.8, null],
      ['gpt-4o', 'MMLU', 85.7, '5-shot'],
      ['gpt-4o', 'GPQA Diamond', 53.6, null],
      ['deepseek-v3', 'MMLU', 88.5, '5-shot'],
      ['deepseek-v3', 'MMLU-Pro', 75.9, null],
    ]);
    expect(claims.every((c) => /^[\d.]+$/.test(c.quote))).toBe(true);
  });
});

describe('comparison-site "X vs Y" tables', () => {
  it('reads the spec rows, not speed, output cap, cutoff, rank, votes or VRAM', () => {
    const claims = scan(
      table(
        '',
        ['Attribute', 'Llama 4 Maverick', 'DeepSeek-V3'],
        [
          ['Total parameters', '400B', '671B'],
          ['Max output tokens', '8K', '8K'],
          ['Knowledge cutoff', 'August 2024', 'July 2024'],
          ['Output speed (tokens/s)', '120', '60'],
          ['Rate limit (RPM)', '1,000', '500'],
          ['VRAM (FP8)', '400 GB', '700 GB'],
          ['Arena rank', '#2', '#7'],
          ['Votes', '12,000', '15,000'],
          ['LMArena Elo', '1417', '1318'],
        ],
      ),
    );
    expect(claims.map((c) => [c[0], c[1], c[2]])).toEqual([
      ['llama-4-maverick', 'total_params', 400e9],
      ['deepseek-v3', 'total_params', 671e9],
      ['llama-4-maverick', 'arena_elo', 1417],
      ['deepseek-v3', 'arena_elo', 1318],
    ]);
  });
});

describe('hardware and quantisation tables', () => {
  it('reads no VRAM, tokens/s or tested context length', () => {
    const claims = scan(
      table(
        'Local inference on one 24 GB card',
        ['Model', 'Quant', 'VRAM (GB)', 'Tokens/s', 'Context'],
        [
          ['Mistral Small 3.1', 'Q4_K_M', '16', '31', '32K'],
          ['Gemma 3 27B', 'Q4_K_M', '18', '25', '8K'],
        ],
      ),
    );
    expect(claims).toEqual([]);
  });

  it('still reads a context window column named as one next to memory figures', () => {
    const claims = scan(
      table(
        '',
        ['Model', 'Max context window', 'Memory (BF16)'],
        [
          ['Llama 4 Scout', '10M', '218 GB'],
          ['Mistral Small 3.1', '128K', '55 GB'],
        ],
      ),
    );
    expect(claims.map((c) => [c[0], c[1], c[2]])).toEqual([
      ['llama-4-scout', 'context_window', 10e6],
      ['mistral-small-3.1', 'context_window', 128000],
    ]);
  });
});

describe('leaderboards and their changelogs', () => {
  it('reads the score only: no rank, delta, CI or votes', () => {
    const claims = scan(
      table(
        '',
        ['Rank', '\u0394', 'Model', 'Arena Score', '95% CI', 'Votes'],
        [
          ['1', '+2', 'Gemini 2.0 Flash', '1380', '+5/-4', '12,345'],
          ['2', '-1', 'GPT-4o', '1365', '\u00b15', '23,456'],
          ['3', '+12', 'DeepSeek-V3', '1318', '+4/-5', '9,876'],
        ],
      ),
    );
    expect(claims.map((c) => [c[0], c[1], c[2]])).toEqual([
      ['gemini-2.0-flash', 'arena_elo', 1380],
      ['gpt-4o', 'arena_elo', 1365],
      ['deepseek-v3', 'arena_elo', 1318],
    ]);
  });

  it('reads nothing from a rank-change table', () => {
    const claims = scan(
      table(
        'Leaderboard changes this week',
        ['Model', 'Old rank', 'New rank', 'Change', 'Votes added'],
        [
          ['DeepSeek-V3', '12', '7', '+5', '3,200'],
          ['GPT-4o', '3', '4', '-1', '5,100'],
        ],
      ),
    );
    expect(claims).toEqual([]);
  });
});

describe('a bracket after a cell value', () => {
  it('is the setting of a score ("88.7 (5-shot)"), never a second score', () => {
    const claims = claimsOfArticle(
      table(
        '',
        ['Model', 'MMLU'],
        [
          ['GPT-4o', '88.7 (5-shot)'],
          ['DeepSeek-V3', '88.5'],
        ],
      ),
    );
    expect(claims.map((c) => [c.model.id, c.value, c.setting ?? null])).toEqual([
      ['gpt-4o', 88.7, '5-shot'],
      ['deepseek-v3', 88.5, null],
    ]);
  });

  it('is an output cap after a context window ("128K (16K output)"), not a second window', () => {
    const claims = scan(
      table(
        '',
        ['Model', 'Context (tokens)'],
        [
          ['GPT-4o', '128K (16K output)'],
          ['Claude 3.7 Sonnet', '200K'],
        ],
      ),
    );
    expect(claims.map((c) => [c[0], c[1], c[2]])).toEqual([
      ['gpt-4o', 'context_window', 128000],
      ['claude-3.7-sonnet', 'context_window', 200000],
    ]);
  });

  it('still splits "400B (17B active)" into total and active', () => {
    const claims = scan(
      table(
        '',
        ['Model', 'Parameters'],
        [
          ['Llama 4 Maverick', '400B (17B active)'],
          ['DeepSeek-V3', '671B (37B activated)'],
        ],
      ),
    );
    expect(claims.map((c) => [c[0], c[1], c[2]])).toEqual([
      ['llama-4-maverick', 'total_params', 400e9],
      ['llama-4-maverick', 'active_params', 17e9],
      ['deepseek-v3', 'total_params', 671e9],
      ['deepseek-v3', 'active_params', 37e9],
    ]);
  });
});

describe("a pricing page's tier table under a heading naming one model", () => {
  it('reads the paid-tier list prices, not "Free of charge"', () => {
    const claims = scan(
      '<h3>Gemini 2.0 Flash</h3>' +
        table(
          '',
          ['', 'Free tier', 'Paid tier, per 1M tokens in USD'],
          [
            ['Input price', 'Free of charge', '$0.10 (text / image / video)'],
            ['Output price', 'Free of charge', '$0.40'],
            ['Requests per minute', '15', '2,000'],
          ],
        ),
    );
    expect(claims.map((c) => [c[0], c[1], c[2], c[3]])).toEqual([
      ['gemini-2.0-flash', 'price', 0.1, '$0.10'],
      ['gemini-2.0-flash', 'price', 0.4, '$0.40'],
    ]);
  });

  it('reads no spend table under such a heading', () => {
    const claims = scan(
      '<h3>Gemini 2.0 Flash</h3>' +
        table(
          'Our monthly bill, per 1M tokens',
          ['', 'January', 'February'],
          [
            ['Input price', '$12.10', '$14.00'],
            ['Output price', '$30.00', '$41.50'],
          ],
        ),
    );
    expect(claims).toEqual([]);
  });
});

describe('dates and lengths that belong to a test run', () => {
  const rows = [
    ['GPT-4o', 'May 13, 2024', '32,000'],
    ['DeepSeek-V3', 'Dec 26, 2024', '64,000'],
  ];

  it('reads no "Date added" / "Test date" column as a release date', () => {
    for (const h of ['Date added', 'Test date', 'Evaluated on', 'Submission date'])
      expect(
        scan(
          table(
            '',
            ['Model', h],
            rows.map((r) => r.slice(0, 2)),
          ),
        ),
      ).toEqual([]);
  });

  it('reads no "Context used" / "Max context tested" column as a window', () => {
    for (const h of ['Context used', 'Max context tested'])
      expect(
        scan(
          table(
            '',
            ['Model', h],
            rows.map((r) => [r[0], r[2]]),
          ),
        ),
      ).toEqual([]);
  });

  it('still reads "Release date" and "Context window" columns', () => {
    const claims = scan(table('', ['Model', 'Release date', 'Context window'], rows));
    expect(claims.map((c) => [c[0], c[1], c[2]])).toEqual([
      ['gpt-4o', 'release_date', '2024-05-13'],
      ['gpt-4o', 'context_window', 32000],
      ['deepseek-v3', 'release_date', '2024-12-26'],
      ['deepseek-v3', 'context_window', 64000],
    ]);
  });
});

describe('group rows across a models-in-columns overview', () => {
  const overview = (group: string) =>
    '<table><thead><tr><th></th><th>GPT-4o</th><th>GPT-4o mini</th></tr></thead><tbody>' +
    `<tr><td colspan="3">${group}</td></tr>` +
    row(['Input', '$2.50', '$0.15']) +
    row(['Output', '$10.00', '$0.60']) +
    '<tr><td colspan="3">Limits</td></tr>' +
    row(['Context window', '128,000', '128,000']) +
    row(['Max output', '16,384', '16,384']) +
    '</tbody></table>';

  it('a "Pricing (per 1M tokens)" group makes its bare Input / Output rows prices', () => {
    expect(scan(overview('Pricing (per 1M tokens)')).map((c) => [c[0], c[1], c[2]])).toEqual([
      ['gpt-4o', 'price', 2.5],
      ['gpt-4o-mini', 'price', 0.15],
      ['gpt-4o', 'price', 10],
      ['gpt-4o-mini', 'price', 0.6],
      ['gpt-4o', 'context_window', 128000],
      ['gpt-4o-mini', 'context_window', 128000],
    ]);
  });

  it('a group about spend does not', () => {
    expect(scan(overview('Our spend last month')).map((c) => c[1])).toEqual([
      'context_window',
      'context_window',
    ]);
  });
});
