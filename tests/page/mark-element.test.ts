// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createMark, collapseSpaces } from '@/lib/page/mark-element';
import { claimAt, resultFor } from './helpers';

describe('createMark', () => {
  it('collapses the page’s line breaks and indentation in the quote attribute only', () => {
    const text = 'Maverick has 17B active\n           parameters in all.';
    const claim = claimAt(text, '17B active\n           parameters', {
      metric: 'active_params',
      value: 17e9,
    });
    const mark = createMark(document, claim, resultFor(claim), 0);
    expect(mark.getAttribute('data-claimcheck-quote')).toBe('17B active parameters');
    expect(mark.getAttribute('aria-label')).toContain('17B active parameters');
    expect(mark.getAttribute('aria-label')).not.toContain('\n');
    // The claim as read keeps the exact text (offsets and corrections depend on it).
    expect(claim.quote).toBe('17B active\n           parameters');
  });

  it('folds tabs and no-break spaces too, and trims the ends', () => {
    expect(collapseSpaces(' 402B\u00a0total,\t 17B  active \n')).toBe('402B total, 17B active');
  });
});
