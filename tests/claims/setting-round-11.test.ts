import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { evaluatePages } from '@/lib/claims/evaluate';
import { extractDocument } from '@/lib/claims/extract-text';
import { lengthSetting } from '@/lib/claims/length-setting';
import { findSetting } from '@/lib/claims/metric-cues';
import type { ModelDictionary } from '@/lib/claims/types';

// Round 11: the setting a score applies in (context length, thinking mode), written the way the
// labels and verdicts compare it. Every sentence here is written for this file.
const dict = JSON.parse(
  readFileSync(new URL('../../data/dictionary.json', import.meta.url), 'utf8'),
) as ModelDictionary;
const engine = createClaimEngine(dict);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-05-02' });
const html = (body: string) => {
  const { document } = parseHTML(`<html><body>${body}</body></html>`);
  return engine.findClaims(extractDocument(document.body), { pageDate: '2025-05-02' });
};
const scores = (claims: ReturnType<typeof prose>) =>
  claims.filter((c) => c.metric === 'benchmark_score').map((c) => [c.model.id, c.value, c.setting]);

describe('lengthSetting', () => {
  it('reads one length in the forms writers use', () => {
    expect(lengthSetting('fiction.livebench @120k (%)')).toBe('120k');
    expect(lengthSetting('tested with 32K tokens of story')).toBe('32k');
    expect(lengthSetting('asked about a 120,000-token novel')).toBe('120k');
    expect(lengthSetting('16k', true)).toBe('16k');
  });
  it('gives none for thinking budgets, windows, two lengths or a bare figure outside a header', () => {
    expect(lengthSetting('with a 32k thinking budget')).toBeUndefined();
    expect(lengthSetting('with a 128k context window')).toBeUndefined();
    expect(lengthSetting('at 8k and at 64k')).toBeUndefined();
    expect(lengthSetting('16k')).toBeUndefined();
  });
});

describe('findSetting', () => {
  it('gives no mode when a caption names both modes', () => {
    expect(findSetting('both thinking and non-thinking modes of one checkpoint')).toBeUndefined();
    expect(findSetting('the model with and without thinking')).toBeUndefined();
    expect(findSetting('the model in non-thinking mode')).toBe('no thinking');
  });
});

describe('context-length settings of long-context scores', () => {
  it('reads "with 120k tokens" and "a 120,000-token story" in prose', () => {
    expect(scores(prose('On Fiction.LiveBench, Llama 4 Scout managed just 31.5% with 120k tokens.'))).toEqual(
      [['llama-4-scout', 31.5, '120k']],
    );
    expect(
      scores(
        prose('On Fiction.LiveBench, Llama 4 Scout got 31.5% right when quizzed on a 120,000-token story.'),
      ),
    ).toEqual([['llama-4-scout', 31.5, '120k']]);
  });
  it('reads the length from a "@120k" column header and from bare length columns', () => {
    const a = html(
      '<table><tr><th>Model</th><th>Fiction.LiveBench @120k (%)</th></tr><tr><td>Llama 4 Scout</td><td>31.5</td></tr></table>',
    );
    expect(scores(a)).toEqual([['llama-4-scout', 31.5, '120k']]);
    const b = html(
      '<table><caption>Fiction.LiveBench accuracy (%) by context length</caption><tr><th>Model</th><th>16k</th><th>64k</th></tr><tr><td>Llama 4 Scout</td><td>41.0</td><td>22.5</td></tr></table>',
    );
    expect(scores(b)).toEqual([
      ['llama-4-scout', 41, '16k'],
      ['llama-4-scout', 22.5, '64k'],
    ]);
  });
});

describe('npm run eval -- --attributes', () => {
  it('lists a matched claim whose setting differs from its label', () => {
    const text = 'On Fiction.LiveBench, Llama 4 Scout managed just 31.5% with 120k tokens.';
    const res = evaluatePages(
      [
        {
          name: 'p',
          text,
          claims: prose(text),
          labels: [
            {
              quote: '31.5%',
              model: 'Llama 4 Scout',
              metric: 'benchmark_score',
              value: 31.5,
              benchmark: 'Fiction.LiveBench',
              setting: '8k',
              context: 'prose',
            },
          ],
        },
      ],
      dict,
    );
    expect(res.attributeMisses).toEqual([
      { page: 'p', quote: '31.5%', attribute: 'setting', label: '8k', engine: '120k' },
    ]);
  });
});

describe('thinking settings', () => {
  it('reads "no thinking" from a bracket after the model name in a table row', () => {
    const c = html(
      '<table><tr><th>Model</th><th>GPQA Diamond</th></tr><tr><td>Claude 3.7 Sonnet (no thinking)</td><td>61.2</td></tr></table>',
    );
    expect(scores(c)).toEqual([['claude-3.7-sonnet', 61.2, 'no thinking']]);
  });
  it('reads a bare "without" before or after the figure, and a mode before the first figure', () => {
    expect(
      scores(prose('With thinking on, Claude 3.7 Sonnet gets 71.5% on GPQA Diamond; without, 61.2%.')).at(-1),
    ).toEqual(['claude-3.7-sonnet', 61.2, 'no thinking']);
    expect(
      scores(prose('Claude 3.7 Sonnet thinking reaches 71.5 on GPQA Diamond, up from 61.2 without it.')).at(
        -1,
      ),
    ).toEqual(['claude-3.7-sonnet', 61.2, 'no thinking']);
    expect(
      scores(prose('The lab ran Claude 3.7 Sonnet with no thinking and got 0.612 on GPQA Diamond.')),
    ).toEqual([['claude-3.7-sonnet', 0.612, 'no thinking']]);
  });
});

describe('refusal categories', () => {
  it('reads the category from a row label down the side of a refusal table, not from an overall row', () => {
    const c = html(
      '<table><caption>Refusal rate by category (% of prompts refused)</caption><tr><th>Category</th><th>GPT-4o</th></tr>' +
        '<tr><td>Medicine (120 prompts)</td><td>3.5%</td></tr><tr><td>Overall</td><td>2.5%</td></tr></table>',
    );
    expect(c.filter((x) => x.metric === 'refusal_rate').map((x) => [x.value, x.setting])).toEqual([
      [3.5, 'medicine'],
      [2.5, undefined],
    ]);
  });
});
