import { describe, expect, it } from 'vitest';
import { HEDGES } from '@/lib/factbase/metrics';
import { validateHoldout9 } from './fixtures/holdout-9/validate';

// Guards the ninth held-out evaluation set (tests/fixtures/holdout-9): eight common kinds of English pages
// (three tech-news outlets, a developer blog, a vendor launch post, a newsletter, a forum thread, an explainer)
// with realistic chrome, about four fifths running prose and one fifth table cells, written blind to the engine
// so that `npm run eval -- --dir tests/fixtures/holdout-9` estimates generalisation. Its labels must stay valid;
// engine scores are deliberately not asserted here (the set is measured, never tuned against).
describe('holdout-9 labels', () => {
  const report = validateHoldout9();

  it('has no label errors (format, quotes in visible text, known models)', () => {
    expect(report.errors).toEqual([]);
  });

  it('keeps its size and shape: 8 pages, ≥165 claims, ~80% prose / ~20% table, many negatives', () => {
    expect(report.articles).toBe(8);
    expect(report.labels).toBeGreaterThanOrEqual(165);
    const prose = report.byContext.prose ?? 0;
    const table = report.byContext.table ?? 0;
    expect(prose / report.labels).toBeGreaterThanOrEqual(0.72);
    expect(prose / report.labels).toBeLessThanOrEqual(0.85);
    expect(table).toBeGreaterThanOrEqual(30);
    expect(report.unlabelledNumbers).toBeGreaterThanOrEqual(200);
  });

  it('spans the styles, every metric and every hedge', () => {
    expect(Object.keys(report.byStyle).sort()).toEqual(['forum', 'launch-post', 'news', 'review']);
    expect(Object.keys(report.byMetric).length).toBe(16);
    expect(HEDGES.filter((h) => report.byHedge[h]).length).toBe(HEDGES.length);
  });
});
