import { describe, expect, it } from 'vitest';
import { HEDGES } from '@/lib/factbase/metrics';
import { validateHoldout4 } from './fixtures/holdout-4/validate';

// Guards the fourth held-out evaluation set (tests/fixtures/holdout-4), written blind to the engine so that
// `npm run eval -- --dir tests/fixtures/holdout-4` estimates generalisation to unseen writing. Its labels
// must stay valid; engine scores are deliberately not asserted here (the set is measured, never tuned against).
describe('holdout-4 labels', () => {
  const report = validateHoldout4();

  it('has no label errors (format, quotes in visible text, known models)', () => {
    expect(report.errors).toEqual([]);
  });

  it('keeps its size: 12 pages, ≥280 claims, at least 60% prose, ≥80 in tables, and many negatives', () => {
    expect(report.articles).toBe(12);
    expect(report.labels).toBeGreaterThanOrEqual(280);
    const prose = report.byContext.prose ?? 0;
    expect(prose / report.labels).toBeGreaterThanOrEqual(0.6);
    expect(report.byContext.table ?? 0).toBeGreaterThanOrEqual(80);
    expect(report.unlabelledNumbers).toBeGreaterThanOrEqual(500);
  });

  it('spans every style, every metric and every hedge', () => {
    expect(Object.keys(report.byStyle).sort()).toEqual([
      'forum',
      'launch-post',
      'listicle',
      'news',
      'review',
      'table-heavy',
    ]);
    expect(Object.keys(report.byMetric).length).toBe(16);
    expect(HEDGES.filter((h) => report.byHedge[h]).length).toBe(HEDGES.length);
  });
});
