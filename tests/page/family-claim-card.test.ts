// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { buildCard } from '@/components/card/claim-card';
import { claimAt, resultFor } from './helpers';

// A family claim's model id ("llama-4") is not a model id: the card must still show it.
describe('claim card for a family claim', () => {
  it('shows the family as the model and the licence as the value', () => {
    const claim = claimAt(
      'Llama 4 models are under the Llama 4 Community License.',
      'Llama 4 Community License',
      {
        model: { id: 'llama-4', name: 'Llama 4' },
        metric: 'license',
        value: null,
        valueText: 'Llama 4 Community License',
        unit: undefined,
      },
    );
    const result = resultFor(claim, 'unverified', { facts: [], explanation: 'No source gives it.' });
    const el = buildCard(
      document,
      { claim, result, pendingCorrection: false },
      { onClose: vi.fn(), onSuggest: vi.fn() },
    );
    expect(el.querySelector('[data-field="model"]')?.textContent).toBe('Llama 4');
    expect(el.querySelector('[data-field="explanation"]')?.textContent).toBe('No source gives it.');
  });
});
