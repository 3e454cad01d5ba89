import { describe, expect, it } from 'vitest';
import { HEDGES } from '@/lib/factbase/metrics';
import { validateHoldout } from './fixtures/holdout/validate';

// Guards the held-out evaluation set (tests/fixtures/holdout): its labels must stay valid so that
// `npm run eval -- --dir tests/fixtures/holdout` measures generalisation honestly. Engine scores are
// deliberately not asserted here; the set exists to be measured, not tuned against.
describe('holdout labels', () => {
  const report = validateHoldout();

  it('has no label errors (format, quotes in visible text, known models)', () => {
    expect(report.errors).toEqual([]);
  });

  it('keeps its size: 10 pages, ≥150 claims, ≥50 in tables, and many negatives', () => {
    expect(report.articles).toBe(10);
    expect(report.labels).toBeGreaterThanOrEqual(150);
    expect(report.byContext.table ?? 0).toBeGreaterThanOrEqual(50);
    expect(report.byContext.prose ?? 0).toBeGreaterThanOrEqual(50);
    expect(report.unlabelledNumbers).toBeGreaterThanOrEqual(200);
  });

  it('spans the styles and several hedges', () => {
    expect(Object.keys(report.byStyle).sort()).toEqual([
      'forum',
      'launch-post',
      'news',
      'review',
      'table-heavy',
    ]);
    expect(HEDGES.filter((h) => report.byHedge[h]).length).toBeGreaterThanOrEqual(5);
  });
});
