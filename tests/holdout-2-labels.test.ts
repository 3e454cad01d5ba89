import { describe, expect, it } from 'vitest';
import { HEDGES } from '@/lib/factbase/metrics';
import { validateHoldout2 } from './fixtures/holdout-2/validate';

// Guards the second held-out evaluation set (tests/fixtures/holdout-2). The first holdout is now used as
// feedback while the engine is improved, so this set is the untouched one: its labels must stay valid so
// that `npm run eval -- --dir tests/fixtures/holdout-2` measures generalisation honestly. Engine scores are
// deliberately not asserted here; the set exists to be measured, never tuned against.
describe('holdout-2 labels', () => {
  const report = validateHoldout2();

  it('has no label errors (format, quotes in visible text, known models)', () => {
    expect(report.errors).toEqual([]);
  });

  it('keeps its size: 10 pages, ≥160 claims, ≥60 in tables, ≥60 in prose, and many negatives', () => {
    expect(report.articles).toBe(10);
    expect(report.labels).toBeGreaterThanOrEqual(160);
    expect(report.byContext.table ?? 0).toBeGreaterThanOrEqual(60);
    expect(report.byContext.prose ?? 0).toBeGreaterThanOrEqual(60);
    expect(report.unlabelledNumbers).toBeGreaterThanOrEqual(300);
  });

  it('spans every style, many metrics and most hedges', () => {
    expect(Object.keys(report.byStyle).sort()).toEqual([
      'forum',
      'launch-post',
      'listicle',
      'news',
      'review',
      'table-heavy',
    ]);
    expect(Object.keys(report.byMetric).length).toBeGreaterThanOrEqual(12);
    expect(HEDGES.filter((h) => report.byHedge[h]).length).toBeGreaterThanOrEqual(7);
  });
});
