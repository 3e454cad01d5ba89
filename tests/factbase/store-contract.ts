/**
 * The behaviour every FactStore must show, run against the memory store and the Dexie store with
 * the same fixture (tests/verdicts/fixtures.ts).
 */
import { expect, it } from 'vitest';
import type { FactStore } from '@/lib/factbase/store';
import { claim } from '../verdicts/fixtures';

export function storeContract(make: () => Promise<FactStore>) {
  it('gets a model and its family tree', async () => {
    const s = await make();
    expect((await s.getModel('llama-4-maverick'))?.name).toBe('Llama 4 Maverick');
    expect(await s.getModel('nope')).toBeUndefined();
    const fam = await s.getFamily('llama-4-maverick-03-26-experimental');
    expect(fam?.parent?.id).toBe('llama-4-maverick');
    expect(fam?.siblings).toEqual([]);
    const gpt = await s.getFamily('gpt-4o');
    expect(gpt?.children.map((m) => m.id).sort()).toEqual([
      'chatgpt-4o-latest',
      'gpt-4o-2024-05-13',
      'gpt-4o-2024-08-06',
      'gpt-4o-2024-11-20',
    ]);
    const v = await s.getFamily('gpt-4o-2024-08-06');
    expect(v?.siblings.map((m) => m.id)).toContain('gpt-4o-2024-05-13');
    expect(v?.siblings.map((m) => m.id)).not.toContain('gpt-4o-2024-08-06');
  });

  it('gets facts by model and metric', async () => {
    const s = await make();
    const arena = await s.getFacts(['llama-4-maverick', 'llama-4-scout'], 'arena_elo');
    expect(arena.length).toBe(4);
    expect(arena.every((f) => f.metric === 'arena_elo')).toBe(true);
    const all = await s.getFacts(['llama-4-maverick']);
    expect(new Set(all.map((f) => f.metric)).size).toBeGreaterThan(5);
    expect(await s.getFacts([], 'arena_elo')).toEqual([]);
  });

  it('gets sources by id, skipping unknown ids', async () => {
    const s = await make();
    const src = await s.getSources(['meta-llama4-card', 'missing']);
    expect(src.map((x) => x.id)).toEqual(['meta-llama4-card']);
  });

  it('answers a page of claims with one slice: the variant tree, the metrics needed, their sources', async () => {
    const s = await make();
    const slice = await s.sliceFor([
      claim('llama-4-maverick', 'arena_elo', '1417', 1417),
      claim('llama-4-scout', 'context_window', '10M', 10e6),
      claim('deepseek-v3-0324', 'comparison', 'beats GPT-4o', null, { others: ['gpt-4o'] }),
      claim('llama-4', 'training_gpus', 'over 100,000', 100000, { hedge: 'over' }),
    ]);
    const ids = new Set(slice.models.map((m) => m.id));
    // The experimental child comes with its parent; dated versions with GPT-4o; the parent with V3-0324.
    for (const id of [
      'llama-4-maverick',
      'llama-4-maverick-03-26-experimental',
      'gpt-4o-2024-08-06',
      'chatgpt-4o-latest',
      'deepseek-v3',
      'llama-4-behemoth',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
    expect(ids.has('mistral-small-3.1')).toBe(false);
    const byKey = (m: string, metric: string) =>
      slice.facts.filter((f) => f.modelId === m && f.metric === metric);
    expect(byKey('llama-4-maverick-03-26-experimental', 'arena_elo').length).toBeGreaterThan(0);
    expect(byKey('llama-4-scout', 'context_window').length).toBe(1);
    // Context claims bring the long-context benchmark results that may dispute them.
    expect(byKey('llama-4-scout', 'benchmark_score').some((f) => f.benchmark === 'Fiction.LiveBench')).toBe(
      true,
    );
    expect(byKey('llama-4-behemoth', 'training_gpus').length).toBe(1);
    // Metrics nobody asked for are not read.
    expect(byKey('llama-4-maverick', 'total_params')).toEqual([]);
    const srcIds = new Set(slice.sources.map((x) => x.id));
    for (const f of slice.facts) expect(srcIds.has(f.sourceId), f.sourceId).toBe(true);
  });

  it('returns an empty slice for no claims and for unknown models', async () => {
    const s = await make();
    expect(await s.sliceFor([])).toEqual({ models: [], facts: [], sources: [] });
    const r = await s.sliceFor([claim('grok-9', 'total_params', '3T', 3e12)]);
    expect(r.facts).toEqual([]);
  });
}
