import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import Dexie from 'dexie';
import {
  factbaseHandlers,
  initFactbase,
  invalidateFactbaseCache,
  resetFactbaseForTests,
} from '@/entrypoints/background/factbase';
import { letterRuns } from '@/lib/page/prune-dictionary';
import type { Snapshot } from '@/lib/factbase/schema';
import { fakePackage, makeSnapshot } from './factbase-fixture';

// getDictionary with the page's words answers only the models those words could name.
const sender = {};
let n = 0;
let dbName = '';

beforeEach(() => {
  fakeBrowser.reset();
  resetFactbaseForTests();
  dbName = `dictionary-pruning-${n++}`;
});
afterEach(async () => {
  resetFactbaseForTests();
  await Dexie.delete(dbName);
});

function snapshotWithDictionary(version: string): Snapshot {
  const s = makeSnapshot(version, '2025-08-20T00:00:00Z');
  s.dictionary.models = [
    {
      id: 'llama-4-maverick',
      name: 'Llama 4 Maverick',
      family: 'llama-4',
      aliases: [
        { text: 'Llama 4 Maverick', scope: 'global' },
        { text: 'Maverick', scope: 'family' },
      ],
    },
    {
      id: 'llama-4-maverick-03-26-experimental',
      name: 'Llama 4 Maverick 03-26 Experimental',
      family: 'llama-4',
      parent: 'llama-4-maverick',
      variantLabel: '03-26-Experimental',
      aliases: [],
    },
    { id: 'gpt-4o', name: 'GPT-4o', aliases: [{ text: 'GPT-4o', scope: 'global' }] },
    { id: 'deepseek-v3', name: 'DeepSeek-V3', aliases: [] },
  ];
  return s;
}

async function load(version = 'v1') {
  const pkg = fakePackage(snapshotWithDictionary(version));
  await initFactbase({ dbName, fetch: pkg.fetch, urlOf: pkg.urlOf });
}

const ids = (d: { models: { id: string }[] } | null) => d?.models.map((m) => m.id);

describe('getDictionary with the page words', () => {
  it('answers only the models the words could name, marked pruned', async () => {
    await load();
    const words = [...letterRuns('GPT-4o beats everything, says the article.')];
    const r = await factbaseHandlers.getDictionary({ words }, sender);
    expect(r.pruned).toBe(true);
    expect(r.version).toBe('dict-v1');
    expect(ids(r.dictionary)).toEqual(['gpt-4o']);
    // Families and benchmarks always travel (the engine needs them for any page).
    expect(r.dictionary?.families.map((f) => f.id)).toEqual(['llama-4']);
    expect(r.dictionary?.benchmarks.map((b) => b.name)).toEqual(['LMArena']);
  });

  it('keeps variants with their parent, in the dictionary order', async () => {
    await load();
    const r = await factbaseHandlers.getDictionary(
      { words: [...letterRuns('Maverick and DeepSeek-V3')] },
      sender,
    );
    expect(ids(r.dictionary)).toEqual([
      'llama-4-maverick',
      'llama-4-maverick-03-26-experimental',
      'deepseek-v3',
    ]);
  });

  it('answers no models for words that name none, and the full dictionary without words', async () => {
    await load();
    expect(ids((await factbaseHandlers.getDictionary({ words: [] }, sender)).dictionary)).toEqual([]);
    expect(
      ids((await factbaseHandlers.getDictionary({ words: ['weather', 'today'] }, sender)).dictionary),
    ).toEqual([]);
    const full = await factbaseHandlers.getDictionary({}, sender);
    expect(full.pruned).toBeUndefined();
    expect(full.dictionary?.models).toHaveLength(4);
  });

  it('answers each request from its own words (one page never widens another)', async () => {
    await load();
    await factbaseHandlers.getDictionary({ words: [...letterRuns('GPT-4o, DeepSeek-V3, Llama 4')] }, sender);
    const r = await factbaseHandlers.getDictionary({ words: [...letterRuns('GPT-4o')] }, sender);
    expect(ids(r.dictionary)).toEqual(['gpt-4o']);
  });

  it('still answers null when the caller already holds this version', async () => {
    await load();
    const r = await factbaseHandlers.getDictionary({ knownVersion: 'dict-v1', words: ['gpt'] }, sender);
    expect(r).toEqual({ version: 'dict-v1', dictionary: null });
  });

  it('answers from the new dictionary once the base is replaced', async () => {
    await load('v1');
    expect(
      ids(
        (await factbaseHandlers.getDictionary({ words: [...letterRuns('Gemini 2.0 Flash')] }, sender))
          .dictionary,
      ),
    ).toEqual([]);
    // A newer base (as sync installs it) that knows one more model.
    resetFactbaseForTests();
    await Dexie.delete(dbName);
    const v2 = snapshotWithDictionary('v2');
    v2.dictionary.models.push({ id: 'gemini-2.0-flash', name: 'Gemini 2.0 Flash', aliases: [] });
    const pkg = fakePackage(v2);
    await initFactbase({ dbName, fetch: pkg.fetch, urlOf: pkg.urlOf });
    invalidateFactbaseCache();
    const r = await factbaseHandlers.getDictionary({ words: [...letterRuns('Gemini 2.0 Flash')] }, sender);
    expect(r.version).toBe('dict-v2');
    expect(ids(r.dictionary)).toEqual(['gemini-2.0-flash']);
  });
});
