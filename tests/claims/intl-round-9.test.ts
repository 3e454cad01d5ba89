import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { findDates } from '@/lib/claims/dates-licenses';
import { foldText } from '@/lib/claims/fold-text';
import { findQuantities } from '@/lib/claims/parse-quantity';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Stop-9 number forms from translated / non-native English and European typography.
const engine = createClaimEngine(testDictionary);
const claims = (text: string, metric: string) =>
  engine
    .findClaimsInText(text, { pageDate: '2025-04-12' })
    .filter((c) => c.metric === metric)
    .map((c: Claim) => [c.model.id, c.value]);
const values = (text: string) => findQuantities(foldText(text)).map((q) => q.value);

describe('decimal comma before a plural magnitude word', () => {
  it('reads "2,788 millions" as 2.788 million', () => {
    expect(values('a total of 2,788 millions of hours')).toEqual([2788000]);
    expect(values('it values them at 5,6 millions of dollars')).toEqual([5600000]);
  });
  it('keeps English thousands commas', () => {
    expect(values('2,788 GPUs')).toEqual([2788]);
    expect(values('2,788 million GPU hours')).toEqual([2788e6]);
    expect(values('1,234,567 tokens')).toEqual([1234567]);
    expect(values('1.5 million downloads')).toEqual([1.5e6]);
  });
  it('reports "N millions of GPU hours" as training compute', () => {
    expect(claims('DeepSeek-V3 took 2,788 millions of GPU hours to train.', 'training_gpu_hours')).toEqual([
      ['deepseek-v3', 2788000],
    ]);
  });
});

describe('space-grouped thousands', () => {
  it('reads "128 000" and "2 048" but not a year next to a number', () => {
    expect(values('up to 128 000 tokens')).toEqual([128000]);
    expect(values('with 2 048 chips')).toEqual([2048]);
    expect(values('in 2025 128 000 users')).toEqual([2025, 128000]);
  });
});

describe('period thousands in an arena rating', () => {
  it('reads "1.246 points" as 1246 where the arena is named', () => {
    expect(
      claims('In the LMArena ranking, Mistral Small 3.1 obtains 1.246 points this week.', 'arena_elo'),
    ).toEqual([['mistral-small-3.1', 1246]]);
  });
  it('reads "an Elo of 1.417" as 1417', () => {
    expect(claims('On LMArena, Llama 4 Maverick reached an Elo of 1.417 at launch.', 'arena_elo')).toEqual([
      ['llama-4-maverick', 1417],
    ]);
  });
  it('leaves fractional points alone: a change, no arena, or plain decimals', () => {
    expect(
      claims('On LMArena, Llama 4 Maverick gained 1.246 points this week.', 'arena_elo').filter(
        ([, v]) => v === 1246,
      ),
    ).toEqual([]);
    expect(
      claims('On MMLU, Mistral Small 3.1 is ahead by 1.246 points over last year.', 'arena_elo'),
    ).toEqual([]);
    expect(claims('Mistral Small 3.1 scores 1.246 points on our rubric.', 'arena_elo')).toEqual([]);
    expect(values('Llama 3.1 405B and version 1.246 shipped')).toEqual([3.1, 405e9, 1.246]);
  });
});

describe('day-month dates without a year', () => {
  it('reads "on Saturday 5 April" and "since 17 March"', () => {
    const f = 'meta presented on saturday 5 april its models, out since 17 march';
    expect(findDates(f, 0, f.length, '2025-04-12').map((d) => d.iso)).toEqual(['2025-04-05', '2025-03-17']);
  });
  it('does not read "4 may" (the verb) or a bare "top 5 april picks"', () => {
    const f = 'llama 4 may ship soon; the top 5 april picks; scored 5 march';
    expect(findDates(f, 0, f.length, '2025-04-12')).toEqual([]);
  });
  it('reads "the 12 of March" and "5th of April, 2025" but not "top 3 of March releases"', () => {
    const f = 'released the 12 of march; out on the 5th of april, 2025; the top 3 of march releases';
    expect(findDates(f, 0, f.length, '2025-04-12').map((d) => d.iso)).toEqual(['2025-03-12', '2025-04-05']);
  });
});
