import { describe, expect, it } from 'vitest';
import { HEDGES } from '@/lib/factbase/metrics';
import { validateHoldout5 } from './fixtures/holdout-5/validate';

// Guards the fifth held-out evaluation set (tests/fixtures/holdout-5): English running prose in the mainstream
// styles readers meet most, written blind to the engine so that `npm run eval -- --dir tests/fixtures/holdout-5`
// estimates prose generalisation. Its labels must stay valid; engine scores are deliberately not asserted here
// (the set is measured, never tuned against).
describe('holdout-5 labels', () => {
  const report = validateHoldout5();

  it('has no label errors (format, quotes in visible text, known models)', () => {
    expect(report.errors).toEqual([]);
  });

  it('keeps its size and shape: 10 pages, ≥210 claims, ≥90% in prose, few table cells, many negatives', () => {
    expect(report.articles).toBe(10);
    expect(report.labels).toBeGreaterThanOrEqual(210);
    const prose = report.byContext.prose ?? 0;
    expect(prose / report.labels).toBeGreaterThanOrEqual(0.9);
    expect(report.byContext.table ?? 0).toBeLessThanOrEqual(20);
    expect(report.unlabelledNumbers).toBeGreaterThanOrEqual(300);
  });

  it('spans the prose styles, every metric and every hedge', () => {
    expect(Object.keys(report.byStyle).sort()).toEqual(['forum', 'launch-post', 'news', 'review']);
    expect(Object.keys(report.byMetric).length).toBe(16);
    expect(HEDGES.filter((h) => report.byHedge[h]).length).toBe(HEDGES.length);
  });
});
