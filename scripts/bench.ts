/**
 * npm run bench — runs every scripts/bench/*.ts module in turn. Each module exports a
 * `run…Bench(opts)` function that prints its own figures (no timed assertions anywhere).
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve(import.meta.dirname, 'bench');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
let failed = false;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  const name = file.replace(/\.ts$/, '');
  if (only.length && !only.includes(name)) continue;
  console.log(`\n== bench: ${name}`);
  try {
    const mod = (await import(pathToFileURL(resolve(dir, file)).href)) as Record<string, unknown>;
    const runners = Object.entries(mod).filter(
      ([k, v]) => /^run\w*Bench$/.test(k) && typeof v === 'function',
    );
    if (!runners.length) console.log(`(no run…Bench export in ${file})`);
    for (const [, fn] of runners)
      await (fn as (o: { log: (s: string) => void }) => Promise<unknown>)({ log: (s) => console.log(s) });
  } catch (e) {
    failed = true;
    console.error(`bench ${name} failed: ${(e as Error).message}`);
  }
}
if (failed) process.exitCode = 1;
