import { describe, expect, it } from 'vitest';
import { findDates, findLicenses } from '@/lib/claims/dates-licenses';
import { joinKind } from '@/lib/claims/hedges';
import { inOutFirst } from '@/lib/claims/in-out-pair';
import { isJsSpace } from '@/lib/claims/js-space';
import { readsModelJustBefore } from '@/lib/claims/metric-cues';
import { findQuantities } from '@/lib/claims/parse-quantity';

// Round 13 (speed): cheap looks before the per-sentence and per-figure regexes (a character, a
// substring, a block's facts reused by its sentences). Same answers as before: these pin the shapes
// each look must still let through, and the ones it stops.

describe('isJsSpace', () => {
  it('is exactly the regex \\s, character by character', () => {
    const re = /\s/;
    for (let c = 0; c < 0x10000; c++) expect(isJsSpace(c)).toBe(re.test(String.fromCharCode(c)));
  });
});

describe('findDates: month words read once per block', () => {
  const text = 'maverick shipped on april 5, 2025. it scored 88.1 on mmlu. the may update added 12 points.';
  const s2 = text.indexOf('it scored');
  const s3 = text.indexOf('the may');
  it('finds a sentence’s own month words, not its neighbours’', () => {
    expect(findDates(text, 0, s2 - 1).map((d) => d.iso)).toEqual(['2025-04-05']);
    expect(findDates(text, s2, s3 - 1)).toEqual([]);
  });
  it('reads a sentence whose edge cuts a word on its own', () => {
    const glued = 'xapril 5, 2025 it shipped';
    expect(findDates(glued, 1, glued.length).map((d) => d.iso)).toEqual(['2025-04-05']);
  });
  it('finds a numeric date in a block that also has a month word', () => {
    const t = 'in march it moved. the card is dated 2025-03-26 and it scored 5.';
    expect(findDates(t, t.indexOf('the card'), t.length).map((d) => d.iso)).toEqual(['2025-03-26']);
  });
});

describe('findLicenses: one look for every licence word', () => {
  const lic = (t: string) => findLicenses(t, t, 0, t.length).map((l) => l.name);
  it('keeps the licence shapes', () => {
    expect(lic('the weights are apache 2.0')).toEqual(['apache 2.0']);
    expect(lic('it ships under mit')).toEqual(['MIT']);
  });
  it('finds nothing without a licence word', () => {
    expect(lic('it scored 88.1 on the test')).toEqual([]);
  });
});

describe('joinKind: the first character after the spaces', () => {
  it('keeps every join', () => {
    expect(joinKind(' → ', '')).toBe('from-to');
    expect(joinKind(' -> ', '')).toBe('from-to');
    expect(joinKind(' to ', 'from ')).toBe('from-to');
    expect(joinKind(' to ', '')).toBe('range');
    expect(joinKind(' and ', 'between ')).toBe('range');
    expect(joinKind(' in may to ', 'from ')).toBe('from-to');
    expect(joinKind(' down to ', 'from ')).toBe('from-to');
  });
  it('stops other gaps', () => {
    expect(joinKind(', ', 'from ')).toBeNull();
    expect(joinKind('   ', 'from ')).toBeNull();
    expect(joinKind('% with ', 'from ')).toBeNull();
  });
});

describe('inOutFirst: only with a dollar sign before the figure', () => {
  it('finds the first price of a pair', () => {
    const t = 'costs $0.27 in and $1.10 out';
    expect(inOutFirst(t, 0, t.indexOf('$1.10'))).toEqual([6, 11]);
  });
  it('finds none without one', () => {
    const t = 'scores 27 in and 10 out';
    expect(inOutFirst(t, 0, t.indexOf('10 out'))).toBeNull();
  });
});

describe('readsModelJustBefore', () => {
  const q = (t: string) => findQuantities(t)[0];
  it('names the sizes and ratings whose rules read the name before the figure', () => {
    expect(readsModelJustBefore(q('400b'))).toBe(true);
    expect(readsModelJustBefore(q('2t'))).toBe(true);
    expect(readsModelJustBefore(q('1417'))).toBe(true);
    expect(readsModelJustBefore(q('62.3%'))).toBe(false);
    expect(readsModelJustBefore(q('10m'))).toBe(false);
    expect(readsModelJustBefore(q('$2.50'))).toBe(false);
  });
});
