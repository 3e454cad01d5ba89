import { describe, expect, it } from 'vitest';
import { ModelRegistry } from '@/scripts/import/lib/registry';
import { sizedReleaseSpellings, toModel } from '@/scripts/import/lib/to-model';

/** A registry with a few generated base models (no curated core, so only the general rule acts). */
function registry() {
  const reg = new ModelRegistry([]);
  for (const n of [
    'o1',
    'o3-mini',
    'Grok-2',
    'Grok-3',
    'Claude 3.5 Sonnet',
    'Llama-3.1-405B-Instruct',
    'Mistral Large',
  ])
    reg.create(n);
  return reg;
}
const make = (reg: ModelRegistry, name: string, source: string) =>
  reg.resolve(name, source, { createIfMissing: true })!.model;

describe('dated and suffixed source names become children of the known model', () => {
  it('strips dates and checkpoint qualifiers until the rest names a model', () => {
    const reg = registry();
    expect(make(reg, 'o1-2024-12-17', 'lmarena')).toMatchObject({ parent: 'o1', variantLabel: '2024-12-17' });
    expect(make(reg, 'o3-mini-high', 'lmarena')).toMatchObject({ parent: 'o3-mini', variantLabel: 'high' });
    expect(make(reg, 'Grok-3-Preview-02-24', 'lmarena')).toMatchObject({
      id: 'grok-3-preview-02-24',
      parent: 'grok-3',
      variantLabel: 'Preview-02-24',
    });
  });

  it('leaves names alone when no known model remains, and year-month codes are not dates', () => {
    const reg = registry();
    expect(make(reg, 'Toy-Model-2024-01-01', 'lmarena').parent).toBeUndefined();
    // Mistral's "2407" is a release name (24.07), not month-day: no child of Mistral Large.
    expect(make(reg, 'Mistral-Large-2407', 'lmarena').parent).toBeUndefined();
  });

  it('builds the child id from the parent id, so "3-5" and "3.5" spellings are one model', () => {
    const reg = registry();
    const a = make(reg, 'claude-3-5-sonnet-20241022', 'aider');
    expect(a).toMatchObject({
      id: 'claude-3.5-sonnet-20241022',
      parent: 'claude-3.5-sonnet',
      variantLabel: '20241022',
    });
    expect(make(reg, 'Claude 3.5 Sonnet (20241022)', 'lmarena').id).toBe(a.id);
    expect(make(reg, 'claude-3.5-sonnet-20241022', 'epoch').id).toBe(a.id);
    expect(toModel(a).aliases.map((x) => x.text)).toContain('claude-3-5-sonnet-20241022');
  });

  it('merges a sibling with the same date spelled differently by another source', () => {
    const reg = registry();
    const a = make(reg, 'grok-2-0813', 'epoch');
    expect(make(reg, 'Grok-2-08-13', 'lmarena-csv').id).toBe(a.id);
    expect(make(reg, 'grok-2-2024-08-13', 'lmarena-json').id).toBe(a.id);
    // Two rows of one source are two models: facts of one snapshot never collide on one model.
    expect(make(reg, 'Grok-2-08-13', 'epoch').id).toBe(a.id);
    const b = registry();
    const first = make(b, 'grok-2-0813', 'lmarena-csv');
    expect(make(b, 'Grok-2-08-13', 'lmarena-csv').id).not.toBe(first.id);
  });

  it('resolves organisation prefixes and sized release names to the known model', () => {
    const reg = registry();
    const bf16 = make(reg, 'Meta-Llama-3.1-405B-Instruct-bf16', 'lmarena');
    expect(bf16).toMatchObject({ parent: 'llama-3.1-405b-instruct', variantLabel: 'bf16' });
    expect(make(reg, 'llama-3.1-405b-instruct-bf16', 'epoch').id).toBe(bf16.id);
    const reg2 = new ModelRegistry([
      { id: 'mistral-small-3', name: 'Mistral Small 3', status: 'released', names: ['mistral-small-2501'] },
    ]);
    expect(make(reg2, 'Mistral-Small-24B-Instruct-2501', 'lmarena').id).toBe('mistral-small-3');
  });

  it('derives the version-less sized spelling only when the model has the endpoint name', () => {
    expect(sizedReleaseSpellings(['Mistral-Small-3.1-24B-Instruct-2503', 'mistral-small-2503'])).toEqual([
      'Mistral-Small-24B-Instruct-2503',
    ]);
    expect(sizedReleaseSpellings(['Mistral-Small-3.1-24B-Instruct-2503'])).toEqual([]);
  });
});
