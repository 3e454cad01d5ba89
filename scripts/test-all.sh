#!/usr/bin/env bash
# The README's test command: unit tests, then the built extension end to end in
# real Chromium. Prints "N passed, N failed" last; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh || exit 1
[ -d node_modules ] || npm ci || exit 1
mkdir -p reports
rm -f reports/unit.json reports/e2e.json

# Build first (fact-base snapshot + extension): unit tests check the snapshot's
# manifest, and the end-to-end tests load the built extension.
npm run build >reports/build.log 2>&1
build_rc=$?
[ $build_rc -eq 0 ] || { cat reports/build.log; echo "build failed"; }
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
unit_rc=$?
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=reports/e2e.json
e2e_rc=$?

node scripts/count-results.mjs reports/unit.json reports/e2e.json
count_rc=$?
if [ $build_rc -ne 0 ] || [ $unit_rc -ne 0 ] || [ $e2e_rc -ne 0 ] || [ $count_rc -ne 0 ]; then exit 1; fi
