import { describe, expect, it } from 'vitest';
import { foldSlice, foldText } from '@/lib/claims/fold-text';
import { maskNames } from '@/lib/claims/mask-names';

describe('foldSlice (one fold per document)', () => {
  const cases = [
    'Llama 4 Maverick scored 80.5% \u2014 \u201cimpressive\u201d.\n\nGPT\u20114o costs $2.50.',
    // a capital sigma lower-cases by context, "\u0130" changes length: both fall back to per-block folding
    'ΟΔΥΣΣΕΥΣ scored 12.\n\nΣ 3 models',
    'İstanbul lab: 7B.\n\nDeepSeek-V3 is 671B.',
  ];
  for (const text of cases)
    it(`equals folding each block alone: ${JSON.stringify(text.slice(0, 20))}`, () => {
      const cut = text.indexOf('\n\n');
      for (const [s, e] of [
        [0, cut],
        [cut + 2, text.length],
        [3, 9],
      ])
        expect(foldSlice(text, s, e)).toBe(foldText(text.slice(s, e)));
    });
});

describe('maskNames', () => {
  it('blanks each sentence\u2019s names in start order, models before benchmarks on a tie', () => {
    const f = 'claude 3.7 sonnet gets 62.3% on swe-bench. gpt-4o 38.0.';
    const data = [
      { models: [{ start: 0, end: 17 }], benchmarks: [{ start: 32, end: 41 }] },
      { models: [{ start: 43, end: 49 }], benchmarks: [] },
    ];
    expect(maskNames(f, data)).toBe(
      `${'x'.repeat(17)} gets 62.3% on ${'x'.repeat(9)}. ${'x'.repeat(6)} 38.0.`,
    );
  });

  it('sorts spans given out of order and skips one overlapping a blanked span', () => {
    const f = 'a b c d e f';
    const data = [
      {
        models: [
          { start: 8, end: 9 },
          { start: 0, end: 3 },
        ],
        benchmarks: [{ start: 2, end: 5 }],
      },
    ];
    expect(maskNames(f, data)).toBe('xxx c d x f');
  });

  it('returns the text itself when nothing is named', () => {
    expect(maskNames('plain words', [{ models: [], benchmarks: [] }])).toBe('plain words');
  });
});
