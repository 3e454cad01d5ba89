/**
 * Output freeze for engine performance work: runs the claim engine over every fixture page
 * (tests/fixtures/*: corpus and every holdout set) and the bench articles, and writes or compares the JSON of all claims.
 * A speed-up must leave this byte-identical.
 *
 *   npx tsx scripts/bench/tools/claims-golden.ts --write [file]   # record (default /tmp/claims-golden.json)
 *   npx tsx scripts/bench/tools/claims-golden.ts [file]           # compare; exits 1 on any difference
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createClaimEngine } from '../../../lib/claims/engine';
import { docFromText } from '../../../lib/claims/extract-text';
import { scanHtml } from '../../../lib/claims/scan-html';
import { ModelDictionarySchema } from '../../../lib/claims/types';
import { syntheticArticle as benchPage } from '../../bench-e2e/article';
import { loadBenchDictionary, syntheticArticle } from '../claims';

const ROOT = resolve(import.meta.dirname, '../../..');

function main(): void {
  const args = process.argv.slice(2);
  const write = args.includes('--write');
  const file = args.find((a) => !a.startsWith('--')) ?? '/tmp/claims-golden.json';
  const dict = ModelDictionarySchema.parse(
    JSON.parse(readFileSync(resolve(ROOT, 'data/dictionary.json'), 'utf8')),
  );
  const engine = createClaimEngine(dict);
  const out: Record<string, unknown> = {};
  const fixtures = resolve(ROOT, 'tests/fixtures');
  const sets = readdirSync(fixtures, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const sub of sets) {
    const dir = join(fixtures, sub);
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.html'))
      .sort()) {
      const { doc, pageDate } = scanHtml(readFileSync(join(dir, f), 'utf8'));
      out[`${sub}/${f}`] = engine.findClaims(doc, { pageDate });
    }
  }
  // the bench:e2e page (what the content-script budget is measured on)
  const page = scanHtml(benchPage(10_000, 50, 'Ten thousand words on Llama 4'));
  out['bench-e2e/10k'] = engine.findClaims(page.doc, { pageDate: page.pageDate });
  const benchDict = loadBenchDictionary();
  const benchEngine = createClaimEngine(benchDict);
  for (const words of [10_000, 100_000]) {
    const doc = docFromText(syntheticArticle(benchDict, words, words));
    out[`bench/${words}`] = benchEngine.findClaims(doc);
  }
  const json = JSON.stringify(out, null, 1);
  const n = Object.values(out).reduce((s: number, v) => s + (v as unknown[]).length, 0);
  if (write) {
    writeFileSync(file, json);
    console.log(`golden: wrote ${Object.keys(out).length} pages, ${n} claims to ${file}`);
    return;
  }
  const old = readFileSync(file, 'utf8');
  if (old === json) {
    console.log(`golden: identical (${Object.keys(out).length} pages, ${n} claims)`);
    return;
  }
  const prev = JSON.parse(old) as Record<string, unknown>;
  for (const k of new Set([...Object.keys(prev), ...Object.keys(out)]))
    if (JSON.stringify(prev[k]) !== JSON.stringify(out[k])) console.log(`golden: DIFFERS on ${k}`);
  process.exit(1);
}

main();
