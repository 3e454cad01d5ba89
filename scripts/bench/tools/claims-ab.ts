/**
 * Paired A/B timing of two checkouts of the claim engine, for speed work on a shared machine.
 * Wall times move with the machine's load; the ratio of two runs taken back to back does not (much).
 * Both engines are bundled with esbuild (the shipped form) into one script and run in one node
 * process, alternating A B B A so that neither always runs first.
 *
 *   npx tsx scripts/bench/tools/claims-ab.ts --base /path/to/old/checkout [--cand .] [--runs 60] [--warm 2500]
 *   npx tsx scripts/bench/tools/claims-ab.ts --base . --cand .     # same vs same: the noise floor
 *
 * Prints, per article (dense and corpus-style, 10k and 100k words), both medians and the median of
 * per-pair ratios cand/base, and says whether the two engines' output differs.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const base = resolve(arg('base', ''));
const cand = resolve(arg('cand', '.'));
if (!arg('base', '')) {
  console.error('claims-ab: --base <checkout> is required (a worktree or clone of the old engine)');
  process.exit(2);
}

// The runner: imported engines are the two checkouts; the articles come from the candidate's bench.
const runner = `
import { performance } from 'node:perf_hooks';
import { createClaimEngine as baseEngine } from ${JSON.stringify(join(base, 'lib/claims/engine'))};
import { docFromText as baseDoc } from ${JSON.stringify(join(base, 'lib/claims/extract-text'))};
import { createClaimEngine as candEngine } from ${JSON.stringify(join(cand, 'lib/claims/engine'))};
import { docFromText as candDoc } from ${JSON.stringify(join(cand, 'lib/claims/extract-text'))};
import { loadBenchDictionary, syntheticArticle, corpusArticle } from ${JSON.stringify(join(cand, 'scripts/bench/claims'))};
const RUNS = ${Number(arg('runs', '60'))}, WARM = ${Number(arg('warm', '2500'))};
const dict = loadBenchDictionary();
const A = baseEngine(dict), B = candEngine(dict);
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const words of [10000, 100000]) {
  for (const [kind, make] of [['dense', (w) => syntheticArticle(dict, w, w)], ['corpus-style', corpusArticle]]) {
    const text = make(words);
    const da = baseDoc(text), db = candDoc(text);
    const same = JSON.stringify(A.findClaims(da)) === JSON.stringify(B.findClaims(db));
    const t0 = performance.now();
    while (performance.now() - t0 < WARM) { A.findClaims(da); B.findClaims(db); }
    const runs = words > 10000 ? Math.max(10, RUNS / 4) : RUNS;
    const ta = [], tb = [], r = [];
    for (let i = 0; i < runs; i++) {
      let t = performance.now(); A.findClaims(da); const a1 = performance.now() - t;
      t = performance.now(); B.findClaims(db); const b1 = performance.now() - t;
      t = performance.now(); B.findClaims(db); const b2 = performance.now() - t;
      t = performance.now(); A.findClaims(da); const a2 = performance.now() - t;
      ta.push(a1, a2); tb.push(b1, b2); r.push(b1 / a1, b2 / a2);
    }
    console.log(\`\${kind} \${words / 1000}k words: base \${med(ta).toFixed(2)} ms, cand \${med(tb).toFixed(2)} ms, ratio cand/base \${med(r).toFixed(3)} over \${r.length} pairs\${same ? '' : '  (OUTPUT DIFFERS)'}\`);
  }
}
`;

const dir = mkdtempSync(join(tmpdir(), 'claims-ab-'));
try {
  writeFileSync(join(dir, 'runner.ts'), runner);
  // Launched through a second file so the bench module's "am I the main script" check stays false.
  writeFileSync(join(dir, 'launch.mjs'), "await import('./runner.mjs');\n");
  await build({
    entryPoints: [join(dir, 'runner.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: join(dir, 'runner.mjs'),
    logLevel: 'error',
  });
  const load = (await import('node:os')).loadavg()[0].toFixed(1);
  console.log(`claims-ab: base ${base}, cand ${cand}, load average ${load}`);
  const run = spawnSync(process.execPath, [join(dir, 'launch.mjs')], {
    stdio: 'inherit',
    env: { ...process.env, CLAIMCHECK_ROOT: cand },
  });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
