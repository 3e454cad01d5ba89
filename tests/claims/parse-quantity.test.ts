import { describe, expect, it } from 'vitest';
import { foldText } from '@/lib/claims/fold-text';
import { findQuantities, findWordQuantities, parseQuantityAt } from '@/lib/claims/parse-quantity';

const one = (s: string) => {
  const f = foldText(s);
  const qs = findQuantities(f);
  expect(qs).toHaveLength(1);
  return qs[0];
};

describe('parseQuantity', () => {
  it.each([
    ['10M', 10_000_000],
    ['402B', 402_000_000_000],
    ['2 trillion', 2_000_000_000_000],
    ['1,417', 1417],
    ['62.3%', 62.3],
    ['0.670', 0.67],
    ['128K', 128_000],
    ['128k', 128_000],
    ['~40T', 40_000_000_000_000],
    ['7.38M', 7_380_000],
    ['$0.15', 0.15],
    ['4.08e24', 4.08e24],
    ['2.1e26', 2.1e26],
    ['2.2 \u00d7 10^24', 2.2e24],
    ['1,284,301', 1_284_301],
    ['16 billion', 16e9],
  ])('%s -> %d', (text, value) => {
    expect(one(text).value).toBe(value);
  });

  it('marks percentages, currency and the printed precision', () => {
    const q = one('62.30%');
    expect(q.percent).toBe(true);
    expect(q.decimals).toBe(2);
    expect(one('$2.50').currency).toBe(true);
    expect(one('~40T').start).toBe(0);
  });

  it('reads ranges with en dashes as low/high', () => {
    const q = one('10,000\u201320,000');
    expect(q.low).toBe(10_000);
    expect(q.value).toBe(20_000);
    const p = one('1.5\u20132 trillion');
    expect(p.low).toBe(1.5e12);
    expect(p.value).toBe(2e12);
  });

  it('skips digits that are parts of names and words', () => {
    for (const s of ['H100', 'GPT-4', 'V3', 'Qwen2.5-72B', '4o', '3rd', '#2', 'llama-4-maverick-17b-128e']) {
      expect(findQuantities(foldText(s)), s).toEqual([]);
    }
  });

  it('returns null for numbers glued to letters', () => {
    expect(parseQuantityAt('4o', 0)).toBeNull();
    expect(parseQuantityAt('128e', 0)).toBeNull();
  });

  it('reads number words with a magnitude', () => {
    const qs = findWordQuantities('nearly two trillion total parameters', 0, 36);
    expect(qs.map((q) => q.value)).toEqual([2e12]);
    expect(findWordQuantities('one of the two models', 0, 21)).toEqual([]);
  });
});
