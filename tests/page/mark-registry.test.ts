// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MarkRegistry, dropOverlaps } from '@/lib/page/mark-registry';
import { claimAt, resultFor } from './helpers';

describe('MarkRegistry', () => {
  it('knows its own marks by identity, not by attribute', () => {
    const reg = new MarkRegistry();
    const ours = document.createElement('span');
    const fake = document.createElement('span');
    fake.setAttribute('data-claimcheck-mark', '');
    const c = claimAt('has 402B total', '402B total');
    reg.add({ claim: c, result: resultFor(c), elements: [ours] });
    expect(reg.isOwnMark(ours)).toBe(true);
    expect(reg.isOwnMark(fake)).toBe(false);
    expect(reg.fromElement(fake)).toBeUndefined();
  });

  it('finds the entry from an element inside a mark', () => {
    const reg = new MarkRegistry();
    const mark = document.createElement('span');
    const b = document.createElement('b');
    mark.append(b);
    const c = claimAt('has 402B total', '402B total');
    reg.add({ claim: c, result: resultFor(c), elements: [mark] });
    expect(reg.fromElement(b)?.claim.id).toBe(c.id);
    expect(reg.get(c.id)?.elements[0]).toBe(mark);
  });

  it('prune forgets marks removed from the document', () => {
    document.body.replaceChildren();
    const reg = new MarkRegistry();
    const kept = document.createElement('span');
    const removed = document.createElement('span');
    document.body.append(kept);
    const a = claimAt('402B total and 17B active', '402B total');
    const b = claimAt('402B total and 17B active', '17B active', { metric: 'active_params' });
    reg.add({ claim: a, result: resultFor(a), elements: [kept] });
    reg.add({ claim: b, result: resultFor(b), elements: [removed] });
    expect(reg.prune().map((e) => e.claim.id)).toEqual([b.id]);
    expect(reg.size).toBe(1);
  });
});

describe('dropOverlaps', () => {
  it('keeps non-overlapping claims and drops ones nested in an earlier claim', () => {
    const kept = dropOverlaps([
      { start: 10, end: 20 },
      { start: 0, end: 5 },
      { start: 12, end: 15 },
      { start: 20, end: 25 },
    ]);
    expect(kept).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 20 },
      { start: 20, end: 25 },
    ]);
  });

  it('prefers the longer claim when two start together', () => {
    expect(
      dropOverlaps([
        { start: 3, end: 6 },
        { start: 3, end: 9 },
      ]),
    ).toEqual([{ start: 3, end: 9 }]);
  });
});
