import { describe, expect, it } from 'vitest';
import type { Fact } from '@/lib/factbase/schema';
import { markDisagreements } from '@/lib/factbase/disagreements';

const f = (id: string, p: Partial<Fact>): Fact => ({
  id,
  modelId: 'm',
  metric: 'total_params',
  unit: 'params',
  asOf: '2025-01-01',
  provenance: 'vendor',
  sourceId: id,
  ...p,
});
const marks = (xs: Fact[]) =>
  Object.fromEntries(markDisagreements(xs).map((x) => [x.id, x.disagreesWith ?? []]));

describe('markDisagreements', () => {
  it('links spec values more than 0.5% apart from different sources, both ways', () => {
    expect(marks([f('a', { value: 37e9 }), f('b', { value: 36.7e9 }), f('c', { value: 37e9 })])).toEqual({
      a: ['b'],
      b: ['a', 'c'],
      c: ['b'],
    });
  });

  it('ignores agreeing values, the same source, and different settings', () => {
    expect(marks([f('a', { value: 400e9 }), f('b', { value: 400.1e9 })])).toEqual({ a: [], b: [] });
    expect(marks([f('a', { value: 1 }), { ...f('b', { value: 2 }), sourceId: 'a' }])).toEqual({
      a: [],
      b: [],
    });
    expect(marks([f('a', { value: 671e9 }), f('b', { value: 685e9, setting: 'HF checkpoint' })])).toEqual({
      a: [],
      b: [],
    });
  });

  it('compares release dates as text', () => {
    const d = (id: string, v: string) => f(id, { metric: 'release_date', unit: 'date', valueText: v });
    expect(marks([d('a', '2024-12-24'), d('b', '2024-12-26')])).toEqual({ a: ['b'], b: ['a'] });
  });

  it('compares vendor and independent benchmark scores across % and fraction', () => {
    const b = (id: string, p: Partial<Fact>) =>
      f(id, { metric: 'benchmark_score', benchmark: 'GPQA Diamond', unit: '%', ...p });
    expect(
      marks([
        b('vendor', { value: 57.2, setting: 'instruct, 0-shot' }),
        b('epoch', { value: 0.518, unit: 'fraction', provenance: 'independent' }),
        b('close', { value: 0.565, unit: 'fraction', provenance: 'independent' }),
        b('pre', { value: 40, setting: 'pretrained, 5-shot' }),
      ]),
    ).toEqual({ vendor: ['epoch'], epoch: ['vendor'], close: [], pre: [] });
  });

  it('never marks time series or licences', () => {
    expect(
      marks([f('a', { metric: 'arena_elo', value: 1417 }), f('b', { metric: 'arena_elo', value: 1273 })]),
    ).toEqual({ a: [], b: [] });
    expect(
      marks([f('a', { metric: 'license', valueText: 'x' }), f('b', { metric: 'license', valueText: 'y' })]),
    ).toEqual({ a: [], b: [] });
  });
});
