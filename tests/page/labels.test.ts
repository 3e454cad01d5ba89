import { describe, expect, it } from 'vitest';
import { formatRange, formatValue, markLabel, safeHref } from '@/lib/page/labels';

describe('labels', () => {
  it('formats values the way articles write them', () => {
    expect(formatValue(402e9, 'params')).toBe('402B parameters');
    expect(formatValue(1e7, 'tokens')).toBe('10M tokens');
    expect(formatValue(62.3, '%')).toBe('62.3%');
    expect(formatValue(1417, 'elo')).toBe('1417 Elo');
    expect(formatValue(2e12, 'params')).toBe('2T parameters');
    expect(formatValue(null, 'params')).toBe('—');
    expect(formatValue(undefined, 'date', '2025-04-05')).toBe('2025-04-05');
    expect(formatRange(1e4, 2e4, 'tokens')).toBe('10K tokens – 20K tokens');
  });

  it('states the verdict in the accessible label', () => {
    expect(markLabel('misleading', '402B total')).toBe('Claimcheck: misleading — 402B total');
  });

  it('allows only http(s) links', () => {
    expect(safeHref('https://ai.meta.com/blog')).toBe('https://ai.meta.com/blog');
    expect(safeHref('http://example.com/x')).toBe('http://example.com/x');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
    expect(safeHref(undefined)).toBeNull();
  });
});
