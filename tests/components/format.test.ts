import { describe, expect, it } from 'vitest';
import { formatValue, parseNumberInput } from '@/components/shared/format';

describe('value formatting for the popup', () => {
  it('shows facts in the units readers use', () => {
    expect(formatValue(400e9, 'params')).toBe('400B parameters');
    expect(formatValue(10e6, 'tokens')).toBe('10M tokens');
    expect(formatValue(1417, 'elo')).toBe('1417 Elo');
    expect(formatValue(69.8, '%')).toBe('69.8%');
    expect(formatValue(0.67, 'fraction')).toBe('67%');
    expect(formatValue(400, 'B params')).toBe('400B parameters');
    expect(formatValue(0.517, 'fraction')).toBe('51.7%');
    expect(formatValue(null, 'tokens')).toBe('—');
    expect(formatValue(undefined, 'text', 'Llama 4 Community License')).toBe('Llama 4 Community License');
  });

  it('reads what a reader types as a number', () => {
    expect(parseNumberInput('1,000,000')).toBe(1_000_000);
    expect(parseNumberInput('10M')).toBe(10_000_000);
    expect(parseNumberInput('62.5%')).toBe(62.5);
    expect(parseNumberInput('4.08e24')).toBe(4.08e24);
    expect(parseNumberInput('  ')).toBeUndefined();
    expect(parseNumberInput('ten')).toBeNaN();
  });
});
