#!/usr/bin/env node
// Global "claimcheck" bin: run scripts/scan.ts through tsx (a dependency of this package).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
let tsxCli;
try {
  tsxCli = join(dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');
} catch {
  process.stderr.write('claimcheck: tsx is not installed; run npm install in the claimcheck package\n');
  process.exit(1);
}
const result = spawnSync(process.execPath, [tsxCli, join(here, 'scan.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
