import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SnapshotManifestSchema, SnapshotSchema, type Fact } from '@/lib/factbase/schema';
import { aliasKey } from '@/lib/factbase/aliases';
import { buildSnapshot } from '@/scripts/lib/build-snapshot';
import { loadSnapshot } from '@/scripts/lib/load-snapshot';

// Built from data/ only (the committed fact base), exactly as `npm run factbase:build` does.
const { snapshot: s, problems } = buildSnapshot(join(process.cwd(), 'data'));
const facts = (p: Partial<Fact>) =>
  s.facts.filter((f) => Object.entries(p).every(([k, v]) => (f as Record<string, unknown>)[k] === v));

describe('fact base snapshot', () => {
  it('validates against the schema and every fact has a known source and a date', () => {
    expect(() => SnapshotSchema.parse(s)).not.toThrow();
    expect(problems).toEqual({ unsourced: [], undated: [], unknownModel: [] });
    const sources = new Set(s.sources.map((x) => x.id));
    expect(s.facts.every((f) => sources.has(f.sourceId) && /^\d{4}/.test(f.asOf))).toBe(true);
    expect(s.sources.every((x) => x.licence && x.date)).toBe(true);
    expect(new Set(s.facts.map((f) => f.id)).size).toBe(s.facts.length);
  });

  it('ships nothing from NoLiMa (non-commercial licence)', () => {
    expect(s.sources.filter((x) => /nolima/i.test(`${x.id} ${x.title} ${x.repository ?? ''}`))).toEqual([]);
  });

  it('holds Maverick experimental 1417 (2025-04-06) and released 1273 (2025-04-11) apart', () => {
    const exp = facts({
      modelId: 'llama-4-maverick-03-26-experimental',
      metric: 'arena_elo',
      asOf: '2025-04-06',
    });
    expect(exp).toHaveLength(1);
    expect(exp[0]).toMatchObject({
      value: 1417,
      benchmark: 'LMArena',
      provenance: 'independent',
      sourceId: 'lmarena-csv-2025-04-06',
    });
    expect(exp[0].extra).toMatchObject({ rank: 2, votes: 2520, lmarenaJson: 1416.6 });
    const rel = facts({ modelId: 'llama-4-maverick', metric: 'arena_elo', asOf: '2025-04-11' });
    expect(rel.map((f) => f.value)).toEqual([1273]);
    // The released model never had 1417 in any snapshot.
    expect(facts({ modelId: 'llama-4-maverick', metric: 'arena_elo' }).some((f) => f.value === 1417)).toBe(
      false,
    );
    // Style control is its own setting.
    expect(
      facts({
        modelId: 'llama-4-maverick-03-26-experimental',
        setting: 'style control',
        asOf: '2025-04-07',
      })[0].value,
    ).toBe(1306.9);
  });

  it("has Meta's Maverick 400B total / 17B active / 128 experts and no 402B anywhere", () => {
    const v = {
      modelId: 'llama-4-maverick',
      provenance: 'vendor' as const,
      sourceId: 'meta-llama4-model-card',
    };
    expect(facts({ ...v, metric: 'total_params' }).map((f) => f.value)).toEqual([400e9]);
    expect(facts({ ...v, metric: 'active_params' }).map((f) => f.value)).toEqual([17e9]);
    expect(facts({ ...v, metric: 'experts' }).map((f) => f.value)).toEqual([128]);
    expect(s.facts.some((f) => f.metric === 'total_params' && f.value === 402e9)).toBe(false);
  });

  it("has Scout's 10M context as a vendor claim and independent long-context results", () => {
    expect(
      facts({ modelId: 'llama-4-scout', metric: 'context_window', provenance: 'vendor' }).map((f) => f.value),
    ).toEqual([10e6, 10e6]);
    expect(
      facts({ modelId: 'llama-4-scout', benchmark: 'Fiction.LiveBench', setting: '120k tokens' })[0],
    ).toMatchObject({ value: 27.3, provenance: 'independent' });
  });

  it('has Behemoth at 2T parameters as an unreleased model', () => {
    expect(s.models.find((m) => m.id === 'llama-4-behemoth')?.status).toBe('unreleased');
    expect(facts({ modelId: 'llama-4-behemoth', metric: 'total_params' })[0]).toMatchObject({
      value: 2e12,
      provenance: 'database',
    });
    expect(facts({ modelId: 'llama-4-behemoth', metric: 'active_params' })[0]).toMatchObject({
      value: 288e9,
      provenance: 'vendor',
    });
  });

  it("has GPT-4o (2024-08-06) MMLU 88.7 as OpenAI's own figure", () => {
    expect(facts({ modelId: 'gpt-4o-2024-08-06', benchmark: 'MMLU', provenance: 'vendor' })[0]).toMatchObject(
      { value: 88.7, unit: '%', sourceId: 'openai-simple-evals' },
    );
    expect(
      facts({ modelId: 'gpt-4o-2024-05-13', benchmark: 'MMLU', sourceId: 'openai-simple-evals' })[0].value,
    ).toBe(87.2);
  });

  it('does not support "over 100,000 GPUs" for Llama 4 training', () => {
    const llama = s.facts.filter((f) => f.modelId.startsWith('llama-4') && f.metric === 'training_gpus');
    expect(llama.every((f) => (f.value ?? 0) < 100_000)).toBe(true);
  });

  it('marks the known disagreements between sources', () => {
    const dis = (p: Partial<Fact>) => facts(p).filter((f) => f.disagreesWith?.length);
    expect(
      dis({ modelId: 'llama-4-maverick', metric: 'training_tokens' })
        .map((f) => f.value)
        .sort(),
    ).toEqual([22e12, 30e12]);
    expect(
      dis({ modelId: 'llama-4-scout', metric: 'training_tokens' })
        .map((f) => f.value)
        .sort(),
    ).toEqual([30e12, 40e12]);
    expect(
      dis({ modelId: 'deepseek-v3', metric: 'active_params' })
        .map((f) => f.value)
        .sort(),
    ).toEqual([36.7e9, 37e9]);
    expect(
      dis({ modelId: 'deepseek-v3', metric: 'release_date' })
        .map((f) => f.valueText)
        .sort(),
    ).toEqual(['2024-12-24', '2024-12-26']);
    expect(
      dis({ modelId: 'llama-4-scout', benchmark: 'GPQA Diamond' })
        .map((f) => f.value)
        .sort(),
    ).toEqual([0.518, 57.2]);
    // Agreeing sources are not marked.
    expect(dis({ modelId: 'llama-4-maverick', metric: 'total_params' })).toEqual([]);
  });

  it('covers every core model with the right tree', () => {
    for (const id of [
      'llama-4-scout',
      'llama-4-maverick',
      'llama-4-maverick-03-26-experimental',
      'llama-4-behemoth',
      'gpt-4o',
      'gpt-4o-2024-05-13',
      'gpt-4o-2024-08-06',
      'gpt-4o-2024-11-20',
      'chatgpt-4o-latest',
      'gpt-4.5',
      'gemini-2.0-flash',
      'gemini-2.0-flash-lite',
      'claude-3.7-sonnet',
      'deepseek-v3',
      'deepseek-v3-0324',
      'mistral-small-3.1',
    ])
      expect(s.facts.filter((f) => f.modelId === id).length, id).toBeGreaterThan(2);
    expect(facts({ modelId: 'mistral-small-3.1', metric: 'context_window' })[0]).toMatchObject({
      value: 128000,
      provenance: 'vendor',
    });
    expect(
      facts({
        modelId: 'deepseek-v3',
        metric: 'total_params',
        sourceId: 'deepseek-v3-readme',
        setting: undefined,
      })[0].value,
    ).toBe(671e9);
  });

  it('carries a dictionary where every alias resolves to one model', () => {
    const owners = new Map<string, Set<string>>();
    for (const m of s.dictionary.models)
      for (const a of m.aliases)
        owners.set(aliasKey(a.text), new Set([...(owners.get(aliasKey(a.text)) ?? []), m.id]));
    expect([...owners].filter(([, ids]) => ids.size > 1)).toEqual([]);
    expect(s.dictionary.version).toBe(s.version);
  });

  it('is deterministic: building twice gives the same version and bytes', () => {
    const again = buildSnapshot(join(process.cwd(), 'data')).snapshot;
    expect(again.version).toBe(s.version);
    expect(JSON.stringify(again)).toBe(JSON.stringify(s));
  });

  it('loadSnapshot returns the same fact base for Node tools', () => {
    expect(loadSnapshot({ fresh: true }).version).toBe(s.version);
  });

  it.skipIf(!existsSync('public/factbase/manifest.json'))(
    'has a manifest whose hash and size match the snapshot file',
    () => {
      const manifest = SnapshotManifestSchema.parse(
        JSON.parse(readFileSync('public/factbase/manifest.json', 'utf8')),
      );
      const bytes = readFileSync(join('public/factbase', manifest.file));
      expect(manifest.size).toBe(bytes.length);
      expect(manifest.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    },
  );
});
