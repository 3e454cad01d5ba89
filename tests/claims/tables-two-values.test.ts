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
