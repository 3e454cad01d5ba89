/**
 * npm run eval [-- --verbose] [--dir <corpus dir>]...
 * Runs the claim engine over tests/fixtures/corpus/*.html (or each --dir; several are pooled into
 * one score, pages named <set>/<page>) and scores it against
 * the *.labels.json next to each page: precision / recall / F1 overall, prose vs
 * table, per metric; --verbose lists false positives and negatives; --attributes [name] lists each
 * matched claim whose attribute (or only the named one) differs from its label.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createClaimEngine } from '../lib/claims/engine';
import { evaluatePages, prf, type Counts, type LabelledPage } from '../lib/claims/evaluate';
import { scanHtml } from '../lib/claims/scan-html';
import { ModelDictionarySchema, type ModelDictionary } from '../lib/claims/types';
import { endQuietlyOnClosedPipe } from './lib/quiet-pipe';

const ROOT = resolve(import.meta.dirname, '..');

export function loadCorpus(dir: string, dict: ModelDictionary): LabelledPage[] {
  const engine = createClaimEngine(dict);
  const pages: LabelledPage[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const labelsPath = join(dir, file.replace(/\.html$/, '.labels.json'));
    if (!existsSync(labelsPath)) continue;
    const labels = JSON.parse(readFileSync(labelsPath, 'utf8'));
    const { doc, pageDate } = scanHtml(readFileSync(join(dir, file), 'utf8'));
    const claims = engine.findClaims(doc, { pageDate });
    pages.push({ name: file.replace(/\.html$/, ''), text: doc.text, claims, labels: labels.claims ?? [] });
  }
  return pages;
}

function pct(n: number): string {
  return n.toFixed(3);
}

function row(name: string, c: Counts): string {
  const { precision, recall, f1 } = prf(c);
  return `${name.padEnd(20)} ${pct(precision).padStart(9)} ${pct(recall).padStart(7)} ${pct(f1).padStart(6)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}`;
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  const attrAt = args.indexOf('--attributes');
  const attrOnly =
    attrAt >= 0 && args[attrAt + 1] && !args[attrAt + 1].startsWith('-') ? args[attrAt + 1] : '';
  const dirs = args.flatMap((a, i) => (a === '--dir' && args[i + 1] ? [resolve(args[i + 1])] : []));
  if (!dirs.length) dirs.push(resolve(ROOT, 'tests/fixtures/corpus'));
  const dictPath = resolve(ROOT, 'data/dictionary.json');
  for (const dir of dirs)
    if (!existsSync(dir)) {
      console.error(`eval: corpus directory ${dir} not found`);
      process.exit(1);
    }
  if (!existsSync(dictPath)) {
    console.error('eval: data/dictionary.json missing; run npm run factbase:build');
    process.exit(1);
  }
  const dict = ModelDictionarySchema.parse(JSON.parse(readFileSync(dictPath, 'utf8')));
  const pages = dirs.flatMap((dir) =>
    loadCorpus(dir, dict).map((p) => (dirs.length > 1 ? { ...p, name: `${basename(dir)}/${p.name}` } : p)),
  );
  const res = evaluatePages(pages, dict);
  console.log(
    `${pages.length} pages, ${res.overall.tp + res.overall.fn} labelled claims, ${res.overall.tp + res.overall.fp} reported\n`,
  );
  console.log(`${''.padEnd(20)} precision  recall     F1    tp   fp   fn`);
  console.log(row('overall', res.overall));
  for (const [k, c] of Object.entries(res.byContext).sort()) console.log(row(k, c));
  console.log('');
  for (const [k, c] of Object.entries(res.byMetric).sort()) console.log(row(k, c));
  console.log('\nattribute accuracy over matched claims:');
  for (const [k, a] of Object.entries(res.attributes)) console.log(`  ${k.padEnd(10)} ${a.right}/${a.total}`);
  if (res.unresolvedLabels.length)
    console.log(
      `\nlabels whose model the dictionary cannot resolve: ${[...new Set(res.unresolvedLabels)].join('; ')}`,
    );
  if (attrAt >= 0) {
    const list = res.attributeMisses.filter((m) => !attrOnly || m.attribute === attrOnly);
    console.log(`\nattribute mismatches (${list.length}):`);
    for (const m of list)
      console.log(
        `  ${m.page}: ${m.attribute} ${JSON.stringify(m.quote)} label=${JSON.stringify(m.label)} engine=${JSON.stringify(m.engine)}`,
      );
  }
  if (verbose) {
    for (const kind of ['fp', 'fn'] as const) {
      const list = res.misses.filter((m) => m.kind === kind);
      console.log(`\n${kind === 'fp' ? 'false positives' : 'false negatives'} (${list.length}):`);
      for (const m of list)
        console.log(
          `  ${m.page}: ${JSON.stringify(m.quote)} ${m.model} ${m.metric} ${m.value ?? ''} [${m.context}]${m.detail ? ' ' + m.detail : ''}`,
        );
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  endQuietlyOnClosedPipe();
  main();
}
