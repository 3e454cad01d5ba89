/**
 * One cold engine run, for `claims.ts` (bundled with esbuild and run in a fresh `node` process so
 * nothing is JIT-warmed, like the extension's background right after Chrome restarts its worker).
 * Prints JSON timings: build = createClaimEngine over the whole dictionary (as the worker builds
 * it), first = the first findClaims, second = the same page again.
 * argv: <dictionary.json> <page.html>
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createClaimEngine } from '../../../lib/claims/engine';
import { scanHtml } from '../../../lib/claims/scan-html';
import type { ModelDictionary } from '../../../lib/claims/types';

const [dictPath, htmlPath] = process.argv.slice(2);
const dict = JSON.parse(readFileSync(dictPath, 'utf8')) as ModelDictionary;
const { doc, pageDate } = scanHtml(readFileSync(htmlPath, 'utf8'));
let t = performance.now();
const engine = createClaimEngine(dict);
const build = performance.now() - t;
t = performance.now();
const claims = engine.findClaims(doc, { pageDate }).length;
const first = performance.now() - t;
t = performance.now();
engine.findClaims(doc, { pageDate });
const second = performance.now() - t;
console.log(JSON.stringify({ build, first, second, claims }));
