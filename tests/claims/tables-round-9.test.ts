import { describe, expect, it } from 'vitest';
import { claimRowsOfArticle, table } from './article-pages';

const scan = claimRowsOfArticle;

describe('bare Input / Output columns under a caption about prices per million tokens', () => {
  it('reads each currency cell as a price', () => {
    const claims = scan(
      table(
        'Per-token pricing per 1M tokens and context length (USD)',
        ['Model', 'Input', 'Output', 'Context'],
        [
          ['Claude 3.7 Sonnet', '$3.00', '$15.00', '200K'],
          ['Gemini 2.0 Flash', '$0.10', '$0.40', '1M'],
        ],
      ),
    );
    expect(claims.filter((c) => c[1] === 'price').map((c) => [c[0], c[2]])).toEqual([
      ['claude-3.7-sonnet', 3],
      ['claude-3.7-sonnet', 15],
      ['gemini-2.0-flash', 0.1],
      ['gemini-2.0-flash', 0.4],
    ]);
    expect(claims.filter((c) => c[1] === 'context_window').length).toBe(2);
  });

  it('leaves them alone when the caption names no price per million tokens', () => {
    const claims = scan(
      table(
        'Tokens processed last month',
        ['Model', 'Input', 'Output'],
        [['Claude 3.7 Sonnet', '$3.00', '$15.00']],
      ),
    );
    expect(claims.filter((c) => c[1] === 'price')).toEqual([]);
  });
});

describe("a caption's benchmark", () => {
  const head = ['Model', 'GPQA Diamond (vendor)', 'Win rate (ours)', 'Median latency'];
  const rows = [
    ['Llama 4 Scout', '57.2', '48%', '300 ms'],
    ['Gemini 2.0 Flash', '60.1', '52%', '250 ms'],
  ];

  it('is not imposed on a column that names its own measure', () => {
    const claims = scan(
      table('GPQA Diamond as reported by each vendor; win rate from our own panel', head, rows),
    );
    expect(claims.map((c) => [c[0], c[2], c[4]])).toEqual([
      ['llama-4-scout', 57.2, 'GPQA Diamond'],
      ['gemini-2.0-flash', 60.1, 'GPQA Diamond'],
    ]);
  });

  it('still fills a bare score column when no header names a benchmark', () => {
    const claims = scan(table('Results on MMLU-Pro', ['Model', 'Score'], [['Llama 4 Scout', '74.1']]));
    expect(claims.map((c) => [c[0], c[2], c[4]])).toEqual([['llama-4-scout', 74.1, 'MMLU-Pro']]);
  });
});

describe('licence cells', () => {
  it('reads each licence of a combined cell without its qualifier', () => {
    const claims = scan(
      table('', ['Model', 'Licence'], [['DeepSeek-V3', 'MIT (code) + DeepSeek Model License (weights)']]),
    );
    expect(claims.map((c) => [c[1], c[3]])).toEqual([
      ['license', 'MIT'],
      ['license', 'DeepSeek Model License'],
    ]);
  });

  it('keeps a bracket with a comma inside as one licence', () => {
    const claims = scan(
      table(
        '',
        ['Model', 'Licence'],
        [['Llama 4 Scout', 'Llama 4 Community License (custom, commercial use)']],
      ),
    );
    expect(claims.map((c) => c[3])).toEqual(['Llama 4 Community License (custom, commercial use)']);
  });

  it('reports no licence for an undisclosed one', () => {
    const claims = scan(
      table('', ['Model', 'Licence', 'Context'], [['Gemini 2.0 Flash', 'Not disclosed', '1M']]),
    );
    expect(claims.map((c) => c[1])).toEqual(['context_window']);
  });
});

describe('field lines: the label before the colon picks total vs active', () => {
  it('reads "Active parameters: 17B" in list items and <br> lines as active', () => {
    const claims = scan(
      '<p>Meta shipped Llama 4.</p><ul><li>Llama 4 Scout</li><li>Active parameters: 17B</li><li>Total parameters: 109B</li></ul>' +
        '<p>Llama 4 Maverick<br>Active parameters: 17B<br>Total parameters: 400B</p>',
    );
    expect(claims.map((c) => [c[0], c[1], c[2]])).toEqual([
      ['llama-4-scout', 'active_params', 17e9],
      ['llama-4-scout', 'total_params', 109e9],
      ['llama-4-maverick', 'active_params', 17e9],
      ['llama-4-maverick', 'total_params', 400e9],
    ]);
  });

  it('reads several fields in one sentence run after the model name', () => {
    const claims = scan(
      '<p>Meta shipped Llama 4.</p><p>Llama 4 Maverick. Active parameters: 17 billion. Total: 400 billion.</p>',
    );
    expect(claims.map((c) => [c[0], c[1], c[2], c[3]])).toEqual([
      ['llama-4-maverick', 'active_params', 17e9, '17 billion'],
      ['llama-4-maverick', 'total_params', 400e9, '400 billion'],
    ]);
  });

  it('leaves a generic label to the figures\u2019 own words', () => {
    const claims = scan(
      '<p>Meta shipped Llama 4.</p><ul><li>Llama 4 Maverick</li><li>Parameters: 400B in total and 17B active</li></ul>',
    );
    expect(claims.map((c) => [c[1], c[2]])).toEqual([
      ['total_params', 400e9],
      ['active_params', 17e9],
    ]);
  });
});

describe('header words that scale, and headers that name no model claim', () => {
  it('scales bare numbers by a unit with its noun: "(K tokens)", "(billions of parameters)"', () => {
    const claims = scan(
      table(
        '',
        ['Model', 'Total (billions of parameters)', 'Context (K tokens)'],
        [['DeepSeek-V3', '671', '128']],
      ),
    );
    expect(claims.map((c) => [c[1], c[2]])).toEqual([
      ['total_params', 671e9],
      ['context_window', 128e3],
    ]);
  });

  it('reads no release date from a knowledge-cutoff column, no training GPUs from inference GPUs', () => {
    const claims = scan(
      table(
        '',
        ['Model', 'Knowledge cutoff date', 'GPUs needed for inference', 'Release date'],
        [['Claude 3.7 Sonnet', 'Nov 1, 2024', '8', 'Feb 24, 2025']],
      ),
    );
    expect(claims.map((c) => [c[1], c[3]])).toEqual([['release_date', 'Feb 24, 2025']]);
  });

  it('reads bare numbers as prices under a caption in USD per million tokens, not under a spend caption', () => {
    const head = ['Model', 'Prompt', 'Completion'];
    const rows = [['GPT-4o', '2.50', '10.00']];
    expect(scan(table('Pricing (USD per million tokens)', head, rows)).map((c) => [c[1], c[2]])).toEqual([
      ['price', 2.5],
      ['price', 10],
    ]);
    expect(scan(table('Monthly spend (USD) at list prices per million tokens', head, rows))).toEqual([]);
  });
});

describe('cells and headers on several lines or with two named figures', () => {
  it('splits "17B (Activated) 109B (Total)" on one line into active and total', () => {
    const claims = scan(table('', ['Model', 'Params'], [['Llama 4 Scout', '17B (Activated) 109B (Total)']]));
    expect(claims.map((c) => [c[1], c[2]])).toEqual([
      ['active_params', 17e9],
      ['total_params', 109e9],
    ]);
  });

  it('reads a header or model name broken by <br> as one name', () => {
    const claims = scan(
      '<p>Meta released Llama 4.</p>' +
        table('', ['Benchmark', 'Llama 4<br>Maverick', 'GPQA<br>Diamond'], []) +
        table('', ['Model', 'GPQA<br>Diamond'], [['Gemini 2.0<br>Flash', '60.1']]),
    );
    expect(claims.map((c) => [c[0], c[2], c[4]])).toEqual([['gemini-2.0-flash', 60.1, 'GPQA Diamond']]);
  });

  it("fills a caption's benchmark into a generic rate column", () => {
    const claims = scan(
      table(
        'SWE-bench Verified resolve rate (%)',
        ['Model', 'Resolve rate', 'Cost per task'],
        [['Claude 3.7 Sonnet', '62.3', '$0.35']],
      ),
    );
    expect(claims.map((c) => [c[1], c[2], c[4]])).toEqual([['benchmark_score', 62.3, 'SWE-bench Verified']]);
  });
});

describe('price cells', () => {
  it('splits two prices with input / output words or per-million units', () => {
    const claims = scan(
      table(
        '',
        ['Model', 'Price (input / output, per 1M tokens)'],
        [
          ['GPT-4o', '$2.50 in / $10 out'],
          ['Claude 3.7 Sonnet', '$3/M input, $15/M output'],
        ],
      ),
    );
    expect(claims.map((c) => [c[0], c[3]])).toEqual([
      ['gpt-4o', '$2.50'],
      ['gpt-4o', '$10'],
      ['claude-3.7-sonnet', '$3'],
      ['claude-3.7-sonnet', '$15'],
    ]);
  });

  it('reads "$0.15 / 1M" as one price, not a second figure', () => {
    const claims = scan(table('', ['Model', 'Input price'], [['GPT-4o mini', '$0.15 / 1M']]));
    expect(claims.map((c) => [c[1], c[2], c[3]])).toEqual([['price', 0.15, '$0.15']]);
  });
});

describe('spec lists', () => {
  it('reads "Training tokens: ~22T" as training tokens, not parameters', () => {
    const claims = scan(
      '<h1>Llama 4 Maverick</h1><p>Meta released Llama 4 Maverick.</p><ul><li><strong>Training tokens:</strong> ~22T</li></ul>',
    );
    expect(claims.map((c) => [c[1], c[2]])).toEqual([['training_tokens', 22e12]]);
  });

  it('keeps a figure whose own words name its count ("GPU hours") under another label', () => {
    const claims = scan(
      '<h1>Llama 4 Scout</h1><p>Meta released Llama 4 Scout.</p><ul><li><strong>Training compute:</strong> 5.0M H100 GPU hours</li></ul>',
    );
    expect(claims.map((c) => c[1])).not.toContain('training_compute');
  });

  it('gives the fields after a "Model" field to that model, not to the section', () => {
    const claims = scan(
      '<p>Meta released Llama 4 Scout.</p><h2>Scout</h2><p>Llama 4 Scout is small.</p>' +
        '<dl><dt>Model</dt><dd>Gemma 3 27B</dd><dt>Parameters</dt><dd>27 billion</dd></dl>',
    );
    expect(claims.map((c) => [c[0], c[1], c[2]])).toEqual([['gemma-3-27b', 'total_params', 27e9]]);
  });

  it('reads no field from a clause before a colon', () => {
    const claims = scan(
      '<p>Meta released Llama 4 Scout.</p><p>Llama 4 Scout. For context on scale: 4.1e24 FLOP.</p>',
    );
    expect(claims.map((c) => c[1])).not.toContain('context_window');
  });
});

describe('bare numbers under a price caption', () => {
  it('reads no price from a token limit', () => {
    const claims = scan(
      table(
        'Pricing (USD per million tokens) and limits',
        ['Model', 'Input', 'Output'],
        [['GPT-4o', '2.50', '16,384']],
      ),
    );
    expect(claims.map((c) => [c[1], c[2]])).toEqual([['price', 2.5]]);
  });
});
