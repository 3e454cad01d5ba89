import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEDGES, METRICS } from '@/lib/factbase/metrics';
import { pageText, validateCorpus } from './fixtures/corpus/validate';

// Guards the labelled corpus that `npm run eval` scores the claim engine against:
// a broken label silently corrupts precision/recall, so CI fails on any label error.
describe('claim corpus labels', () => {
  const report = validateCorpus();

  it('has no label errors', () => {
    expect(report.errors).toEqual([]);
  });

  it('meets the size required by issue 2', () => {
    expect(report.articles).toBeGreaterThanOrEqual(20);
    expect(report.labels).toBeGreaterThanOrEqual(300);
    expect(report.byContext.table ?? 0).toBeGreaterThanOrEqual(80);
  });

  it('covers every metric and every hedge', () => {
    expect(METRICS.filter((m) => !report.byMetric[m])).toEqual([]);
    expect(HEDGES.filter((h) => !report.byHedge[h])).toEqual([]);
  });
});

describe('visible-text extraction used by the validator', () => {
  it('drops nav, code and pre text and keeps blocks apart', () => {
    const t = pageText(
      '<nav>Llama 4 menu 2025</nav><p>Scout has <b>16 experts</b>.</p><pre>128 experts</pre>' +
        '<table><tr><td>80.5</td><td>69.8</td></tr></table>',
    );
    expect(t.all.join('\n')).not.toContain('menu');
    expect(t.all.join('\n')).not.toContain('128 experts');
    expect(t.prose).toEqual(['Scout has 16 experts.']);
    expect(t.cells).toEqual(['80.5', '69.8']);
  });
});

describe('validator catches broken labels', () => {
  it('reports a quote missing from the page, a quote only in code, a wrong context and a bad metric', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    writeFileSync(
      join(dir, 'p.html'),
      '<p>Llama 4 Scout has 16 experts.</p><pre>Scout 109B total</pre><table><tr><td>80.5</td></tr></table>',
    );
    const claim = { model: 'Llama 4 Scout', value: 1, context: 'prose' };
    writeFileSync(
      join(dir, 'p.labels.json'),
      JSON.stringify({
        title: 't',
        style: 'news',
        published: '2025-04-05',
        claims: [
          { ...claim, quote: '16 experts', metric: 'experts' },
          { ...claim, quote: '17 experts', metric: 'experts' },
          { ...claim, quote: '109B total', metric: 'total_params' },
          { ...claim, quote: '80.5', metric: 'benchmark_score', benchmark: 'MMLU' },
        ],
      }),
    );
    // A second page whose labels break the format (unknown metric).
    writeFileSync(join(dir, 'q.html'), '<p>Scout has 16 experts.</p>');
    writeFileSync(
      join(dir, 'q.labels.json'),
      JSON.stringify({
        title: 'q',
        style: 'news',
        published: '2025-04-05',
        claims: [{ ...claim, quote: '16 experts', metric: 'expert_count' }],
      }),
    );
    const r = validateCorpus(dir);
    expect(r.errors.some((e) => e.includes('"17 experts": quote not found'))).toBe(true);
    expect(r.errors.some((e) => e.includes('"109B total": quote not found'))).toBe(true);
    expect(r.errors.some((e) => e.includes('occurs in the other context'))).toBe(true);
    expect(r.errors.some((e) => e.startsWith('q: format'))).toBe(true);
    expect(r.errors.some((e) => e.includes('"16 experts"'))).toBe(false);
  });
});
