import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DictionaryPruner, letterRuns } from '@/lib/page/prune-dictionary';
import { createClaimEngine } from '@/lib/claims/engine';
import { docFromText, extractDocument } from '@/lib/claims/extract-text';
import type { ModelDictionary } from '@/lib/claims/types';

const dict = JSON.parse(
  readFileSync(new URL('../../data/dictionary.json', import.meta.url), 'utf8'),
) as ModelDictionary;

describe('letterRuns', () => {
  it('folds case, accents and typographic separators', () => {
    expect([...letterRuns('GPT‑4o beats Llama4 and Mistral-Small; café')].sort()).toEqual(
      ['and', 'beats', 'cafe', 'gpt', 'llama', 'mistral', 'o', 'small'].sort(),
    );
  });
});

describe('DictionaryPruner', () => {
  const text =
    'Meta released Llama 4. Maverick has 402B total, 17B active parameters and scored 1417 Elo on LMArena. ' +
    'It beats GPT‑4o on MMLU, and DeepSeek-V3 has 671B total parameters. Claude 3.7 Sonnet (thinking) scores 84.8% on GPQA Diamond.';

  it('keeps far fewer models than the dictionary holds', () => {
    const p = new DictionaryPruner(dict).indexAll();
    p.add(letterRuns(text));
    expect(p.size).toBeGreaterThan(0);
    expect(p.size).toBeLessThan(dict.models.length / 4);
  });

  it('finds exactly the same claims as the full dictionary', () => {
    const p = new DictionaryPruner(dict);
    p.add(letterRuns(text));
    const full = createClaimEngine(dict).findClaims(docFromText(text));
    const pruned = createClaimEngine(p.dictionary()).findClaims(docFromText(text));
    expect(full.length).toBeGreaterThan(3);
    expect(pruned).toEqual(full);
  });

  it('keeps parents and children of kept models, and reports growth', () => {
    const p = new DictionaryPruner(dict).indexAll();
    expect(p.add(letterRuns('nothing relevant here'))).toBe(false);
    expect(p.add(letterRuns('GPT-4o'))).toBe(true);
    const ids = new Set(p.dictionary().models.map((m) => m.id));
    expect(ids.has('gpt-4o')).toBe(true);
    expect(ids.has('gpt-4o-2024-08-06')).toBe(true);
    expect(p.add(letterRuns('GPT-4o again'))).toBe(false);
  });

  it('indexes in small steps (so the content script can yield between them)', () => {
    const p = new DictionaryPruner(dict);
    let steps = 0;
    while (p.indexSome(500)) steps++;
    expect(steps).toBe(Math.ceil(dict.models.length / 500) - 1);
  });
});

describe('DictionaryPruner.subset (for a background answering many pages)', () => {
  it('answers each page from one index without accumulating', () => {
    const shared = new DictionaryPruner(dict).indexAll();
    const a = shared.subset(letterRuns('DeepSeek-V3 has 671B total parameters.'));
    const b = shared.subset(letterRuns('GPT-4o scores 88.7% on MMLU.'));
    const ids = (d: ModelDictionary) => new Set(d.models.map((m) => m.id));
    expect(ids(a).has('deepseek-v3')).toBe(true);
    expect(ids(a).has('gpt-4o')).toBe(false);
    expect(ids(b).has('gpt-4o')).toBe(true);
    expect(ids(b).has('deepseek-v3')).toBe(false);
    expect(shared.size).toBe(new DictionaryPruner(dict).indexAll().size);
  });

  it('keeps a model only when every word of one of its names occurs (strict)', () => {
    const shared = new DictionaryPruner(dict).indexAll();
    const words = letterRuns('GPT-4o and GPT-4 lead; DeepSeek-V3 follows.');
    const ids = new Set(shared.subset(words).models.map((m) => m.id));
    expect(ids.has('gpt-4o')).toBe(true);
    expect(ids.has('gpt-4o-2024-08-06')).toBe(true); // a variant of a kept model
    expect(ids.has('deepseek-v3')).toBe(true);
    expect(ids.has('gpt-3.5-turbo')).toBe(false); // no "turbo" on the page
    // The incremental (first-word) rule keeps it: strict is for complete word sets only.
    const loose = new DictionaryPruner(dict).indexAll();
    loose.add(words);
    expect(new Set(loose.dictionary().models.map((m) => m.id)).has('gpt-3.5-turbo')).toBe(true);
  });

  it('finds exactly the claims of the full dictionary on every corpus page', () => {
    const dir = new URL('../fixtures/corpus/', import.meta.url);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    const shared = new DictionaryPruner(dict).indexAll();
    const full = createClaimEngine(dict);
    let claims = 0;
    for (const page of pages) {
      const { document } = parseHTML(readFileSync(new URL(page, dir), 'utf8'));
      const doc = extractDocument(document.body);
      const sub = shared.subset(letterRuns(doc.text));
      expect(sub.models.length).toBeLessThan(dict.models.length / 4);
      const want = full.findClaims(doc, { pageDate: '2025-08-20' });
      claims += want.length;
      expect(createClaimEngine(sub).findClaims(doc, { pageDate: '2025-08-20' }), page).toEqual(want);
    }
    expect(claims).toBeGreaterThan(100);
  });
});
