/**
 * Claims about a whole family (model = {id: 'llama-4', name: 'Llama 4'}), as the claim engine now emits them,
 * judged against the REAL fact base. Skipped only when the snapshot cannot be built in this checkout.
 */
import { describe, expect, it } from 'vitest';
import { ClaimSchema, type Claim, type ClaimInput } from '@/lib/claims/types';
import { createMemoryStore } from '@/lib/factbase/memory-store';
import { judgeClaims } from '@/lib/verdicts';
import { VerdictResultSchema, type VerdictResult } from '@/lib/verdicts/types';
import { realSnapshot, realSnapshotAvailable } from './real-snapshot';

const available = realSnapshotAvailable;
const real = realSnapshot;

function family(input: Omit<ClaimInput, 'id' | 'start' | 'end' | 'model' | 'context'>): Claim {
  return ClaimSchema.parse({
    id: `llama-4:${input.metric}:${input.quote}`,
    start: 0,
    end: input.quote.length,
    model: { id: 'llama-4', name: 'Llama 4' },
    context: 'prose',
    ...input,
  });
}

async function judge(c: Claim): Promise<VerdictResult> {
  const [r] = await judgeClaims([c], createMemoryStore(await real()), { pageDate: '2025-04-10' });
  VerdictResultSchema.parse(r);
  return r;
}

describe.runIf(available)('family claims on the real fact base', () => {
  it('judges a family licence by its released members', async () => {
    const r = await judge(
      family({
        quote: 'Llama 4 Community License',
        metric: 'license',
        value: null,
        valueText: 'Llama 4 Community License',
      }),
    );
    expect(r.verdict).toBe('supported');
    expect(r.explanation).toMatch(/Llama 4/);
  });
  it('judges a family release date by its released members', async () => {
    const ok = await judge(
      family({ quote: 'April 5, 2025', metric: 'release_date', value: null, valueText: '2025-04-05' }),
    );
    expect(ok.verdict).toBe('supported');
    const wrong = await judge(
      family({ quote: 'March 5, 2025', metric: 'release_date', value: null, valueText: '2025-03-05' }),
    );
    expect(wrong.verdict).not.toBe('supported');
  });
  it('gives a family refusal rate a verdict and a sentence without crashing', async () => {
    const r = await judge(
      family({ quote: 'under 2%', metric: 'refusal_rate', value: 2, hedge: 'under', unit: '%' }),
    );
    expect(r.explanation.length).toBeGreaterThan(10);
    expect(r.explanation).not.toMatch(/does not know Llama 4/);
  });
});
