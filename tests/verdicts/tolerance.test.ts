import { describe, expect, it } from 'vitest';
import {
  claimInterval,
  compareDates,
  contains,
  findPrinted,
  impliedPrecision,
  relativeDistance,
} from '@/lib/verdicts/tolerance';
import { claimUnitInfo, factValueInClaimScale, unitInfo } from '@/lib/verdicts/units';
import { pickSnapshotDate, splitBySnapshot } from '@/lib/verdicts/pick-snapshot';
import { CLAIM_REVIEW, toClaimReviewJsonLd } from '@/lib/verdicts/claim-review';
import { VERDICTS } from '@/lib/verdicts/types';
import type { Fact } from '@/lib/factbase/schema';

describe('printed precision', () => {
  it.each([
    ['400B total', 400e9, 0.5e9],
    ['1417 Elo', 1417, 0.5],
    ['62.3% on GPQA', 62.3, 0.05],
    ['a 10M-token window', 10e6, 0.5e6],
    ['2 trillion parameters', 2e12, 0.5e12],
    ['over 100,000 H100 GPUs', 100000, 0.5],
    ['scored 0.670', 67.0, 0.05],
    ['14.8T tokens', 14.8e12, 0.05e12],
  ])('%s → ±%d', (quote, value, precision) => {
    expect(findPrinted(quote, value)?.precision).toBeCloseTo(precision, 6);
  });

  it('does not take the model name digits for the number', () => {
    expect(findPrinted('Llama 4 Maverick has 402B', 402e9)?.text).toBe('402B');
  });

  it('falls back to three significant digits', () => {
    expect(impliedPrecision(400e9)).toBeCloseTo(0.5e9);
    expect(impliedPrecision(62.3)).toBeCloseTo(0.05);
  });
});

describe('hedges', () => {
  const iv = (
    quote: string,
    value: number,
    hedge: 'exact' | 'about' | 'nearly' | 'over' | 'under' | 'up to' | 'range',
    valueLow?: number,
  ) => claimInterval({ quote, value, hedge, valueLow });

  it('exact keeps to the printed precision (402B excludes 400B)', () => {
    expect(contains(iv('402B', 402e9, 'exact'), 400e9)).toBe(false);
    expect(contains(iv('400B', 400e9, 'exact'), 400.4e9)).toBe(true);
  });
  it('about allows 5%', () => {
    expect(contains(iv('about 410B', 410e9, 'about'), 400e9)).toBe(true);
    expect(contains(iv('about 450B', 450e9, 'about'), 400e9)).toBe(false);
  });
  it('nearly allows a little under, never over', () => {
    expect(contains(iv('nearly 10M', 10e6, 'nearly'), 9.5e6)).toBe(true);
    expect(contains(iv('nearly 10M', 10e6, 'nearly'), 10.8e6)).toBe(false);
  });
  it('over / under are one-sided', () => {
    expect(contains(iv('over 100,000', 100000, 'over'), 32000)).toBe(false);
    expect(contains(iv('over 100,000', 100000, 'over'), 150000)).toBe(true);
    expect(contains(iv('under 100B', 100e9, 'under'), 24e9)).toBe(true);
  });
  it('ranges include both ends', () => {
    const r = iv('between 65% and 70%', 70, 'range', 65);
    expect(contains(r, 65)).toBe(true);
    expect(contains(r, 69.8)).toBe(true);
    expect(contains(r, 71)).toBe(false);
  });
  it('relative distance is zero inside and grows outside', () => {
    const r = iv('402B', 402e9, 'exact');
    expect(relativeDistance(r, 402e9, 402e9)).toBe(0);
    expect(relativeDistance(r, 400e9, 402e9)).toBeCloseTo(1.5 / 402, 5);
  });
  it('dates match at the precision the text gives', () => {
    expect(compareDates('2025-04', '2025-04-05')).toBe('match');
    expect(compareDates('2024-12-26', '2024-12-24')).toBe('close');
    expect(compareDates('2025-06-01', '2025-04-05')).toBe('no');
  });
});

describe('units', () => {
  it('reads % and fractions onto one scale', () => {
    expect(unitInfo('fraction')).toEqual({ dim: 'percent', factor: 100 });
    expect(factValueInClaimScale(0.67, 'fraction', 67, '%')).toBeCloseTo(67);
    expect(factValueInClaimScale(67.0, '%', 0.67, undefined)).toBeCloseTo(0.67);
  });
  it('reads K/M/B prefixed units', () => {
    expect(factValueInClaimScale(400, 'B params', 400e9, 'params')).toBe(400e9);
    expect(factValueInClaimScale(128, 'K tokens', 128e3, 'tokens')).toBe(128e3);
  });
  it('treats a bare claim ≤ 1 against a percentage as a fraction', () => {
    expect(claimUnitInfo(0.641, undefined, unitInfo('%'), 64.1)).toEqual({ dim: 'percent', factor: 100 });
  });
});

describe('snapshot choice', () => {
  const dates = ['2025-04-06', '2025-04-11', '2025-08-04'];
  it('takes the latest snapshot on or before the page date', () => {
    expect(pickSnapshotDate(dates, '2025-04-12')).toBe('2025-04-11');
    expect(pickSnapshotDate(dates, '2025-04-06')).toBe('2025-04-06');
  });
  it('takes the latest without a page date, the earliest when the page predates them all', () => {
    expect(pickSnapshotDate(dates)).toBe('2025-08-04');
    expect(pickSnapshotDate(dates, '2025-01-01')).toBe('2025-04-06');
  });
  it('splits only leaderboard metrics into snapshots', () => {
    const mk = (id: string, metric: Fact['metric'], asOf: string): Fact => ({
      id,
      modelId: 'm',
      metric,
      value: 1,
      unit: 'x',
      asOf,
      provenance: 'independent',
      sourceId: 's',
    });
    const r = splitBySnapshot(
      [
        mk('a', 'arena_elo', '2025-04-06'),
        mk('b', 'arena_elo', '2025-08-04'),
        mk('c', 'total_params', '2020-01-01'),
      ],
      '2025-05-01',
    );
    expect(r.current.map((f) => f.id).sort()).toEqual(['a', 'c']);
    expect(r.newer.map((f) => f.id)).toEqual(['b']);
  });
});

describe('ClaimReview mapping', () => {
  it('maps every verdict to an alternateName and a 1–5 rating ordered by truth', () => {
    for (const v of VERDICTS) {
      expect(CLAIM_REVIEW[v].ratingValue).toBeGreaterThanOrEqual(1);
      expect(CLAIM_REVIEW[v].ratingValue).toBeLessThanOrEqual(5);
    }
    expect(CLAIM_REVIEW.supported.ratingValue).toBe(5);
    expect(CLAIM_REVIEW.contradicted.ratingValue).toBe(1);
    expect(CLAIM_REVIEW.close.ratingValue).toBeGreaterThan(CLAIM_REVIEW.misleading.ratingValue);
  });
  it('builds schema.org JSON-LD', () => {
    const j = toClaimReviewJsonLd({
      verdict: 'misleading',
      claimText: 'Maverick scored 1417',
      explanation: 'x.',
    });
    expect(j['@type']).toBe('ClaimReview');
    expect(j.reviewRating).toMatchObject({
      '@type': 'Rating',
      ratingValue: 2,
      alternateName: 'Misleading',
      bestRating: 5,
      worstRating: 1,
    });
  });
});

describe('tested context length', async () => {
  const { testedLength } = await import('@/lib/verdicts/judge');
  const mk = (setting: string) => ({
    id: 'x',
    modelId: 'm',
    metric: 'benchmark_score' as const,
    benchmark: 'Fiction.LiveBench',
    setting,
    value: 1,
    unit: '%',
    asOf: '2025-01-01',
    provenance: 'independent' as const,
    sourceId: 's',
  });
  it.each([
    ['120k', 120000],
    ['120k tokens', 120000],
    ['0 tokens, 8K thinking budget', 0],
    ['120k tokens, 8K thinking budget', 120000],
    ['400 tokens', 400],
  ])('%s → %d', (setting, len) => expect(testedLength(mk(setting))).toBe(len));
});

describe('licence names', async () => {
  const { judgeClaim } = await import('@/lib/verdicts');
  const { claim, fixtureSnapshot } = await import('./fixtures');
  it.each([
    ['Apache 2.0 License', 'supported'],
    ['Apache2', 'supported'],
    ['MIT', 'contradicted'],
    ['GPL-3.0', 'contradicted'],
  ])('Mistral Small 3.1 under %s → %s', (text, verdict) => {
    const r = judgeClaim(
      claim('mistral-small-3.1', 'license', text, null, { valueText: text }),
      fixtureSnapshot,
      {},
    );
    expect(r.verdict).toBe(verdict);
  });
  it('Llama 4 Community License matches the card\'s "Llama 4 Community License Agreement"', () => {
    const r = judgeClaim(
      claim('llama-4-scout', 'license', 'Llama 4 Community License Agreement', null, {
        valueText: 'Llama 4 Community License Agreement',
      }),
      fixtureSnapshot,
      {},
    );
    expect(r.verdict).toBe('supported');
  });
});

describe('the number a verdict quotes back', () => {
  it('keeps "cents" so a price in cents never reads as dollars', async () => {
    const { claimNumberText } = await import('@/lib/verdicts/explain');
    const base = { model: { id: 'gpt-4o-mini', name: 'GPT-4o mini' }, metric: 'price' as const };
    const claim = (quote: string, value: number) =>
      ({
        ...base,
        quote,
        value,
        start: 0,
        end: quote.length,
        hedge: 'exact',
        context: 'prose',
      }) as Parameters<typeof claimNumberText>[0];
    expect(claimNumberText(claim('15 cents per million input tokens', 0.15))).toBe('15 cents');
    expect(claimNumberText(claim('$0.15 per million input tokens', 0.15))).toBe('0.15');
    expect(claimNumberText({ ...claim('under 2%', 2), metric: 'refusal_rate' })).toBe('2%');
  });
});
