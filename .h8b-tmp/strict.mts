import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { DictionaryPruner, letterRuns } from '/work/main/lib/page/prune-dictionary';
import { createClaimEngine } from '/work/main/lib/claims/engine';
import { extractDocument } from '/work/main/lib/claims/extract-text';
const dict = JSON.parse(readFileSync('/work/main/data/dictionary.json', 'utf8'));
const full = createClaimEngine(dict);
const p = new DictionaryPruner(dict).indexAll();
const dir = '/work/main/tests/fixtures/corpus/';
const strictOf = (sub: any, runs: Set<string>) => {
  const keep = new Set<string>();
  for (const m of sub.models) if ([m.name, m.id, ...m.aliases.map((a: any) => a.text)].some((n: string) => [...letterRuns(n)].every((r) => runs.has(r)))) keep.add(m.id);
  // plus parents/children of kept
  const byId = new Map(sub.models.map((m: any) => [m.id, m]));
  let grew = true;
  while (grew) { grew = false; for (const m of sub.models) { if (keep.has(m.id)) { if (m.parent && byId.has(m.parent) && !keep.has(m.parent)) { keep.add(m.parent); grew = true; } } else if (m.parent && keep.has(m.parent)) { keep.add(m.id); grew = true; } } }
  return { ...sub, models: sub.models.filter((m: any) => keep.has(m.id)) };
};
let diffs = 0, tot = 0, sizes: string[] = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) {
  const { document } = parseHTML(readFileSync(dir + f, 'utf8'));
  const doc = extractDocument(document.body ?? document.documentElement);
  const runs = letterRuns(doc.text);
  const sub = p.subset(runs);
  const strict = strictOf(sub, runs);
  const a = JSON.stringify(full.findClaims(doc, { pageDate: '2025-08-20' }));
  const b = JSON.stringify(createClaimEngine(sub).findClaims(doc, { pageDate: '2025-08-20' }));
  const c = JSON.stringify(createClaimEngine(strict).findClaims(doc, { pageDate: '2025-08-20' }));
  tot++;
  if (a !== b) console.log('FIRST-RUN DIFF', f);
  if (a !== c) { diffs++; console.log('STRICT DIFF', f); }
  sizes.push(`${sub.models.length}->${strict.models.length}`);
}
console.log(tot, 'pages', diffs, 'strict diffs', sizes.join(' '));
