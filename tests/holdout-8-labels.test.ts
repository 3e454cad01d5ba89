import { describe, expect, it } from 'vitest';
import { HEDGES } from '@/lib/factbase/metrics';
import { validateHoldout8 } from './fixtures/holdout-8/validate';

// Guards the eighth held-out evaluation set (tests/fixtures/holdout-8): the most common kinds of English pages
// (tech news, developer and vendor blogs, a newsletter, a forum thread, an explainer) with realistic chrome,
// about three quarters running prose and one quarter table cells, written blind to the engine so that
// `npm run eval -- --dir tests/fixtures/holdout-8` estimates generalisation. Its labels must stay valid; engine
// scores are deliberately not asserted here (the set is measured, never tuned against).
describe('holdout-8 labels', () => {
  const report = validateHoldout8();

  it('has no label errors (format, quotes in visible text, known models)', () => {
    expect(report.errors).toEqual([]);
  });

  it('keeps its size and shape: 10 pages, ≥220 claims, ~75% prose / ~25% table, many negatives', () => {
    expect(report.articles).toBe(10);
    expect(report.labels).toBeGreaterThanOrEqual(220);
    const prose = report.byContext.prose ?? 0;
    const table = report.byContext.table ?? 0;
    expect(prose / report.labels).toBeGreaterThanOrEqual(0.7);
    expect(prose / report.labels).toBeLessThanOrEqual(0.8);
    expect(table).toBeGreaterThanOrEqual(50);
    expect(report.unlabelledNumbers).toBeGreaterThanOrEqual(300);
  });

  it('spans the styles, every metric and every hedge', () => {
    expect(Object.keys(report.byStyle).sort()).toEqual(['forum', 'launch-post', 'news', 'review']);
    expect(Object.keys(report.byMetric).length).toBe(16);
    expect(HEDGES.filter((h) => report.byHedge[h]).length).toBe(HEDGES.length);
  });
});
