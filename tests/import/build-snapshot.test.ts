import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSnapshot } from '@/scripts/lib/build-snapshot';

/** A minimal data/ directory in a temp folder. */
function dataDir(facts: unknown[], corrections: unknown[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'factbase-'));
  mkdirSync(join(dir, 'facts'));
  const w = (p: string, v: unknown) => writeFileSync(join(dir, p), JSON.stringify(v));
  w('models.json', [
    { id: 'toy-1', name: 'Toy One', status: 'released', aliases: [{ text: 'Toy One', scope: 'global' }] },
  ]);
  w('sources.json', [
    { id: 'src', title: 'Toy source', publisher: 'Tests', date: '2025-01-02', licence: 'MIT' },
  ]);
  w('families.json', []);
  w('benchmarks.json', [{ name: 'MMLU', aliases: ['MMLU'] }]);
  w('facts/toy.json', facts);
  w('facts/corrections.json', corrections);
  return dir;
}
const fact = (id: string, p: Record<string, unknown> = {}) => ({
  id,
  modelId: 'toy-1',
  metric: 'total_params',
  value: 1e9,
  unit: 'params',
  asOf: '2025-01-01',
  provenance: 'vendor',
  sourceId: 'src',
  ...p,
});

describe('buildSnapshot', () => {
  it('reports facts whose source or model is unknown', () => {
    const { problems } = buildSnapshot(
      dataDir([fact('a'), fact('b', { sourceId: 'nowhere' }), fact('c', { modelId: 'ghost' })]),
    );
    expect(problems).toEqual({ unsourced: ['b'], undated: [], unknownModel: ['c'] });
  });

  it('rejects a fact without a date', () => {
    const { asOf: _asOf, ...undated } = fact('a');
    expect(() => buildSnapshot(dataDir([undated]))).toThrow();
  });

  it('merges accepted corrections with their source and drops superseded facts', () => {
    const { snapshot, problems } = buildSnapshot(
      dataDir(
        [fact('old')],
        [
          {
            correctionId: 'c1',
            fact: fact('corr:1', { value: 2e9, sourceId: 'reader-1', asOf: '2026-01-05' }),
            source: {
              id: 'reader-1',
              title: 'Reader evidence',
              publisher: 'Reader',
              url: 'https://example.test/e',
              date: '2026-01-05',
              licence: 'cited',
            },
            supersedes: ['old'],
          },
        ],
      ),
    );
    expect(problems.unsourced).toEqual([]);
    expect(snapshot.facts.map((f) => [f.id, f.value])).toEqual([['corr:1', 2e9]]);
    expect(snapshot.sources.map((s) => s.id)).toEqual(['reader-1', 'src']);
    // The newest date in the data sets `created` and the version.
    expect(snapshot.created).toBe('2026-01-05T00:00:00.000Z');
    expect(snapshot.version).toMatch(/^20260105-[0-9a-f]{12}$/);
  });

  it('gives a different version when any fact changes', () => {
    const a = buildSnapshot(dataDir([fact('a')])).snapshot.version;
    const b = buildSnapshot(dataDir([fact('a', { value: 2e9 })])).snapshot.version;
    expect(a).not.toBe(b);
    expect(buildSnapshot(dataDir([fact('a')])).snapshot.version).toBe(a);
  });
});
