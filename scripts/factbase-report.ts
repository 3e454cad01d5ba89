/**
 * `npm run factbase:report` — what the fact base holds: models, facts per provenance, per source
 * and per metric, disagreements, coverage of the core models, and any fact lacking a source or a
 * date (must be zero: the command exits non-zero otherwise).
 */
import { join, resolve } from 'node:path';
import { buildSnapshot } from './lib/build-snapshot';

const ROOT = resolve(import.meta.dirname, '..');
const CORE = [
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
  'gpt-4o-mini',
  'gemini-2.0-flash',
  'gemini-2.0-flash-lite',
  'claude-3.7-sonnet',
  'claude-3.7-sonnet-thinking',
  'deepseek-v3',
  'deepseek-v3-0324',
  'mistral-small-3.1',
];

const count = <T>(xs: T[], key: (x: T) => string) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};
const table = (rows: [string, number][], indent = '  ') =>
  rows.map(([k, v]) => `${indent}${String(v).padStart(6)}  ${k}`).join('\n');

const { snapshot: s, problems } = buildSnapshot(join(ROOT, 'data'));
const aliasCount = s.dictionary.models.reduce((a, m) => a + m.aliases.length, 0);
console.log(`Fact base ${s.version} (created ${s.created})`);
console.log(
  `models: ${s.models.length} (${s.models.filter((m) => m.parent).length} variants; ${s.dictionary.models.length} in the dictionary with ${aliasCount} aliases)`,
);
console.log(`facts: ${s.facts.length}    sources: ${s.sources.length}`);
console.log('\nfacts per provenance:');
console.log(table(count(s.facts, (f) => f.provenance)));
console.log('\nfacts per source:');
console.log(table(count(s.facts, (f) => f.sourceId)));
console.log('\nfacts per metric:');
console.log(table(count(s.facts, (f) => f.metric)));

const dis = s.facts.filter((f) => f.disagreesWith?.length);
console.log(`\ndisagreements: ${dis.length} facts disagree with another source's fact`);
const byId = new Map(s.facts.map((f) => [f.id, f]));
const show = (f: (typeof s.facts)[number]) =>
  `${f.value ?? f.valueText}${f.unit === '%' ? '%' : f.unit === 'fraction' ? ' (fraction)' : ''} [${f.sourceId}]`;
const seen = new Set<string>();
for (const f of dis.filter((x) => CORE.includes(x.modelId))) {
  const key = [f.id, ...f.disagreesWith!].sort().join('|');
  if (seen.has(key)) continue;
  seen.add(key);
  console.log(
    `  ${f.modelId} ${f.metric}${f.benchmark ? ` ${f.benchmark}` : ''}${f.setting ? ` (${f.setting})` : ''}: ${show(f)} vs ${f.disagreesWith!.map((i) => show(byId.get(i)!)).join(', ')}`,
  );
}

console.log('\ncore model coverage (facts per metric):');
for (const id of CORE) {
  const fs = s.facts.filter((f) => f.modelId === id);
  const m = s.models.find((x) => x.id === id);
  console.log(
    `  ${id.padEnd(38)} ${String(fs.length).padStart(4)}  ${m ? '' : 'MISSING MODEL '}${count(
      fs,
      (f) => f.metric,
    )
      .map(([k, v]) => `${k}:${v}`)
      .join(' ')}`,
  );
}

const bad = problems.unsourced.length + problems.undated.length + problems.unknownModel.length;
console.log(
  `\nfacts lacking a source: ${problems.unsourced.length}; lacking a date: ${problems.undated.length}; naming an unknown model: ${problems.unknownModel.length}`,
);
if (bad) {
  for (const id of [...problems.unsourced, ...problems.undated, ...problems.unknownModel].slice(0, 20))
    console.log(`  ${id}`);
  process.exitCode = 1;
}
