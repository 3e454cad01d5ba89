/**
 * `npm run factbase:import` — reads the raw source files in ../shared/data/raw and rewrites the
 * generated part of data/ deterministically (same inputs → byte-identical files), then builds
 * the snapshot. Hand-curated files it never touches: data/benchmarks.json, data/families.json,
 * data/facts/corrections.json, data/README.md (and scripts/import/curated/ holds the model core).
 * CLAIMCHECK_RAW overrides the raw-data folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Fact, Model } from '../../lib/factbase/schema';
import { FactSchema, ModelSchema, SourceSchema } from '../../lib/factbase/schema';
import { AcceptedCorrectionsFileSchema } from '../../lib/factbase/accepted-corrections';
import { ModelRegistry } from './lib/registry';
import { FactSink } from './lib/facts';
import { toModel } from './lib/to-model';
import { writeJson } from './lib/write';
import { writeSnapshot } from '../factbase-build';
import { SOURCES } from './sources';
import { importEpochModels } from './epoch-models';
import { importLmarenaCsv } from './lmarena-csv';
import { corroborateLmarena, importLmarenaStyleControl } from './lmarena-json';
import {
  importEpochAider,
  importEpochLiveBench,
  importEpochMmlu,
  importEpochRuns,
  importFictionLiveBench,
  importModelVersions,
} from './epoch-benchmarks';
import { importAider } from './aider';
import { importLlama4Card } from './vendor-meta-llama4';
import { importDeepseek } from './vendor-deepseek';
import { importSimpleEvals } from './vendor-openai';
import { importMistral } from './vendor-mistral';
import { commonWordsFromEpoch } from './common-words';
import { importRuler } from './ruler';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DATA = join(ROOT, 'data');
const RAW = resolve(process.env.CLAIMCHECK_RAW ?? join(ROOT, '../shared/data/raw'));

const raw = (rel: string) => readFileSync(join(RAW, rel), 'utf8');
const src = (id: string) => {
  const s = SOURCES.find((x) => x.id === id);
  if (!s?.raw) throw new Error(`no raw file for ${id}`);
  return s;
};

/** Plain code-unit order: unlike localeCompare it never depends on the machine's locale. */
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** LMArena JSON keys with no CSV fact nearby (reported, not shipped). */
export let lastJsonOnly: Record<string, string[]> = {};
export let lastCommonWords: string[] = [];

export function runImport(): { models: Model[]; facts: Record<string, Fact[]> } {
  const reg = new ModelRegistry();
  const out: Record<string, FactSink> = {};
  const sink = (name: string) => (out[name] ??= new FactSink());

  // Order matters for identity: Epoch's canonical names first, then version ids (children),
  // then the leaderboards and vendor cards, which mostly resolve to models already known.
  importEpochModels(raw(src('epoch-models').raw!), reg, sink('epoch-models'));
  importModelVersions(raw(src('epoch-model-versions').raw!), reg, sink('epoch-model-versions'));
  const csvSources = SOURCES.filter((x) => x.id.startsWith('lmarena-csv-'));
  for (const s of csvSources) importLmarenaCsv(raw(s.raw!), s.id, s.date, reg, sink('lmarena-csv'));
  for (const s of SOURCES.filter((x) => x.id.startsWith('lmarena-json-style-control-')))
    importLmarenaStyleControl(raw(s.raw!), s.id, s.date, reg, sink('lmarena-style-control'));
  const jsonOnly: Record<string, string[]> = {};
  for (const s of SOURCES.filter((x) => /^lmarena-json-\d/.test(x.id)))
    jsonOnly[s.id] = corroborateLmarena(raw(s.raw!), s.id, s.date, reg, sink('lmarena-csv').facts).jsonOnly;
  importEpochRuns(raw(src('epoch-benchmark-runs').raw!), reg, sink('epoch-benchmark-runs'));
  importFictionLiveBench(raw(src('epoch-fictionlivebench').raw!), reg, sink('epoch-fictionlivebench'));
  importEpochAider(raw(src('epoch-aider-polyglot').raw!), reg, sink('epoch-aider-polyglot'));
  importEpochLiveBench(raw(src('epoch-livebench').raw!), reg, sink('epoch-livebench'));
  importEpochMmlu(raw(src('epoch-mmlu').raw!), reg, sink('epoch-mmlu'));
  importAider(raw(src('aider-polyglot').raw!), reg, sink('aider-polyglot'));
  importLlama4Card(
    raw(src('meta-llama4-model-card').raw!),
    raw(src('meta-llama-models-readme').raw!),
    reg,
    sink('vendor-meta-llama4'),
  );
  importDeepseek(
    {
      readme: raw(src('deepseek-v3-readme').raw!),
      weights: raw(src('deepseek-v3-readme-weights').raw!),
      config: raw(src('deepseek-v3-config').raw!),
    },
    reg,
    sink('vendor-deepseek-v3'),
  );
  importSimpleEvals(raw(src('openai-simple-evals').raw!), reg, sink('vendor-openai-simple-evals'));
  importMistral(raw(src('mistral-models-overview').raw!), reg, sink('vendor-mistral'));
  importRuler(raw(src('nvidia-ruler').raw!), reg, sink('nvidia-ruler'));
  lastJsonOnly = jsonOnly;

  // Accepted reader corrections must still name models that exist after a re-import.
  const corrPath = join(DATA, 'facts', 'corrections.json');
  if (existsSync(corrPath))
    for (const c of AcceptedCorrectionsFileSchema.parse(JSON.parse(readFileSync(corrPath, 'utf8'))))
      if (!reg.get(c.fact.modelId)) throw new Error(`corrections.json: unknown model id ${c.fact.modelId}`);

  const commonWords = new Set(commonWordsFromEpoch(raw(src('epoch-models').raw!)));
  lastCommonWords = [...commonWords];
  const models = [...reg.models.values()].map((d) => toModel(d, commonWords)).sort(byId);
  for (const m of models) ModelSchema.parse(m);
  const facts: Record<string, Fact[]> = {};
  for (const [name, s] of Object.entries(out)) {
    facts[name] = [...s.facts].sort(byId);
    for (const f of facts[name]) FactSchema.parse(f);
  }
  return { models, facts };
}

function main() {
  const { models, facts } = runImport();
  writeJson(join(DATA, 'models.json'), models);
  writeJson(
    join(DATA, 'sources.json'),
    SOURCES.map(({ raw: _raw, ...s }) => SourceSchema.parse(s)).sort(byId),
  );
  for (const [name, list] of Object.entries(facts)) writeJson(join(DATA, 'facts', `${name}.json`), list);
  const corrections = join(DATA, 'facts', 'corrections.json');
  if (!existsSync(corrections)) writeJson(corrections, []);

  writeJson(join(DATA, 'common-words.json'), lastCommonWords);
  // The dictionary (data/dictionary.json) and the snapshot are derived from the files above.
  const { manifest, dropped } = writeSnapshot(DATA);
  writeJson(
    join(DATA, 'reports', 'dropped-aliases.json'),
    dropped.filter((d) => d.reason === 'ambiguous' || d.reason === 'family-or-benchmark-name'),
  );
  writeJson(join(DATA, 'reports', 'lmarena-json-only.json'), lastJsonOnly);
  const n = Object.values(facts).reduce((a, l) => a + l.length, 0);
  console.log(
    `imported ${models.length} models and ${n} facts; snapshot ${manifest.version} (${manifest.size} bytes)`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
