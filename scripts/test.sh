#!/usr/bin/env bash
# Every test: data check, type-check, lint, a deployment build, unit tests, the test build, and end-to-end tests in
# headless chromium. Ends with one plain line "N passed, N failed, N skipped" that CI reads. A skipped test must say
# why in its name, "(skipped when …)"; one that does not counts as failed (scripts/test-count.ts).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
passed=0; failed=0; skipped=0
step() { # name, command...
  local name="$1"; shift
  echo "── $name"
  if "$@"; then return 0; else echo "✗ $name failed"; return 1; fi
}
count() { # vitest JSON report -> adds to passed/failed/skipped
  local file="$1"
  if [ -f "$file" ]; then
    read -r p f s < <(npx tsx scripts/test-count.ts "$file")
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-1})); skipped=$((skipped + ${s:-0}))
  else
    failed=$((failed + 1))
  fi
}
fail_step() { failed=$((failed + 1)); }

step "chromium" bash scripts/ensure-chromium.sh || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
step "data check" npx tsx scripts/check-data.ts && passed=$((passed + 1)) || fail_step
step "type-check" npx tsc --noEmit && passed=$((passed + 1)) || fail_step
step "lint" npx oxlint --deny-warnings src scripts tests && passed=$((passed + 1)) || fail_step
rm -rf test-results/unit.json test-results/e2e.json test-results/deployment
# The build as deployed (no VITE_TEST_HANDLES), beside dist/: tests/debug/test-handles.test.ts reads every file of it.
step "deployment build" env -u VITE_TEST_HANDLES npx tsx scripts/build.ts --out test-results/deployment && passed=$((passed + 1)) || fail_step
step "unit tests" npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json
count test-results/unit.json
# VITE_TEST_HANDLES: the e2e tests drive the app through window.__store and window.__map (absent from `npm run build`).
if step "build (app, single file, embed page)" env VITE_TEST_HANDLES=1 npx tsx scripts/build.ts; then
  passed=$((passed + 1))
  step "end-to-end tests" npx vitest run --config tests/e2e/vitest.config.ts --reporter=default --reporter=json --outputFile.json=test-results/e2e.json
  count test-results/e2e.json
else
  fail_step
fi
echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
