// Sums vitest JSON reports into the plain "N passed, N failed" line CI reads.
// A missing or unreadable report counts as one failure, so a crash is never green.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    passed += r.numPassedTests ?? 0;
    failed += (r.numFailedTests ?? 0) + (r.numFailedTestSuites ?? 0) - countSuiteOnlyFailures(r);
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  } catch {
    console.error(`No test report at ${file}`);
    failed += 1;
  }
}

// A suite that fails to load reports no failed tests; count it once.
function countSuiteOnlyFailures(r) {
  let n = 0;
  for (const s of r.testResults ?? []) {
    if (s.status === 'failed' && (s.assertionResults ?? []).some((a) => a.status === 'failed')) n += 1;
  }
  return n;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
