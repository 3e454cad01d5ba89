import type { Claim } from '@/lib/claims/types';
import type { VerdictResult, Verdict } from '@/lib/verdicts/types';

/** A claim over [start, end) of `text`, with sensible defaults. */
export function claimAt(text: string, quote: string, over: Partial<Claim> = {}, from = 0): Claim {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`quote not found: ${quote}`);
  const end = start + quote.length;
  return {
    id: `${start}:${end}:${over.metric ?? 'total_params'}`,
    quote,
    start,
    end,
    model: { id: 'llama-4-maverick', name: 'Llama 4 Maverick' },
    metric: 'total_params',
    value: 402e9,
    unit: 'params',
    hedge: 'exact',
    context: 'prose',
    ...over,
  };
}

export function resultFor(
  claim: Claim,
  verdict: Verdict = 'supported',
  over: Partial<VerdictResult> = {},
): VerdictResult {
  return {
    claimId: claim.id,
    verdict,
    expected: [
      {
        value: 402e9,
        unit: 'params',
        modelId: claim.model.id,
        modelName: claim.model.name,
        asOf: '2025-04-05',
        provenance: 'vendor',
      },
    ],
    facts: [
      {
        fact: {
          id: 'f1',
          modelId: claim.model.id,
          metric: claim.metric,
          value: 402e9,
          unit: 'params',
          asOf: '2025-04-05',
          provenance: 'vendor',
          sourceId: 's1',
        },
        source: {
          id: 's1',
          title: 'Model card',
          publisher: 'Meta',
          url: 'https://example.com/card',
          date: '2025-04-05',
          licence: 'CC-BY-4.0',
        },
      },
    ],
    explanation: 'The fact base gives 402B total parameters.',
    claimReview: { alternateName: verdict, ratingValue: 5 },
    ...over,
  };
}
