import type { Claim } from '@/lib/claims/types';

/** Comparison claims as "model direction others [benchmark]", the form the comparison tests compare. */
export const comparisonRows = (claims: Claim[]): string[] =>
  claims
    .filter((c) => c.metric === 'comparison')
    .map((c) =>
      [c.model.id, c.comparison!.direction, c.comparison!.others.map((o) => o.id).join('+'), c.benchmark]
        .filter(Boolean)
        .join(' '),
    );
