/**
 * Precision per attribution route: which rule of the claim engine chose each prose claim's model
 * ('nearest-before', 'subject-before', 'name-after', 'backref-carry', 'paragraph-subject',
 * 'section-model', 'one-page', 'clear-topic', 'date:about-nearest', ...; see the `via(...)` calls in
 * lib/claims/engine.ts), and how often that choice was right. A claim is a true positive when it matches
 * a label (as `npm run eval` scores it); a false positive is "wrong owner" when a label gives the same
 * figure (same metric and value, overlapping quote) to another model. Routes with poor precision are
 * where attribution should abstain: a wrong owner costs a false positive AND a miss, silence only the miss.
 *
 *   npx tsx scripts/bench/tools/attribution-routes.ts                 # all tuning sets, one row per route
 *   npx tsx scripts/bench/tools/attribution-routes.ts --sets holdout-13,holdout-14
 *   npx tsx scripts/bench/tools/attribution-routes.ts --route backref-carry   # list that route's FPs ('all': every FP)
 *
 * Routes: the engine reports them through createClaimEngine(dict, { onRoute }) (debug only, not in
 * the Claim output). Suffixes: '+vendor', '+snapshot', '+experimental' mark a later step that changed
 * the owner; 'date:' / 'licence:' prefix the release-date and licence paths; claims without a route
 * are 'table' (table reader) or 'other'.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createClaimEngine } from '../../../lib/claims/engine';
import { buildResolver, evaluatePages, type LabelledPage } from '../../../lib/claims/evaluate';
import { scanHtml } from '../../../lib/claims/scan-html';
import { ModelDictionarySchema, type Claim } from '../../../lib/claims/types';

const ROOT = resolve(import.meta.dirname, '../../..');
/** The tuning sets (never the blind ones being written). */
const TUNING = ['corpus', 'holdout', ...Array.from({ length: 13 }, (_, i) => `holdout-${i + 2}`)];

interface Row {
  n: number;
  tp: number;
  fp: number;
  wrongOwner: number;
}

function main(): void {
  const args = process.argv.slice(2);
  const si = args.indexOf('--sets');
  const sets = si >= 0 ? args[si + 1].split(',') : TUNING;
  const ri = args.indexOf('--route');
  const only = ri >= 0 ? args[ri + 1] : null;
  const dict = ModelDictionarySchema.parse(
    JSON.parse(readFileSync(resolve(ROOT, 'data/dictionary.json'), 'utf8')),
  );
  const resolver = buildResolver(dict);
  const routes = new Map<Claim, string>();
  const engine = createClaimEngine(dict, { onRoute: (c, r) => routes.set(c, r) });
  const rows = new Map<string, Row>();
  const listed: string[] = [];
  for (const set of sets) {
    const dir = resolve(ROOT, 'tests/fixtures', set);
    if (!existsSync(dir)) continue;
    const pages: LabelledPage[] = [];
    for (const file of readdirSync(dir)
      .filter((x) => x.endsWith('.html'))
      .sort()) {
      const lp = join(dir, file.replace(/\.html$/, '.labels.json'));
      if (!existsSync(lp)) continue;
      const { doc, pageDate } = scanHtml(readFileSync(join(dir, file), 'utf8'));
      const claims = engine.findClaims(doc, { pageDate });
      const labels = JSON.parse(readFileSync(lp, 'utf8')).claims ?? [];
      pages.push({ name: file.replace(/\.html$/, ''), text: doc.text, claims, labels });
    }
    const res = evaluatePages(pages, dict);
    for (const page of pages)
      for (const c of page.claims) {
        const route = routes.get(c) ?? (c.context === 'table' ? 'table' : 'other');
        const row = rows.get(route) ?? { n: 0, tp: 0, fp: 0, wrongOwner: 0 };
        rows.set(route, row);
        row.n++;
        if (res.matched.has(c)) {
          row.tp++;
          continue;
        }
        row.fp++;
        const owner = page.labels.find(
          (l) =>
            l.metric === c.metric &&
            (l.value === null ? c.value === null : c.value !== null && Math.abs(l.value - c.value) < 1e-6) &&
            page.text.includes(l.quote) &&
            overlaps(page.text, l.quote, c) &&
            resolver.resolve(l.model) !== c.model.id,
        );
        if (owner) row.wrongOwner++;
        if (only && (route === only || only === 'all'))
          listed.push(
            `  ${set}/${page.name}: ${JSON.stringify(c.quote)} -> ${c.model.id} ${c.metric}` +
              (owner ? `  [label: ${owner.model}]` : '') +
              (only === 'all' ? `  {${route}}` : ''),
          );
      }
  }
  console.log(
    `${'route'.padEnd(34)} ${'n'.padStart(5)} ${'tp'.padStart(5)} ${'fp'.padStart(4)} wrong  precision`,
  );
  for (const [route, r] of [...rows].sort((a, b) => b[1].fp - a[1].fp || b[1].n - a[1].n))
    console.log(
      `${route.padEnd(34)} ${String(r.n).padStart(5)} ${String(r.tp).padStart(5)} ${String(r.fp).padStart(4)} ${String(r.wrongOwner).padStart(5)}  ${(r.n ? r.tp / r.n : 1).toFixed(3)}`,
    );
  if (only) console.log(`\nfalse positives of ${only} (${listed.length}):\n${listed.join('\n')}`);
}

/** The label's quote occurs at an offset overlapping the claim. */
function overlaps(text: string, quote: string, c: Claim): boolean {
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1))
    if (c.start < at + quote.length && c.end > at) return true;
  return false;
}

main();
