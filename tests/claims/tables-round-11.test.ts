import { describe, expect, it } from 'vitest';
import { claimsOfArticle, table } from './article-pages';

const tableClaims = (html: string) =>
  claimsOfArticle(html)
    .filter((c) => c.context === 'table')
    .map((c) => [c.model.id, c.metric, c.value ?? c.valueText ?? null, c.quote] as const);

describe('columns that hold no claim', () => {
  it('skips per-minute limits even when the caption names context windows', () => {
    const html = table(
      'Windows, prices and rate limits of the Pro tier',
      ['Model', 'Context', 'Requests/min', 'Tokens per minute'],
      [
        ['GPT-4o', '128K', '500', '300,000'],
        ['DeepSeek-V3', '64K', '2,000', '4,000,000'],
      ],
    );
    expect(tableClaims(html).map((c) => [c[0], c[1], c[2]])).toEqual([
      ['gpt-4o', 'context_window', 128000],
      ['deepseek-v3', 'context_window', 64000],
    ]);
  });

  it('skips a standard-deviation or standard-error column under a benchmark caption', () => {
    const html = table(
      'MMLU-Pro accuracy over five runs',
      ['Model', 'Mean', 'Std. dev.', 'SEM'],
      [
        ['GPT-4o', '0.726', '0.014', '0.006'],
        ['DeepSeek-V3', '0.754', '0.011', '0.005'],
      ],
    );
    const claims = tableClaims(html);
    expect(claims.map((c) => c[3])).toEqual(['0.726', '0.754']);
    expect(claims.every((c) => c[1] === 'benchmark_score')).toBe(true);
  });
});

describe('leaderboard rating columns', () => {
  const board = table(
    'Top of the board this week',
    ['Rank', 'Model', 'Score', '95% CI', 'Votes'],
    [
      ['1', 'DeepSeek-V3', '1318', '+4/-4', '22,848'],
      ['2', 'GPT-4o', '1285', '+3/-3', '117,773'],
    ],
  );

  it('reads a bare Score column as the arena rating on a page about the arena', () => {
    const html = `<p>The Chatbot Arena leaderboard moved again this week.</p>${board}`;
    expect(tableClaims(html)).toEqual([
      ['deepseek-v3', 'arena_elo', 1318, '1318'],
      ['gpt-4o', 'arena_elo', 1285, '1285'],
    ]);
  });

  it('reads nothing from the same table when the page never mentions the arena', () => {
    expect(tableClaims(`<p>Our internal board moved again this week.</p>${board}`)).toEqual([]);
  });

  it('takes "style control off" in a caption as the plain board, with no setting', () => {
    const html = `<p>LMArena numbers:</p>${table(
      'Snapshot of May 2 (style control off)',
      ['Model', 'Arena score'],
      [
        ['GPT-4o', '1285'],
        ['DeepSeek-V3', '1318'],
      ],
    )}`;
    const claims = claimsOfArticle(html).filter((c) => c.context === 'table');
    expect(claims).toHaveLength(2);
    expect(claims.map((c) => c.setting)).toEqual([undefined, undefined]);
  });
});

describe('a fact-check table: claim column and record column', () => {
  const html = table(
    'What the thread said, and what we found',
    ['Statement', 'Model', 'What we found', 'Verdict'],
    [
      ['671B total parameters', 'DeepSeek-V3', '671B (tech report)', 'True'],
      ['1400 on LMArena', 'DeepSeek-V3', '1318 in the April snapshot', 'False'],
      ['50,000 H100 GPUs', 'DeepSeek-V3', '2,048 H800', 'False'],
      ['a 1M-token window', 'GPT-4o', '128K', 'False'],
    ],
  );
  const claims = tableClaims(html);

  it('reads the claim cells by their own words', () => {
    expect(claims).toContainEqual(['deepseek-v3', 'total_params', 671e9, '671B']);
    expect(claims).toContainEqual(['deepseek-v3', 'arena_elo', 1400, '1400']);
    expect(claims).toContainEqual(['deepseek-v3', 'training_gpus', 50000, '50,000']);
  });

  it('reads the record cells with the metric of their row', () => {
    expect(claims).toContainEqual(['deepseek-v3', 'total_params', 671e9, '671B']);
    expect(claims.filter((c) => c[1] === 'total_params')).toHaveLength(2);
    expect(claims).toContainEqual(['deepseek-v3', 'arena_elo', 1318, '1318']);
    // a chip model after a count reads as GPUs
    expect(claims).toContainEqual(['deepseek-v3', 'training_gpus', 2048, '2,048']);
  });

  it('borrows no metric across orders of magnitude', () => {
    const t = table('Checked', ['Statement', 'Model', 'Finding'], [['70B parameters', 'GPT-4o', '3']]);
    expect(tableClaims(t).map((c) => c[2])).toEqual([70e9]);
  });

  it('takes no serving rig for a training cluster', () => {
    const t = table('Setups', ['Model', 'Hardware'], [['DeepSeek-V3', '8 H100']]);
    expect(tableClaims(t)).toEqual([]);
  });
});

describe('hedged table cells', () => {
  const html = table(
    'Sizes',
    ['Model', 'Parameters'],
    [
      ['GPT-4o', 'est. 200B'],
      ['DeepSeek-V3', 'nearly 700B'],
      ['Mistral Small 3.1', '24B (reported)'],
    ],
  );

  it('reads lead and trailing hedges', () => {
    const claims = claimsOfArticle(html).filter((c) => c.context === 'table');
    expect(claims.map((c) => [c.model.id, c.value, c.hedge])).toEqual([
      ['gpt-4o', 200e9, 'about'],
      ['deepseek-v3', 700e9, 'nearly'],
      ['mistral-small-3.1', 24e9, 'reportedly'],
    ]);
  });

  it('still drops a cell whose lead is not a hedge', () => {
    const t = table('Sizes', ['Model', 'Parameters'], [['GPT-4o', 'vs 200B']]);
    expect(tableClaims(t)).toEqual([]);
  });
});

describe('a model header with its reasoning mode in words', () => {
  const html = table(
    '',
    ['Benchmark', 'Claude 3.7 Sonnet 32K extended thinking', 'Claude 3.7 Sonnet without extended thinking'],
    [['GPQA Diamond', '80.1%', '66.5%']],
  );

  it('reads a thinking header as the thinking model and a no-thinking header as the plain one', () => {
    const claims = claimsOfArticle(html).filter((c) => c.context === 'table');
    expect(claims.map((c) => [c.model.id, c.value, c.setting])).toEqual([
      ['claude-3.7-sonnet-thinking', 80.1, 'thinking'],
      ['claude-3.7-sonnet', 66.5, 'no thinking'],
    ]);
  });

  it('still drops a header whose trailing words are no mode', () => {
    const t = table(
      '',
      ['Benchmark', 'Claude 3.7 Sonnet as reviewed by our team'],
      [['GPQA Diamond', '80.1%']],
    );
    expect(tableClaims(t)).toEqual([]);
  });
});

describe('continental number formats in tables', () => {
  it('reads "Mrd." and "Mio." as billions and millions, and "128.000" under a context header as thousands', () => {
    const html = table(
      'Eckdaten',
      ['Model', 'Parameters', 'Context'],
      [
        ['DeepSeek-V3', '671 Mrd.', '128.000'],
        ['Llama 4 Scout', '109 Mrd.', '10 Mio.'],
      ],
    );
    expect(tableClaims(html).map((c) => [c[0], c[1], c[2]])).toEqual([
      ['deepseek-v3', 'total_params', 671e9],
      ['deepseek-v3', 'context_window', 128000],
      ['llama-4-scout', 'total_params', 109e9],
      ['llama-4-scout', 'context_window', 10e6],
    ]);
  });

  it('keeps a three-decimal score a score', () => {
    const html = table('', ['Model', 'MMLU'], [['DeepSeek-V3', '0.871']]);
    expect(tableClaims(html).map((c) => c[2])).toEqual([0.871]);
  });
});

describe('a label that drops the first word of a model the page named', () => {
  const rows = [
    ['Small 3.1 24B Instruct', '80.1%'],
    ['GPT-4o mini', '82.0%'],
    ['DeepSeek-V3', '88.5%'],
  ];

  it('reads "Small 3.1 24B Instruct" as Mistral Small 3.1 after the page names it', () => {
    const html = `<p>Mistral Small 3.1 is out today.</p>${table('', ['Model', 'MMLU'], rows)}`;
    expect(tableClaims(html).map((c) => [c[0], c[2]])).toEqual([
      ['mistral-small-3.1', 80.1],
      ['gpt-4o-mini', 82],
      ['deepseek-v3', 88.5],
    ]);
  });

  it('reads no model from the shortened label on a page that never named it', () => {
    const html = `<p>GPT-4o mini is out today.</p>${table('', ['Model', 'MMLU'], rows)}`;
    expect(tableClaims(html).map((c) => c[0])).toEqual(['gpt-4o-mini', 'deepseek-v3']);
  });
});

describe('cell notes after a figure', () => {
  it('reads a figure followed by a dated source or the same figure restated', () => {
    const html = `<p>LMArena standings.</p>${table(
      '',
      ['Model', 'Arena score', 'Context window'],
      [
        ['DeepSeek-V3', '1318 (as of April 13, 2025)', '131,072 (128K)'],
        ['GPT-4o', '1285 (2025-04-13)', '128K (64K on the API)'],
      ],
    )}`;
    expect(tableClaims(html).map((c) => [c[0], c[1], c[2]])).toEqual([
      ['deepseek-v3', 'arena_elo', 1318],
      ['deepseek-v3', 'context_window', 131072],
      ['gpt-4o', 'arena_elo', 1285],
    ]);
  });
});

describe('change columns', () => {
  it('reads the score, not the gain over a baseline, under a caption naming the benchmark', () => {
    const html = table(
      'GPQA Diamond, fine-tuned vs base',
      ['Model', 'Accuracy', 'Gain over base'],
      [
        ['DeepSeek-V3', '59.1', '4.2'],
        ['GPT-4o', '46.0', '3.1'],
      ],
    );
    expect(tableClaims(html).map((c) => c[3])).toEqual(['59.1', '46.0']);
  });

  it('still reads a DROP column', () => {
    const html = table(
      '',
      ['Model', 'DROP (3-shot F1)'],
      [
        ['DeepSeek-V3', '91.6'],
        ['GPT-4o', '83.4'],
      ],
    );
    expect(tableClaims(html).map((c) => c[2])).toEqual([91.6, 83.4]);
  });
});
