#!/usr/bin/env bash
# Every test: data check, type-check, lint, a deployment build, unit tests, the test build, end-to-end tests in headless
# chromium, and the cross-engine checks in Firefox ESR and WebKitGTK (run beside the chromium tests, not after them).
# Each part says how long it took. Ends with one plain line "N passed, N failed, N skipped" that CI reads. A skipped
# test must say why in its name, "(skipped when …)"; one that does not counts as failed (scripts/test-count.ts).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
passed=0; failed=0; skipped=0
step() { # name, command...
  local name="$1"; shift
  local start=$SECONDS
  echo "── $name"
  if "$@"; then echo "   ($name: $((SECONDS - start)) s)"; return 0; else echo "✗ $name failed ($((SECONDS - start)) s)"; return 1; fi
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
engines_ready=1
step "firefox-esr, webkit2gtk-driver, xvfb" bash scripts/ensure-engines.sh || engines_ready=0
step "data check" npx tsx scripts/check-data.ts && passed=$((passed + 1)) || fail_step
step "type-check" npx tsc --noEmit && passed=$((passed + 1)) || fail_step
step "lint" npx oxlint --deny-warnings src scripts tests && passed=$((passed + 1)) || fail_step
rm -rf test-results/unit.json test-results/e2e.json test-results/engines.json test-results/engines.log test-results/deployment
# The build as deployed (no VITE_TEST_HANDLES), beside dist/: tests/debug/test-handles.test.ts reads every file of it.
step "deployment build" env -u VITE_TEST_HANDLES npx tsx scripts/build.ts --out test-results/deployment && passed=$((passed + 1)) || fail_step
step "unit tests" npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json
count test-results/unit.json
# VITE_TEST_HANDLES: the e2e tests drive the app through window.__store and window.__map (absent from `npm run build`).
if step "build (app, single file, embed page)" env VITE_TEST_HANDLES=1 npx tsx scripts/build.ts; then
  passed=$((passed + 1))
  # Firefox, then WebKit, in the background while chromium runs its own tests: two browsers for the two cores.
  engines_pid=
  if [ "$engines_ready" = 1 ]; then
    engines_start=$SECONDS
    npx vitest run --config tests/engines/vitest.config.ts --no-file-parallelism --reporter=default --reporter=json --outputFile.json=test-results/engines.json >test-results/engines.log 2>&1 &
    engines_pid=$!
  fi
  step "end-to-end tests" npx vitest run --config tests/e2e/vitest.config.ts --reporter=default --reporter=json --outputFile.json=test-results/e2e.json
  count test-results/e2e.json
  echo "── Firefox ESR and WebKitGTK (tests/engines)"
  if [ -n "$engines_pid" ]; then
    wait "$engines_pid" || echo "✗ Firefox ESR and WebKitGTK failed"
    cat test-results/engines.log
    echo "   (Firefox ESR and WebKitGTK: $((SECONDS - engines_start)) s, beside the chromium tests)"
    count test-results/engines.json
  else
    echo "✗ Firefox ESR and WebKitGTK not run: their packages are missing"
    fail_step
  fi
else
  fail_step
fi
echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
