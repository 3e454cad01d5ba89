import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { extractDocument } from '@/lib/claims/extract-text';
import type { ModelDictionary } from '@/lib/claims/types';

const dict = JSON.parse(
  readFileSync(new URL('../../data/dictionary.json', import.meta.url), 'utf8'),
) as ModelDictionary;
const engine = createClaimEngine(dict);

const read = (header: string, rows: [string, string][]) => {
  const html =
    `<table><thead><tr><th>Model</th><th>${header}</th></tr></thead><tbody>` +
    rows.map(([m, v]) => `<tr><td>${m}</td><td>${v}</td></tr>`).join('') +
    `</tbody></table>`;
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return engine
    .findClaims(extractDocument(document.body))
    .map((c) => [c.model.id, c.metric, c.value, c.quote]);
};

describe('a params column naming two metrics', () => {
  it('reads "total / active" cells as two claims, in the header order', () => {
    expect(read('Params (total / active)', [['DeepSeek-V3', '671B / 37B']])).toEqual([
      ['deepseek-v3', 'total_params', 671e9, '671B'],
      ['deepseek-v3', 'active_params', 37e9, '37B'],
    ]);
    expect(read('Size, active / total (B)', [['Llama 4 Scout', '17 / 109']])).toEqual([
      ['llama-4-scout', 'active_params', 17e9, '17'],
      ['llama-4-scout', 'total_params', 109e9, '109'],
    ]);
  });

  it('reads a lone value in such a column (a dense model) as the total', () => {
    expect(read('Params (total / active)', [['Mistral Small 3.1', '24B']])).toEqual([
      ['mistral-small-3.1', 'total_params', 24e9, '24B'],
    ]);
    expect(read('Params, active / total (B)', [['Mistral Small 3.1', '24']])).toEqual([
      ['mistral-small-3.1', 'total_params', 24e9, '24'],
    ]);
  });
});

describe('a table whose caption names its one model', () => {
  const table = (caption: string) => {
    const html =
      `<table><caption>${caption}</caption>` +
      `<thead><tr><th>Benchmark</th><th>Setting</th><th>Vendor (%)</th><th>Independent (%)</th><th>Gap (pts)</th></tr></thead>` +
      `<tbody><tr><td>GPQA Diamond</td><td>0-shot</td><td>69.8</td><td>67.0</td><td>−2.8</td></tr>` +
      `<tr><td>MMLU-Pro</td><td>0-shot</td><td>80.5</td><td>—</td><td>n/a</td></tr></tbody></table>`;
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    return engine
      .findClaims(extractDocument(document.body))
      .map((c) => [c.model.id, c.benchmark, c.value, c.setting]);
  };

  it('gives every score in benchmark rows to that model, and skips gap columns', () => {
    expect(table('Table 2. Llama 4 Maverick: vendor vs independent scores')).toEqual([
      ['llama-4-maverick', 'GPQA Diamond', 69.8, '0-shot'],
      ['llama-4-maverick', 'GPQA Diamond', 67, '0-shot'],
      ['llama-4-maverick', 'MMLU-Pro', 80.5, '0-shot'],
    ]);
  });

  it('reads nothing when the caption names no model, or two', () => {
    expect(table('Table 2. Vendor vs independent scores')).toEqual([]);
    expect(table('Table 2. Llama 4 Maverick and GPT-4o')).toEqual([]);
  });
});
