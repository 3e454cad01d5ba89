import { describe, expect, it } from 'vitest';
import { claimRowsOfArticle, table } from './article-pages';

// Round 13 (lane A): a caption's metric and a table's footer notes. Tables written for this file.
const scan = claimRowsOfArticle;

describe('a caption’s metric', () => {
  it('does not fill a column rating the models', () => {
    const claims = scan(
      table(
        'The assistants compared (API prices per million tokens, USD)',
        ['Model', 'Input price', 'Output price', 'Our rating'],
        [
          ['GPT-4o', '$2.50', '$10.00', '8.7'],
          ['Gemini 2.0 Flash', '$0.10', '$0.40', '8.2'],
        ],
      ),
    );
    expect(claims.filter((c) => c[1] === 'price').map((c) => c[2])).toEqual([2.5, 10, 0.1, 0.4]);
  });

  it('does not fill an output-cap or emissions column', () => {
    const caps = scan(
      table(
        'Context windows on our platform',
        ['Model', 'Context window', 'Max output'],
        [['Mistral Small 3.1', '128K', '4K']],
      ),
    );
    expect(caps.filter((c) => c[1] === 'context_window').map((c) => c[2])).toEqual([128000]);
    const hours = scan(
      table(
        'Training GPU hours (H100)',
        ['Model', 'GPU hours', 'Emissions (t CO2eq)'],
        [['Llama 4 Scout', '4.1M', '1,100']],
      ),
    );
    expect(hours.filter((c) => c[1] === 'training_gpu_hours').map((c) => c[2])).toEqual([4.1e6]);
  });
});

describe('a footer row', () => {
  it('is read as the table’s footnote', () => {
    const html =
      '<table><thead><tr><th>Model</th><th>Context window</th></tr></thead><tbody>' +
      '<tr><td>Llama 4 Scout</td><td>256K*</td></tr><tr><td>Llama 4 Maverick</td><td>1M</td></tr></tbody>' +
      '<tfoot><tr><td colspan="2">* Capped by our deployment; the model supports a longer window.</td></tr></tfoot></table>';
    const windows = scan(html).filter((c) => c[1] === 'context_window');
    expect(windows.map((c) => c[0])).toEqual(['llama-4-maverick']);
  });
});

describe('a licence cell', () => {
  it('names no licence with a generic "model licence" part', () => {
    const claims = scan(
      table('Licences', ['Model', 'Licence'], [['DeepSeek-V3', 'MIT (code) / custom model licence']]),
    );
    expect(claims.filter((c) => c[1] === 'license').map((c) => c[2])).toEqual(['MIT']);
  });
});
