import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ModelDictionarySchema } from '@/lib/claims/types';
import { ModelSchema, type Model } from '@/lib/factbase/schema';
import { aliasKey, rejectAlias } from '@/lib/factbase/aliases';
import { buildDictionary, decideOwner } from '@/lib/factbase/dictionary';

const dictionary = ModelDictionarySchema.parse(JSON.parse(readFileSync('data/dictionary.json', 'utf8')));
const models: Model[] = JSON.parse(readFileSync('data/models.json', 'utf8')).map((m: unknown) =>
  ModelSchema.parse(m),
);
const byId = new Map(models.map((m) => [m.id, m]));
const commonWords = new Set<string>(JSON.parse(readFileSync('data/common-words.json', 'utf8')));

/** alias key → model ids that list it (whatever the scope). */
function index() {
  const idx = new Map<string, Set<string>>();
  for (const m of dictionary.models)
    for (const a of m.aliases) {
      const k = aliasKey(a.text);
      if (!idx.has(k)) idx.set(k, new Set());
      idx.get(k)!.add(m.id);
    }
  return idx;
}
const resolveAlias = (text: string) => [...(index().get(aliasKey(text)) ?? [])];

describe('generated dictionary', () => {
  it('never lets one alias resolve to two models', () => {
    const clashes = [...index()]
      .filter(([, ids]) => ids.size > 1)
      .map(([k, ids]) => `${k} → ${[...ids].join(', ')}`);
    expect(clashes).toEqual([]);
  });

  it('has no alias that a family or benchmark name also uses', () => {
    const idx = index();
    const reserved = [
      ...dictionary.families.flatMap((f) => [f.name, ...f.aliases]),
      ...dictionary.benchmarks.flatMap((b) => [b.name, ...b.aliases]),
    ].map(aliasKey);
    expect(reserved.filter((k) => idx.has(k))).toEqual([]);
  });

  it('keeps only aliases that are safe in running text', () => {
    const unsafe = dictionary.models.flatMap((m) =>
      m.aliases.filter((a) => rejectAlias(a.text, a.scope)).map((a) => a.text),
    );
    expect(unsafe).toEqual([]);
    for (const word of [
      'Diamond',
      'Claude',
      'Mercury',
      'Whisper',
      'GOAT',
      'Transformer',
      'Scout',
      'Maverick',
    ])
      expect(
        dictionary.models.some((m) => m.aliases.some((a) => a.scope === 'global' && a.text === word)),
      ).toBe(false);
  });

  it('resolves every name form the sources use to the right model', () => {
    const cases: [string, string][] = [
      ['Llama 4 Maverick', 'llama-4-maverick'],
      ['Llama-4-Maverick-17B-128E-Instruct', 'llama-4-maverick'],
      ['llama-4-maverick-03-26-experimental', 'llama-4-maverick-03-26-experimental'],
      ['Llama-4-Maverick-03-26-Experimental', 'llama-4-maverick-03-26-experimental'],
      ['Llama-4-Scout-17B-16E-Instruct', 'llama-4-scout'],
      ['Llama 4 Behemoth', 'llama-4-behemoth'],
      ['GPT-4o', 'gpt-4o'],
      ['gpt-4o-2024-05-13', 'gpt-4o-2024-05-13'],
      ['gpt-4o-2024-08-06', 'gpt-4o-2024-08-06'],
      ['chatgpt-4o-latest', 'chatgpt-4o-latest'],
      ['ChatGPT-4o-latest (2025-03-26)', 'chatgpt-4o-latest-2025-03-26'],
      ['GPT-4.5-Preview', 'gpt-4.5'],
      ['GPT-4o mini', 'gpt-4o-mini'],
      ['Gemini-2.0-Flash-001', 'gemini-2.0-flash'],
      ['Gemini 2.0 Flash-Lite', 'gemini-2.0-flash-lite'],
      ['Claude 3.7 Sonnet', 'claude-3.7-sonnet'],
      ['claude-3-7-sonnet-20250219-thinking-32k', 'claude-3.7-sonnet-thinking'],
      ['DeepSeek-V3', 'deepseek-v3'],
      ['DeepSeek V3', 'deepseek-v3'],
      ['DeepSeek-V3-0324', 'deepseek-v3-0324'],
      ['Mistral-Small-3.1-24B-Instruct-2503', 'mistral-small-3.1'],
    ];
    for (const [text, id] of cases) expect([text, resolveAlias(text)]).toEqual([text, [id]]);
  });

  it('scopes bare Llama 4 names to the family', () => {
    for (const [word, id] of [
      ['Scout', 'llama-4-scout'],
      ['Maverick', 'llama-4-maverick'],
      ['Behemoth', 'llama-4-behemoth'],
    ]) {
      const m = dictionary.models.find((x) => x.id === id)!;
      expect(m.aliases).toContainEqual({ text: word, scope: 'family' });
    }
    expect(dictionary.families.find((f) => f.id === 'llama-4')?.name).toBe('Llama 4');
  });

  it('has the canonical tree from the brief', () => {
    const tree: [string, string, string | undefined, string | undefined][] = [
      [
        'llama-4-maverick-03-26-experimental',
        'Llama 4 Maverick 03-26 Experimental',
        'llama-4-maverick',
        '03-26-Experimental',
      ],
      ['gpt-4o-2024-05-13', 'GPT-4o (2024-05-13)', 'gpt-4o', '2024-05-13'],
      ['gpt-4o-2024-08-06', 'GPT-4o (2024-08-06)', 'gpt-4o', '2024-08-06'],
      ['gpt-4o-2024-11-20', 'GPT-4o (2024-11-20)', 'gpt-4o', '2024-11-20'],
      ['chatgpt-4o-latest', 'ChatGPT-4o-latest', 'gpt-4o', 'chatgpt-4o-latest'],
      ['claude-3.7-sonnet-thinking', 'Claude 3.7 Sonnet (thinking)', 'claude-3.7-sonnet', 'thinking'],
      ['deepseek-v3-0324', 'DeepSeek-V3-0324', 'deepseek-v3', '0324'],
      ['llama-4-scout', 'Llama 4 Scout', undefined, undefined],
      ['gpt-4.5', 'GPT-4.5', undefined, undefined],
      ['gemini-2.0-flash', 'Gemini 2.0 Flash', undefined, undefined],
      ['gemini-2.0-flash-lite', 'Gemini 2.0 Flash-Lite', undefined, undefined],
      ['mistral-small-3.1', 'Mistral Small 3.1', undefined, undefined],
    ];
    for (const [id, name, parent, label] of tree) {
      const m = byId.get(id);
      expect(m, id).toBeDefined();
      expect([m!.name, m!.parent, m!.variantLabel]).toEqual([name, parent, label]);
    }
    expect(byId.get('llama-4-maverick-03-26-experimental')!.status).toBe('experimental');
    expect(byId.get('llama-4-behemoth')!.status).toBe('unreleased');
  });

  it('maps benchmark spellings to one canonical benchmark each', () => {
    const owner = new Map<string, string[]>();
    for (const b of dictionary.benchmarks)
      for (const a of [b.name, ...b.aliases])
        owner.set(aliasKey(a), [...(owner.get(aliasKey(a)) ?? []), b.name]);
    for (const [k, names] of owner) expect([k, new Set(names).size]).toEqual([k, 1]);
    const bench = (t: string) => owner.get(aliasKey(t))?.[0];
    expect(bench('GPQA-Diamond')).toBe('GPQA Diamond');
    expect(bench('gpqa_diamond')).toBe('GPQA Diamond');
    expect(bench('SWE-Bench verified')).toBe('SWE-bench Verified');
    for (const t of ['LMSYS Arena', 'Chatbot Arena', 'Arena', 'LMArena']) expect(bench(t)).toBe('LMArena');
  });
});

describe('alias ownership rules', () => {
  const mk = (id: string, name: string, parent?: string): Model => ({
    id,
    name,
    parent,
    status: 'released',
    aliases: [],
  });
  const small = new Map(
    [
      mk('gpt-4o', 'GPT-4o'),
      mk('gpt-4o-2024-05-13', 'gpt-4o-2024-05-13', 'gpt-4o'),
      mk('other', 'Other'),
    ].map((m) => [m.id, m]),
  );

  it('gives a dated alias to the dated child and the bare name to the parent', () => {
    expect(decideOwner(aliasKey('gpt-4o-2024-05-13'), ['gpt-4o', 'gpt-4o-2024-05-13'], small)).toBe(
      'gpt-4o-2024-05-13',
    );
    expect(decideOwner(aliasKey('GPT-4o'), ['gpt-4o', 'gpt-4o-2024-05-13'], small)).toBe('gpt-4o');
    expect(decideOwner(aliasKey('4o'), ['gpt-4o', 'gpt-4o-2024-05-13'], small)).toBe('gpt-4o');
  });

  it('drops an alias two unrelated models claim', () => {
    expect(decideOwner('shared', ['gpt-4o', 'other'], small)).toBeNull();
    const { dictionary: d, dropped } = buildDictionary({
      version: 't',
      models: [
        {
          ...mk('a', 'Alpha One'),
          aliases: [
            { text: 'Alpha One', scope: 'global' },
            { text: 'Shared Name', scope: 'global' },
          ],
        },
        {
          ...mk('b', 'Beta Two'),
          aliases: [
            { text: 'Beta Two', scope: 'global' },
            { text: 'shared-name', scope: 'global' },
          ],
        },
      ],
      families: [],
      benchmarks: [],
    });
    expect(d.models.flatMap((m) => m.aliases.map((a) => a.text))).toEqual(['Alpha One', 'Beta Two']);
    expect(dropped).toContainEqual({ text: 'shared name', models: ['a', 'b'], reason: 'ambiguous' });
  });

  it('rejects plain words and keeps CamelCase, digits and family-scoped names', () => {
    expect(rejectAlias('Diamond')).toBe('plain-word');
    expect(rejectAlias('BERT')).toBe('plain-word');
    expect(rejectAlias('Instruct')).toBe('generic-word');
    expect(rejectAlias('o1')).toBeNull();
    expect(rejectAlias('V3')).toBe('too-short');
    expect(rejectAlias('DeepSeek')).toBeNull();
    expect(rejectAlias('GPT-4o')).toBeNull();
    expect(rejectAlias('Maverick', 'family')).toBeNull();
    expect(rejectAlias('Maverick')).toBe('plain-word');
  });

  it('drops names made only of common words, keeps brand names', () => {
    const common = new Set(['image', 'generation', 'instant', 'large']);
    expect(rejectAlias('Image generation', 'global', common)).toBe('plain-phrase');
    expect(rejectAlias('Image-Generation', 'global', common)).toBe('plain-phrase');
    expect(rejectAlias('Claude Instant', 'global', common)).toBeNull();
    expect(rejectAlias('Image Generation 2', 'global', common)).toBeNull();
    expect(commonWords.has('generation')).toBe(true);
    expect(['gemini', 'qwen', 'claude', 'maverick', 'llama'].filter((w) => commonWords.has(w))).toEqual([]);
  });
});

describe('generated model tree (general version rule, real data)', () => {
  it('resolves OpenAI o-series names, and no other two-character alias', () => {
    for (const id of ['o1', 'o3', 'o3-mini', 'o4-mini']) expect(resolveAlias(id), id).toEqual([id]);
    const short = dictionary.models.flatMap((m) =>
      m.aliases.filter((a) => a.text.length < 3).map((a) => a.text),
    );
    expect(short.every((t) => /^o\d$/.test(t))).toBe(true);
    expect(resolveAlias('s1')).toEqual([]);
  });

  it('makes dated and suffixed leaderboard entries children of their base model', () => {
    const cases: [string, string, string][] = [
      ['grok-3-preview-02-24', 'grok-3', 'Preview-02-24'],
      ['o1-2024-12-17', 'o1', '2024-12-17'],
      ['o3-mini-high', 'o3-mini', 'high'],
      ['o3-2025-04-16', 'o3', '2025-04-16'],
      ['llama-3.1-405b-instruct-bf16', 'llama-3.1-405b-instruct', 'bf16'],
      ['claude-3.5-sonnet-20240620', 'claude-3.5-sonnet', '20240620'],
      ['claude-3.5-sonnet-20241022', 'claude-3.5-sonnet', '20241022'],
    ];
    for (const [id, parent, label] of cases)
      expect([id, byId.get(id)?.parent, byId.get(id)?.variantLabel]).toEqual([id, parent, label]);
    // LMArena's "Grok-2-08-13" (CSV) and "grok-2-2024-08-13" (JSON) are Epoch's grok-2-0813.
    for (const name of ['Grok-2-08-13', 'grok-2-2024-08-13', 'grok-2-0813'])
      expect(resolveAlias(name), name).toEqual(['grok-2-0813']);
    expect(resolveAlias('Meta-Llama-3.1-405B-Instruct-bf16')).toEqual(['llama-3.1-405b-instruct-bf16']);
  });

  it('gives Claude 3.5 Sonnet (20241022) one identity across "3-5" and "3.5" spellings', () => {
    expect(byId.has('claude-3-5-sonnet-20241022')).toBe(false);
    for (const name of ['claude-3-5-sonnet-20241022', 'Claude 3.5 Sonnet (20241022)'])
      expect(resolveAlias(name), name).toEqual(['claude-3.5-sonnet-20241022']);
    const facts = readFileSync('data/facts/lmarena-csv.json', 'utf8');
    expect(facts).toContain('"modelId":"claude-3.5-sonnet-20241022"');
    expect(readFileSync('data/facts/aider-polyglot.json', 'utf8')).toContain(
      '"modelId":"claude-3.5-sonnet-20241022"',
    );
  });

  it('maps Mistral-Small-24B-Instruct-2503 to Mistral Small 3.1 (endpoint mistral-small-2503)', () => {
    expect(resolveAlias('Mistral-Small-24B-Instruct-2503')).toEqual(['mistral-small-3.1']);
    expect(resolveAlias('mistral-small-2503')).toEqual(['mistral-small-3.1']);
    // Mistral Small 3 (mistral-small-2501) keeps its own LMArena name.
    expect(resolveAlias('Mistral-Small-24B-Instruct-2501')).not.toContain('mistral-small-3.1');
  });

  it('lists the FP8 checkpoint spelling on Maverick but leaves it to the engine as a variant', () => {
    const fp8 = 'Llama-4-Maverick-17B-128E-Instruct-FP8';
    expect(byId.get('llama-4-maverick')!.aliases.map((a) => a.text)).toContain(fp8);
    expect(resolveAlias(fp8)).toEqual([]);
    expect(resolveAlias('Llama-4-Maverick-17B-128E-Instruct')).toEqual(['llama-4-maverick']);
  });
});
