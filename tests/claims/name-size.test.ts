import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { sizeInName } from '@/lib/claims/name-size';
import type { DictionaryModel } from '@/lib/claims/types';
import { shippedDictionary } from './fixture-pages';

const engine = createClaimEngine(shippedDictionary());
const sizes = (t: string) => engine.findClaimsInText(t).map((c) => [c.model.id, c.metric, c.value] as const);

describe('a size the model’s own name carries names it, and claims nothing', () => {
  it('“the 17B Scout” is not a total-parameter claim (17B is in Llama-4-Scout-17B-16E, and is active)', () => {
    expect(sizes('Meta released Llama 4 today. The 17B Scout is fast on one GPU.')).toEqual([]);
  });

  it('a size no alias carries is still the model’s total', () => {
    expect(sizes('Meta released Llama 4 today. The 109B Scout is fast on one GPU.')).toEqual([
      ['llama-4-scout', 'total_params', 109e9],
    ]);
  });

  it('matches sizes as tokens, not digits inside other numbers', () => {
    const m = {
      id: 'x',
      name: 'X 17B',
      aliases: [{ text: 'x-117b-a8b', scope: 'global' }],
    } as unknown as DictionaryModel;
    expect(sizeInName('17B', m)).toBe(true);
    expect(sizeInName('17 b', m)).toBe(true);
    expect(sizeInName('117B', m)).toBe(true);
    expect(sizeInName('7B', m)).toBe(false);
    expect(sizeInName('8B', m)).toBe(false); // "a8b" is an active-size marker glued to a letter
    expect(sizeInName('17 billion', m)).toBe(false);
    expect(sizeInName('17B', undefined)).toBe(false);
  });
});
