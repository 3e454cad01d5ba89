import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { DictionaryPruner, letterRuns } from '../lib/page/prune-dictionary';
import { createClaimEngine } from '../lib/claims/engine';
import { extractDocument } from '../lib/claims/extract-text';
const dict = JSON.parse(readFileSync('data/dictionary.json', 'utf8'));
const full = createClaimEngine(dict);
const p = new DictionaryPruner(dict).indexAll();
const dir = 'tests/fixtures/corpus/';
let diffs = 0, tot = 0; const sizes: string[] = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) {
  const { document } = parseHTML(readFileSync(dir + f, 'utf8'));
  const doc = extractDocument(document.body ?? document.documentElement);
  const sub = p.subset(letterRuns(doc.text));
  const a = JSON.stringify(full.findClaims(doc, { pageDate: '2025-08-20' }));
  const c = JSON.stringify(createClaimEngine(sub).findClaims(doc, { pageDate: '2025-08-20' }));
  tot++; if (a !== c) { diffs++; console.log('DIFF', f); }
  sizes.push(String(sub.models.length));
}
console.log(tot, 'pages', diffs, 'diffs; models kept:', sizes.join(' '));
