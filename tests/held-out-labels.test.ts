import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEDGES, METRICS } from '@/lib/factbase/metrics';
import { validateCorpus } from './fixtures/corpus/validate';

/**
 * Guards every held-out evaluation set (tests/fixtures/holdout, holdout-2 … holdout-18): each was written
 * blind to the engine so that `npm run eval -- --dir <set>` estimates generalisation. Labels must stay
 * valid and each set keeps the size and shape it was written with; engine scores are deliberately not
 * asserted here (the sets are measured, never tuned against before their first measurement).
 */
interface SetShape {
  pages: number;
  minLabels: number;
  /** Share of labels in running prose: [min, max]. */
  proseShare?: [number, number];
  minProse?: number;
  minTable?: number;
  maxTable?: number;
  minNegatives: number;
  styles: string[];
  /** Distinct metrics: 'all', or at least this many (undefined: not asserted). */
  metrics?: 'all' | number;
  /** Distinct hedge kinds: 'all', or at least this many. */
  hedges: 'all' | number;
}

const ALL_STYLES = ['forum', 'launch-post', 'listicle', 'news', 'review', 'table-heavy'];
const PROSE_STYLES = ['forum', 'launch-post', 'news', 'review'];

const SETS: Record<string, SetShape> = {
  holdout: {
    pages: 10,
    minLabels: 150,
    minProse: 50,
    minTable: 50,
    minNegatives: 200,
    styles: ['forum', 'launch-post', 'news', 'review', 'table-heavy'],
    hedges: 5,
  },
  'holdout-2': {
    pages: 10,
    minLabels: 160,
    minProse: 60,
    minTable: 60,
    minNegatives: 300,
    styles: ALL_STYLES,
    metrics: 12,
    hedges: 7,
  },
  'holdout-3': {
    pages: 12,
    minLabels: 250,
    proseShare: [0.55, 1],
    minTable: 100,
    minNegatives: 400,
    styles: ALL_STYLES,
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-4': {
    pages: 12,
    minLabels: 280,
    proseShare: [0.6, 1],
    minTable: 80,
    minNegatives: 500,
    styles: ALL_STYLES,
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-5': {
    pages: 10,
    minLabels: 210,
    proseShare: [0.9, 1],
    maxTable: 20,
    minNegatives: 300,
    styles: PROSE_STYLES,
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-6': {
    pages: 10,
    minLabels: 250,
    proseShare: [0.7, 0.8],
    minTable: 55,
    minNegatives: 400,
    styles: ['forum', 'listicle', 'news', 'review', 'table-heavy'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-7': {
    pages: 10,
    minLabels: 230,
    proseShare: [0.7, 0.8],
    minTable: 50,
    minNegatives: 450,
    styles: ALL_STYLES,
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-8': {
    pages: 10,
    minLabels: 220,
    proseShare: [0.7, 0.8],
    minTable: 50,
    minNegatives: 300,
    styles: PROSE_STYLES,
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-9': {
    pages: 8,
    minLabels: 165,
    proseShare: [0.72, 0.85],
    minTable: 30,
    minNegatives: 200,
    styles: PROSE_STYLES,
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-10': {
    pages: 10,
    minLabels: 255,
    proseShare: [0.75, 0.85],
    minTable: 50,
    minNegatives: 400,
    styles: ['forum', 'listicle', 'news', 'review', 'table-heavy'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-11': {
    pages: 10,
    minLabels: 240,
    proseShare: [0.72, 0.85],
    minTable: 50,
    minNegatives: 400,
    styles: ['forum', 'launch-post', 'listicle', 'news', 'review'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-12': {
    pages: 10,
    minLabels: 300,
    proseShare: [0.72, 0.8],
    minTable: 70,
    minNegatives: 450,
    styles: ['forum', 'launch-post', 'news', 'review', 'table-heavy'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-13': {
    pages: 10,
    minLabels: 280,
    proseShare: [0.74, 0.83],
    minTable: 55,
    minNegatives: 430,
    styles: ['forum', 'launch-post', 'news', 'review'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-14': {
    pages: 10,
    minLabels: 255,
    proseShare: [0.74, 0.82],
    minTable: 55,
    minNegatives: 360,
    styles: ['forum', 'launch-post', 'news', 'review', 'table-heavy'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-15': {
    pages: 10,
    minLabels: 255,
    proseShare: [0.74, 0.83],
    minTable: 55,
    minNegatives: 500,
    styles: ['forum', 'launch-post', 'news', 'review'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-16': {
    pages: 10,
    minLabels: 290,
    proseShare: [0.78, 0.83],
    minTable: 55,
    minNegatives: 550,
    styles: ['forum', 'listicle', 'review', 'table-heavy'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-17': {
    pages: 10,
    minLabels: 340,
    proseShare: [0.77, 0.85],
    minTable: 60,
    minNegatives: 480,
    styles: ['forum', 'news', 'review'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-18': {
    pages: 10,
    minLabels: 250,
    proseShare: [0.75, 0.86],
    minTable: 45,
    minNegatives: 450,
    styles: ['launch-post', 'listicle', 'news', 'review', 'table-heavy'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-19': {
    pages: 10,
    minLabels: 250,
    proseShare: [0.75, 0.85],
    minTable: 45,
    minNegatives: 400,
    styles: ['launch-post', 'news', 'review'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-20': {
    pages: 10,
    minLabels: 400,
    proseShare: [0.44, 0.55],
    minTable: 200,
    minNegatives: 420,
    styles: ['launch-post', 'news', 'review', 'table-heavy'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-21': {
    pages: 10,
    minLabels: 270,
    proseShare: [0.77, 0.86],
    minTable: 45,
    minNegatives: 500,
    styles: ['forum', 'launch-post', 'listicle', 'news', 'review', 'table-heavy'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-22': {
    pages: 10,
    minLabels: 300,
    proseShare: [0.72, 0.82],
    minTable: 70,
    minNegatives: 500,
    styles: ['forum', 'launch-post', 'news', 'review'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-23': {
    pages: 10,
    minLabels: 250,
    proseShare: [0.72, 0.84],
    minTable: 50,
    minNegatives: 440,
    styles: ['launch-post', 'listicle', 'news', 'review'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-24': {
    pages: 10,
    minLabels: 340,
    proseShare: [0.41, 0.52],
    minTable: 180,
    minNegatives: 480,
    styles: ['launch-post', 'listicle', 'review', 'table-heavy'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-25': {
    pages: 10,
    minLabels: 270,
    proseShare: [0.72, 0.8],
    minTable: 65,
    minNegatives: 450,
    styles: ['forum', 'listicle', 'news', 'review'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-26': {
    pages: 10,
    minLabels: 250,
    proseShare: [0.75, 0.85],
    minTable: 45,
    minNegatives: 700,
    styles: ['forum', 'launch-post', 'listicle', 'news', 'review'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-27': {
    pages: 10,
    minLabels: 300,
    proseShare: [0.7, 0.83],
    minTable: 70,
    minNegatives: 600,
    styles: ['forum', 'listicle', 'news', 'review', 'table-heavy'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-28': {
    pages: 10,
    minLabels: 300,
    proseShare: [0.72, 0.83],
    minTable: 65,
    minNegatives: 580,
    styles: ALL_STYLES,
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-29': {
    pages: 10,
    minLabels: 320,
    proseShare: [0.7, 0.8],
    minTable: 75,
    minNegatives: 450,
    styles: ['forum', 'launch-post', 'news', 'review', 'table-heavy'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-30': {
    pages: 10,
    minLabels: 250,
    proseShare: [0.72, 0.8],
    minTable: 55,
    minNegatives: 420,
    styles: ['listicle', 'news', 'review'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-31': {
    pages: 10,
    minLabels: 250,
    proseShare: [0.74, 0.82],
    minTable: 50,
    minNegatives: 400,
    styles: ['news'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-32': {
    pages: 10,
    minLabels: 290,
    proseShare: [0.62, 0.67],
    minTable: 100,
    minNegatives: 600,
    styles: ['launch-post', 'news', 'review', 'table-heavy'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-33': {
    pages: 10,
    minLabels: 280,
    proseShare: [0.78, 0.87],
    minTable: 45,
    minNegatives: 440,
    styles: ['listicle', 'news', 'review'],
    metrics: 'all',
    hedges: 'all',
  },
  'holdout-34': {
    pages: 10,
    minLabels: 300,
    proseShare: [0.76, 0.86],
    minTable: 55,
    minNegatives: 700,
    styles: ['forum', 'listicle', 'news', 'review'],
    metrics: 'all',
    hedges: 'all',
  },
};

describe.each(Object.entries(SETS))('%s labels', (name, shape) => {
  const report = validateCorpus(resolve(import.meta.dirname, 'fixtures', name));

  it('has no label errors (format, quotes in visible text, known models)', () => {
    expect(report.errors).toEqual([]);
  });

  it('keeps its size and shape', () => {
    expect(report.articles).toBe(shape.pages);
    expect(report.labels).toBeGreaterThanOrEqual(shape.minLabels);
    const prose = report.byContext.prose ?? 0;
    const table = report.byContext.table ?? 0;
    if (shape.proseShare) {
      expect(prose / report.labels).toBeGreaterThanOrEqual(shape.proseShare[0]);
      expect(prose / report.labels).toBeLessThanOrEqual(shape.proseShare[1]);
    }
    if (shape.minProse !== undefined) expect(prose).toBeGreaterThanOrEqual(shape.minProse);
    if (shape.minTable !== undefined) expect(table).toBeGreaterThanOrEqual(shape.minTable);
    if (shape.maxTable !== undefined) expect(table).toBeLessThanOrEqual(shape.maxTable);
    expect(report.unlabelledNumbers).toBeGreaterThanOrEqual(shape.minNegatives);
  });

  it('spans its styles, metrics and hedges', () => {
    expect(Object.keys(report.byStyle).sort()).toEqual(shape.styles);
    const metrics = Object.keys(report.byMetric).length;
    if (shape.metrics === 'all') expect(metrics).toBe(METRICS.length);
    else if (shape.metrics !== undefined) expect(metrics).toBeGreaterThanOrEqual(shape.metrics);
    const hedges = HEDGES.filter((h) => report.byHedge[h]).length;
    if (shape.hedges === 'all') expect(hedges).toBe(HEDGES.length);
    else expect(hedges).toBeGreaterThanOrEqual(shape.hedges);
  });
});
