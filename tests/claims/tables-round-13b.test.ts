import { describe, expect, it } from 'vitest';
import { claimRowsOfArticle } from './article-pages';

// Round 13 (lane B): table layouts — a length group header, values printed in the head, spec-sheet
// captions and benchmark rows. Tables written for this file.
const scan = claimRowsOfArticle;

describe('a group header over bare lengths', () => {
  it('names the dimension: the cells below are scores at each length', () => {
    const html =
      '<table><caption>Fiction.LiveBench scores at each prompt size</caption><thead>' +
      '<tr><th rowspan="2">Model</th><th colspan="2">Input length</th></tr>' +
      '<tr><th>16k</th><th>64k</th></tr></thead><tbody>' +
      '<tr><td>Mistral Small 3.1</td><td>41.5</td><td>33.0</td></tr>' +
      '<tr><td>GPT-4o</td><td>47.2</td><td>39.8</td></tr></tbody></table>';
    const scores = scan(html).filter((c) => c[1] === 'benchmark_score');
    expect(scores.map((c) => c[2])).toEqual([41.5, 33, 47.2, 39.8]);
    expect(scan(html).some((c) => c[1] === 'context_window')).toBe(false);
  });

  it('still names the window when the group says so', () => {
    const html =
      '<table><thead><tr><th rowspan="2">Model</th><th colspan="2">Context window</th></tr>' +
      '<tr><th>Input</th><th>Output</th></tr></thead><tbody>' +
      '<tr><td>Gemini 2.0 Flash</td><td>1M</td><td>8K</td></tr></tbody></table>';
    const windows = scan(html).filter((c) => c[1] === 'context_window');
    expect(windows.map((c) => c[2])).toContain(1e6);
  });
});

describe('a row of values printed in the head', () => {
  it('is read under the model columns above it', () => {
    const html =
      '<table><thead><tr><th>Benchmark</th><th>DeepSeek-V3</th><th>Llama 4 Maverick</th></tr>' +
      '<tr><th>Total parameters</th><th>671B</th><th>400B</th></tr></thead><tbody>' +
      '<tr><td>MMLU-Pro</td><td>75.9</td><td>80.5</td></tr></tbody></table>';
    const params = scan(html).filter((c) => c[1] === 'total_params');
    expect(params.map((c) => [c[0], c[2]])).toEqual([
      ['deepseek-v3', 671e9],
      ['llama-4-maverick', 400e9],
    ]);
  });
});

describe('a spec sheet', () => {
  it('takes its model from a wordy caption naming one model', () => {
    const html =
      '<table><caption>Table 3: architecture settings chosen for DeepSeek-V3</caption>' +
      '<thead><tr><th>Setting</th><th>Value</th></tr></thead><tbody>' +
      '<tr><td>Total parameters</td><td>671B</td></tr>' +
      '<tr><td>Maximum context length</td><td>128K</td></tr></tbody></table>';
    const claims = scan(html);
    expect(claims.map((c) => [c[0], c[1], c[2]])).toEqual([
      ['deepseek-v3', 'total_params', 671e9],
      ['deepseek-v3', 'context_window', 128000],
    ]);
  });

  it('takes no model from a caption setting it against another', () => {
    const html =
      '<table><caption>Our settings compared with DeepSeek-V3</caption>' +
      '<thead><tr><th>Setting</th><th>Value</th></tr></thead><tbody>' +
      '<tr><td>Total parameters</td><td>70B</td></tr>' +
      '<tr><td>Maximum context length</td><td>32K</td></tr></tbody></table>';
    expect(scan(html).filter((c) => c[0] === 'deepseek-v3')).toEqual([]);
  });

  it('reads a row its label names a benchmark for as the model’s score', () => {
    const html =
      '<table><caption>Claude 3.7 Sonnet in brief</caption><tbody>' +
      '<tr><th>Context window</th><td>200K tokens</td></tr>' +
      '<tr><th>Released</th><td>Feb. 24, 2025</td></tr>' +
      '<tr><th>SWE-bench Verified</th><td>62.3%</td></tr>' +
      '<tr><th>Consumer plan</th><td>$20/month</td></tr></tbody></table>';
    const scores = scan(html).filter((c) => c[1] === 'benchmark_score');
    expect(scores.map((c) => [c[0], c[2]])).toEqual([['claude-3.7-sonnet', 62.3]]);
  });
});
