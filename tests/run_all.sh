#!/usr/bin/env bash
# Every test of the project (what `npm test` runs):
#   set-up: node_modules, pytest, /usr/bin/chromium, `npm run build`
#   tests:  pytest tests/py, node --test tests/node/, node --test tests/e2e/
# Works in a fresh clone on Debian (Python 3.11, Node 20) with only package
# registries reachable.  A failed set-up stops at once; every test stage runs,
# and the script fails if any of them failed.
set -uo pipefail
cd "$(dirname "$0")/.."

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
failed=()
summary=()

say() { printf '\n=== %s\n' "$*"; }
die() { printf '\nrun_all: %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi; }
has_tests() { [ -d "$1" ] && [ -n "$(find "$1" -type f \( -name "$2" \) -print -quit)" ]; }

# ---- set-up -----------------------------------------------------------------
if [ ! -d node_modules ] || [ ! -d node_modules/playwright-core ]; then
  say "npm ci"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund || die "npm ci failed"
  else npm install --no-audit --no-fund || die "npm install failed"; fi
fi

# pytest and the optional libraries the Python tests exercise (tests/requirements.txt).
if ! python3 -c 'import pytest, pandas, numpy, pyarrow, altair, plotly, matplotlib, PIL, graphviz, pydeck' 2>/dev/null; then
  say "installing tests/requirements.txt"
  python3 -m pip install -q -r tests/requirements.txt 2>/dev/null \
    || python3 -m pip install -q --break-system-packages -r tests/requirements.txt \
    || die "could not install tests/requirements.txt"
fi
export PYTHONPATH="$PWD/py${PYTHONPATH:+:$PYTHONPATH}"

if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM:-}" ]; then
  say "installing chromium"
  { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
    || die "could not install chromium (the end-to-end tests need /usr/bin/chromium)"
fi

# `python3 -m venv` with pip, for the wheel's test (tests/e2e/wheel.test.mjs); Debian ships it apart.
if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
  say "installing python3-venv"
  { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv; } \
    || die "could not install python3-venv (tests/e2e/wheel.test.mjs builds a venv)"
fi

say "npm run build"
npm run build || die "npm run build failed"

# Pyodide 0.27.7 with numpy, pandas, ... for the browser tests of such apps (pip, cached).
say "test fixture: Pyodide 0.27.7 distribution"
bash tests/fixtures/pyodide027.sh || die "could not assemble the Pyodide 0.27.7 test fixture (tests/fixtures/pyodide027.sh)"
# altair, plotly and their pure-Python dependencies, served as a local package index by the browser tests (pip, cached).
say "test fixture: pure-Python wheels for the package index"
bash tests/fixtures/pypi_wheels.sh || die "could not download the wheels of the package-index fixture (tests/fixtures/pypi_wheels.sh)"

# ---- tests --------------------------------------------------------------------
# stage NAME LOG-PATTERN COMMAND...: run, keep the log, remember the summary lines.
stage() {
  local name=$1 pattern=$2
  shift 2
  say "$name"
  local log="$logs/${name//[^a-z0-9]/_}.log"
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  summary+=("$name: $(grep -E "$pattern" "$log" | tail -n 8 | sed -E 's/^[#ℹ] *//' | tr '\n' ' ')")
  return "$rc"
}

if has_tests tests/py 'test_*.py' || has_tests tests/py '*_test.py'; then
  stage "pytest tests/py" '(passed|failed|error|no tests ran)' python3 -m pytest -q tests/py
  rc=$?
  # Exit 5 means "no tests collected": a failure here, since test files exist.
  [ "$rc" = 0 ] || failed+=("pytest (exit $rc)")
else
  summary+=("pytest tests/py: no test files")
fi

# node_stage DIR LIMIT JOBS: JOBS test files at a time, two by default (TABLIT_TEST_JOBS; the
# browser tests alone: TABLIT_E2E_JOBS): one file leaves a core idle much of the time (a page
# waiting for its worker, a browser starting).  On 2 cores the browser tests took ~900 s two at
# a time against ~1,140 s one at a time (2026-12-04).  The tests check behaviour, never time.
node_stage() {
  local dir=$1 limit=$2 jobs=$3
  if has_tests "$dir" '*.test.*js'; then
    stage "node --test $dir" '^(ℹ|#) (tests|pass|fail|cancelled|skipped) ' \
      timeout --signal=TERM "$limit" node --test --test-concurrency="$jobs" --test-reporter=spec "$dir/" \
      || failed+=("node --test $dir")
  else
    summary+=("node --test $dir: no test files")
  fi
}
node_stage tests/node 600 "${TABLIT_TEST_JOBS:-2}"
node_stage tests/e2e 2400 "${TABLIT_E2E_JOBS:-${TABLIT_TEST_JOBS:-2}}"  # (a guard against a hang, not the budget: the whole suite takes ~20 min on 2 cores)

say "summary"
printf '  %s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  printf '\nFAILED: %s\n' "${failed[*]}"
  exit 1
fi
printf '\nall test stages passed\n'
