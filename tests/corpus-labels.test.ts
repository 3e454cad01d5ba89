import { describe, expect, it } from 'vitest';
import { METRICS } from '@/lib/factbase/metrics';
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

  it('covers every metric', () => {
    expect(METRICS.filter((m) => !report.byMetric[m])).toEqual([]);
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
