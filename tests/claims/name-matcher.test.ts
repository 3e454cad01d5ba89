import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { foldText, nameKey } from '@/lib/claims/fold-text';
import { testDictionary } from './fixtures/dictionary';

const engine = createClaimEngine(testDictionary);
const names = (text: string) => {
  const f = foldText(text);
  return engine.index.matcher
    .findAll(f, text)
    .map((m) => [text.slice(m.start, m.end), m.entries.filter((e) => e.kind === 'model').map((e) => e.id)]);
};

describe('fold + name matching', () => {
  it('folds without changing length', () => {
    const s = 'GPT\u20114o \u201cbeats\u201d Llama\u00a04 \u2014 caf\u00e9';
    const f = foldText(s);
    expect(f).toHaveLength(s.length);
    expect(f).toBe('gpt-4o "beats" llama 4 - cafe');
  });

  it('treats hyphen, space and nothing alike in names', () => {
    expect(nameKey('DeepSeek V3')).toBe(nameKey('DeepSeek-V3'));
    expect(nameKey('Llama4')).toBe(nameKey('Llama 4'));
    expect(names('DeepSeek V3 and DeepSeek-V3 and DeepSeekV3')).toEqual([
      ['DeepSeek V3', ['deepseek-v3']],
      ['DeepSeek-V3', ['deepseek-v3']],
      ['DeepSeekV3', ['deepseek-v3']],
    ]);
  });

  it('matches GPT-4o written with a non-breaking hyphen (U+2011)', () => {
    expect(names('Compared with GPT\u20114o today')).toEqual([['GPT\u20114o', ['gpt-4o']]]);
  });

  it('prefers the longest name and respects word boundaries', () => {
    expect(names('DeepSeek-V3-0324 is out')[0]).toEqual(['DeepSeek-V3-0324', ['deepseek-v3-0324']]);
    expect(names('GPT-4o mini')[0][1]).toEqual(['gpt-4o-mini']);
    // "Llama 4.1" is not "Llama 4"
    expect(names('Llama 4.1 arrives')).toEqual([]);
    expect(names('GPT-4.5 and GPT-4')).toEqual([
      ['GPT-4.5', ['gpt-4.5']],
      ['GPT-4', ['gpt-4']],
    ]);
  });

  it('does not read lower-case words as capitalised names', () => {
    expect(names('a boy scout went on a maverick trip')).toEqual([]);
  });
});

describe('family-scoped aliases', () => {
  const models = (text: string) => engine.findClaimsInText(text).map((c) => c.model.id);

  it('ignores bare "Maverick" until the article names Llama 4', () => {
    expect(models('Maverick has 17B active parameters.')).toEqual([]);
    expect(models('Meta shipped Llama 4 today. Maverick has 17B active parameters.')).toEqual([
      'llama-4-maverick',
    ]);
  });

  it('accepts a family named later in the same sentence', () => {
    expect(models('Scout, the smallest Llama 4 model, has 17B active parameters.')).toEqual([
      'llama-4-scout',
    ]);
  });

  it('reports the most specific model for dated and experimental variants', () => {
    const c = engine.findClaimsInText('Llama-4-Maverick-03-26-Experimental scored 1417 Elo on LMArena.');
    expect(c[0].model.id).toBe('llama-4-maverick-03-26-experimental');
    expect(c[0].variant).toBe('03-26-Experimental');
    const d = engine.findClaimsInText('gpt-4o-2024-08-06 scored 88.7 on MMLU.');
    expect(d[0].model.id).toBe('gpt-4o-2024-08-06');
  });

  it('absorbs size/variant tails of repository names', () => {
    const c = engine.findClaimsInText('Llama-4-Maverick-17B-128E-Instruct-FP8 scored 67.0% on GPQA Diamond.');
    expect(c).toHaveLength(1);
    expect(c[0].model.id).toBe('llama-4-maverick');
    expect(c[0].variant).toBe('FP8');
    expect(c[0].value).toBe(67);
  });
});
