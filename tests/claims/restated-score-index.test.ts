import { describe, expect, it } from 'vitest';
import { findQuantities } from '@/lib/claims/parse-quantity';
import { restatedScores, rewindScores } from '@/lib/claims/restated-score';
import type { Claim } from '@/lib/claims/types';

/** A benchmark-score claim as the engine emits it (only the fields the index reads matter). */
function score(at: number, value: number, model: string): Claim {
  return {
    id: `${at}:${at + 4}:benchmark_score`,
    quote: `${value}%`,
    start: at,
    end: at + 4,
    model: { id: model, name: model },
    metric: 'benchmark_score',
    benchmark: 'MMLU-Pro',
    value,
    unit: '%',
    hedge: 'exact',
    context: 'prose',
  };
}

const figure = (text: string) => findQuantities(text)[0]!;

describe('restated-score index', () => {
  it('finds an earlier score of the same printed value', () => {
    const out = [score(0, 80.5, 'a')];
    expect(restatedScores(figure('80.5%'), out, '').map((c) => c.model.id)).toEqual(['a']);
    // a later claim is indexed on the next look
    out.push(score(10, 71.2, 'b'));
    expect(restatedScores(figure('71.2%'), out, '').map((c) => c.model.id)).toEqual(['b']);
  });

  it('forgets claims the engine dropped after a rewind, and reads the ones that replaced them', () => {
    const out = [score(0, 80.5, 'a'), score(10, 64.0, 'dropped')];
    expect(restatedScores(figure('64.0%'), out, '')).toHaveLength(1);
    // the block's post-scan edits drop its claim and add another at the same position
    out.splice(1, 1, score(12, 59.9, 'kept'));
    rewindScores(out, 1);
    expect(restatedScores(figure('64.0%'), out, '')).toEqual([]);
    expect(restatedScores(figure('59.9%'), out, '').map((c) => c.model.id)).toEqual(['kept']);
    // entries before the rewind point stay
    expect(restatedScores(figure('80.5%'), out, '').map((c) => c.model.id)).toEqual(['a']);
  });

  it('a rewind past what was indexed changes nothing', () => {
    const out = [score(0, 80.5, 'a')];
    rewindScores(out, 5);
    expect(restatedScores(figure('80.5%'), out, '')).toHaveLength(1);
  });
});
