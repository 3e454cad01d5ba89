/**
 * Issue 3 item 7 against the REAL fact base (data/ → snapshot, built by scripts/lib/load-snapshot.ts).
 * Skipped only when the snapshot cannot be built in this checkout.
 */
import { describe, expect, it } from 'vitest';
import { ClaimSchema, type Claim, type ClaimInput } from '@/lib/claims/types';
import { createMemoryStore } from '@/lib/factbase/memory-store';
import { judgeClaims } from '@/lib/verdicts';
import { VerdictResultSchema, type VerdictResult } from '@/lib/verdicts/types';
import { realSnapshot, realSnapshotAvailable } from './real-snapshot';

const available = realSnapshotAvailable;
const real = realSnapshot;

function claim(
  id: string,
  name: string,
  input: Omit<ClaimInput, 'id' | 'start' | 'end' | 'model' | 'context'>,
): Claim {
  return ClaimSchema.parse({
    id: `${id}:${input.metric}:${input.quote}`,
    start: 0,
    end: input.quote.length,
    model: { id, name },
    context: 'prose',
    ...input,
  });
}

async function judge(c: Claim, pageDate?: string): Promise<VerdictResult> {
  const [r] = await judgeClaims([c], createMemoryStore(await real()), { pageDate });
  VerdictResultSchema.parse(r);
  return r;
}

describe.runIf(available)('item 7 on the real fact base', () => {
  it('Maverick 1417 on LMArena → misleading: the experimental checkpoint vs the released model', async () => {
    const c = claim('llama-4-maverick', 'Llama 4 Maverick', {
      quote: 'scored 1417 on LMArena',
      metric: 'arena_elo',
      benchmark: 'LMArena',
      value: 1417,
      unit: 'elo',
    });
    const r = await judge(c, '2025-04-06');
    expect(r.verdict).toBe('misleading');
    expect(r.explanation).toMatch(
      /1417 is the LMArena score of the unreleased Llama 4 Maverick 03-26 Experimental \(LMArena, 2025-04-06\)/,
    );
    expect(r.explanation).toMatch(/released Llama 4 Maverick scored 1273 \(LMArena, 2025-04-11\)/);
    expect(
      r.facts.some(
        ({ fact, source }) =>
          fact.modelId === 'llama-4-maverick-03-26-experimental' &&
          fact.value === 1417 &&
          source.id === fact.sourceId,
      ),
    ).toBe(true);
    expect((await judge(c)).verdict).toBe('misleading');
  });

  it('Scout 10M-token context → disputed by independent long-context results (Fiction.LiveBench)', async () => {
    const r = await judge(
      claim('llama-4-scout', 'Llama 4 Scout', {
        quote: '10M-token context window',
        metric: 'context_window',
        value: 10e6,
        unit: 'tokens',
      }),
    );
    expect(r.verdict).toBe('disputed');
    expect(r.explanation).toMatch(/Fiction\.LiveBench 27\.3%/);
    const prov = new Set(r.expected.map((e) => e.provenance));
    expect(prov.has('vendor')).toBe(true);
    expect(prov.has('independent')).toBe(true);
  });

  it('Maverick 402B total → close (400B)', async () => {
    const r = await judge(
      claim('llama-4-maverick', 'Llama 4 Maverick', {
        quote: '402B total parameters',
        metric: 'total_params',
        value: 402e9,
        unit: 'params',
      }),
    );
    expect(r.verdict).toBe('close');
    expect(r.expected).toContainEqual(expect.objectContaining({ value: 400e9 }));
  });

  it('Maverick 17B active → supported', async () => {
    const r = await judge(
      claim('llama-4-maverick', 'Llama 4 Maverick', {
        quote: '17B active',
        metric: 'active_params',
        value: 17e9,
        unit: 'params',
      }),
    );
    expect(r.verdict).toBe('supported');
  });

  it('Maverick 128 experts → supported', async () => {
    const r = await judge(
      claim('llama-4-maverick', 'Llama 4 Maverick', {
        quote: '128 experts',
        metric: 'experts',
        value: 128,
        unit: 'experts',
      }),
    );
    expect(r.verdict).toBe('supported');
  });

  it('Behemoth 2 trillion parameters → supported, as a vendor claim about an unreleased model', async () => {
    const r = await judge(
      claim('llama-4-behemoth', 'Llama 4 Behemoth', {
        quote: '2 trillion parameters',
        metric: 'total_params',
        value: 2e12,
        unit: 'params',
      }),
    );
    expect(r.verdict).toBe('supported');
    expect(r.explanation).toMatch(/unreleased/);
    expect(r.explanation).toMatch(/vendor claim/);
  });

  it('"over 100,000 H100 GPUs" for Llama 4 training → unverified', async () => {
    const r = await judge(
      claim('llama-4', 'Llama 4', {
        quote: 'over 100,000 H100 GPUs',
        metric: 'training_gpus',
        value: 100000,
        hedge: 'over',
        unit: 'gpus',
      }),
    );
    expect(r.verdict).toBe('unverified');
  });

  it("GPT-4o 88.7 on MMLU → supported (gpt-4o-2024-08-06, OpenAI's own figure)", async () => {
    const r = await judge(
      claim('gpt-4o', 'GPT-4o', {
        quote: '88.7 on MMLU',
        metric: 'benchmark_score',
        benchmark: 'MMLU',
        value: 88.7,
        unit: '%',
      }),
    );
    expect(r.verdict).toBe('supported');
    expect(r.expected).toContainEqual(
      expect.objectContaining({ modelId: 'gpt-4o-2024-08-06', provenance: 'vendor', value: 88.7 }),
    );
    expect(r.explanation).toMatch(/GPT-4o.*2024-08-06.*OpenAI's own figure/);
  });
});

describe.runIf(available)('other seed-facts surprises on the real fact base', () => {
  it('DeepSeek-V3 1369 on LMArena (2025-04-06) → misleading: that is DeepSeek-V3-0324', async () => {
    const r = await judge(
      claim('deepseek-v3', 'DeepSeek-V3', {
        quote: '1369',
        metric: 'arena_elo',
        benchmark: 'LMArena',
        value: 1369,
      }),
      '2025-04-06',
    );
    expect(r.verdict).toBe('misleading');
    expect(r.explanation).toMatch(/DeepSeek-V3-0324/);
  });

  it('Claude 3.7 Sonnet 79.7% GPQA Diamond → misleading: the 64K-thinking run', async () => {
    const r = await judge(
      claim('claude-3.7-sonnet', 'Claude 3.7 Sonnet', {
        quote: '79.7%',
        metric: 'benchmark_score',
        benchmark: 'GPQA Diamond',
        value: 79.7,
        unit: '%',
      }),
    );
    expect(r.verdict).toBe('misleading');
  });

  it("Scout GPQA Diamond 57.2 (Meta) → disputed by Epoch's independent 51.8", async () => {
    const r = await judge(
      claim('llama-4-scout', 'Llama 4 Scout', {
        quote: '57.2',
        metric: 'benchmark_score',
        benchmark: 'GPQA Diamond',
        value: 57.2,
        unit: '%',
      }),
    );
    expect(r.verdict).toBe('disputed');
    expect(r.expected).toContainEqual(expect.objectContaining({ provenance: 'independent', value: 0.518 }));
  });

  it('GPT-4o-2024-05-13 at 1285 read in September 2025 → outdated (1302 on 2025-08-04)', async () => {
    const r = await judge(
      claim('gpt-4o-2024-05-13', 'GPT-4o (2024-05-13)', {
        quote: '1285',
        metric: 'arena_elo',
        benchmark: 'LMArena',
        value: 1285,
      }),
      '2025-09-01',
    );
    expect(r.verdict).toBe('outdated');
  });

  it('"Maverick beats GPT-4o" on 2025-04-06 → misleading: only the experimental checkpoint beat it on LMArena', async () => {
    const r = await judge(
      claim('llama-4-maverick', 'Llama 4 Maverick', {
        quote: 'beats GPT-4o',
        metric: 'comparison',
        value: null,
        comparison: { direction: 'beats', others: [{ id: 'gpt-4o', name: 'GPT-4o' }] },
      }),
      '2025-04-06',
    );
    expect(r.verdict).toBe('misleading');
    expect(r.benchmarkUsed).toMatch(/LMArena/);
  });
});

describe.runIf(available)('effective context lengths on the real fact base', () => {
  const eff = (id: string, name: string, value: number) =>
    claim(id, name, {
      quote: `${value / 1000}K`,
      metric: 'context_window',
      value,
      unit: 'tokens',
      setting: 'effective',
      hedge: 'exact',
    });

  it('a measured effective length is never contradicted by the advertised window', async () => {
    const r = await judge(eff('llama-4-scout', 'Llama 4 Scout', 1000), '2025-06-01');
    expect(r.verdict).toBe('unverified');
    expect(r.explanation).toMatch(/effective length, not the advertised window/);
  });

  it('is supported by a matching measured effective length (RULER)', async () => {
    const r = await judge(eff('ai21-jamba-1.5-large', 'AI21-Jamba-1.5-Large', 128000), '2025-06-01');
    expect(r.verdict).toBe('supported');
  });
});
