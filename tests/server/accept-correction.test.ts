import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactSchema, SourceSchema } from '@/lib/factbase/schema';
import { AcceptedCorrectionsFileSchema } from '@/lib/factbase/accepted-corrections';
import { appendToCuratedData, correctionToFact } from '@/server/accept-correction';
import { CorrectionsStore } from '@/server/corrections-store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'data-'));
  mkdirSync(join(dir, 'facts'));
  writeFileSync(join(dir, 'facts', 'corrections.json'), '[]\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('accepting a correction', () => {
  it('becomes a sourced fact in the curated data, once', () => {
    const store = new CorrectionsStore();
    const { row } = store.insert('k', '127.0.0.1', {
      kind: 'outdated',
      pageUrl: 'https://example.com/a',
      claim: {
        quote: '1417 Elo',
        modelId: 'llama-4-maverick',
        modelName: 'Llama 4 Maverick',
        metric: 'arena_elo',
        benchmark: 'LMArena',
        value: 1417,
      },
      proposedValue: 1290,
      sourceUrl: 'https://lmarena.ai/leaderboard',
    }) as { row: Parameters<typeof correctionToFact>[0] };
    const change = correctionToFact(row, { provenance: 'independent' }, new Date('2026-11-27T12:00:00Z'))!;
    expect(change.fact).toMatchObject({
      modelId: 'llama-4-maverick',
      metric: 'arena_elo',
      benchmark: 'LMArena',
      value: 1290,
      unit: 'elo',
      asOf: '2026-11-27',
      sourceId: `correction-${row.id}`,
    });
    expect(change.source).toMatchObject({ url: 'https://lmarena.ai/leaderboard', publisher: 'lmarena.ai' });
    expect(appendToCuratedData(dir, row, change, { supersedes: ['old-fact'] })).toBe(true);
    expect(appendToCuratedData(dir, row, change)).toBe(false);
    // The file is exactly what factbase:build reads.
    const entries = AcceptedCorrectionsFileSchema.parse(
      JSON.parse(readFileSync(join(dir, 'facts', 'corrections.json'), 'utf8')),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ correctionId: row.id, supersedes: ['old-fact'] });
    expect(FactSchema.parse(entries[0]!.fact).id).toBe(`correction:${row.id}`);
    expect(SourceSchema.parse(entries[0]!.source).url).toBe('https://lmarena.ai/leaderboard');
    store.close();
  });

  it('changes no data for kinds without a value', () => {
    const store = new CorrectionsStore();
    const { row } = store.insert('k2', 'c', {
      kind: 'wrong_verdict',
      pageUrl: 'https://example.com/a',
      claim: { quote: 'x', modelId: 'gpt-4o', modelName: 'GPT-4o', metric: 'context_window', value: 128000 },
    }) as { row: Parameters<typeof correctionToFact>[0] };
    expect(correctionToFact(row)).toBeUndefined();
    store.close();
  });
});
