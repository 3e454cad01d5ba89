// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageEngine } from '@/entrypoints/content/page-engine';
import { DictionaryPruner } from '@/lib/page/prune-dictionary';
import type { ModelDictionary } from '@/lib/claims/types';

const dict = JSON.parse(
  readFileSync(join(process.cwd(), 'data', 'dictionary.json'), 'utf8'),
) as ModelDictionary;

function section(text: string): Element {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.replaceChildren(p);
  return p;
}

describe('PageEngine', () => {
  it('finds claims with a full dictionary from a background that does not prune', async () => {
    const asked: string[][] = [];
    const engine = new PageEngine(async (words) => {
      asked.push(words);
      return { dictionary: dict };
    });
    engine.preload();
    const d = engine.extract(section('Llama 4 Maverick has 17B active parameters.'));
    await engine.prepare();
    const claims = engine.findClaims(d);
    expect(claims.map((c) => [c.model.name, c.metric, c.value])).toEqual([
      ['Llama 4 Maverick', 'active_params', 17e9],
    ]);
    // Later content names another model: the local pruner covers it without asking again.
    const d2 = engine.extract(section('DeepSeek-V3 has 671B total parameters.'));
    await engine.prepare();
    expect(engine.findClaims(d2).map((c) => c.model.name)).toEqual(['DeepSeek-V3']);
    expect(asked).toHaveLength(1);
  });

  it('asks again with the page words when the background prunes, and never sends over-long words', async () => {
    const asked: string[][] = [];
    const shared = new DictionaryPruner(dict).indexAll();
    const engine = new PageEngine(async (words) => {
      asked.push(words);
      return { dictionary: shared.subset(words), pruned: true };
    });
    engine.preload();
    const d = engine.extract(section(`Llama 4 Scout has 109B total parameters. ${'x'.repeat(300)}`));
    await engine.prepare();
    expect(engine.findClaims(d).map((c) => c.model.name)).toEqual(['Llama 4 Scout']);
    expect(asked.length).toBe(2); // the preload (no words) and the one with the words
    expect(asked[1]).toContain('scout');
    expect(asked[1].every((w) => w.length <= 60)).toBe(true);
    const d2 = engine.extract(section('GPT-4o scores 88.7% on MMLU.'));
    await engine.prepare();
    expect(engine.findClaims(d2).map((c) => c.model.name)).toEqual(['GPT-4o']);
    expect(asked.length).toBe(3);
    // The new request carries every word seen so far (the answer covers the whole page).
    expect(asked[2]).toEqual(expect.arrayContaining(['scout', 'gpt', 'mmlu']));
    // Content with no new words asks nothing, and earlier models are still found.
    const d3 = engine.extract(section('Llama 4 Scout has 109B total parameters.'));
    await engine.prepare();
    expect(asked.length).toBe(3);
    expect(engine.findClaims(d3).map((c) => c.model.name)).toEqual(['Llama 4 Scout']);
  });

  it('finds claims once the words follow a preload answered for no words', async () => {
    const shared = new DictionaryPruner(dict).indexAll();
    const engine = new PageEngine(async (words) => ({ dictionary: shared.subset(words), pruned: true }));
    engine.preload();
    await new Promise((r) => setTimeout(r, 0));
    const d = engine.extract(section('Mistral Small 3.1 has 24B parameters.'));
    await engine.prepare();
    expect(engine.findClaims(d).map((c) => c.model.name)).toEqual(['Mistral Small 3.1']);
    expect(engine.lastDictionary?.models).toBeGreaterThan(0);
  });

  it('throws when no dictionary is available yet (the marker retries)', async () => {
    const engine = new PageEngine(async () => ({ dictionary: null }));
    engine.extract(section('Llama 4 Scout has 109B total parameters.'));
    await expect(engine.prepare()).rejects.toThrow(/No dictionary/);
  });
});
