#!/usr/bin/env bash
# Measures the pages in headless Chromium: the time to first render of each page (the browser's
# first contentful paint, median of 7 loads after one to warm up), and the browser's script heap (Chrome DevTools
# Protocol Performance.getMetrics, JSHeapUsedSize) while the portfolio page screens a 100,000-line CSV portfolio:
# before, at its peak (sampled every 250 ms) and after, the last two around a forced garbage collection.
#
# Usage: bench/pages/run.sh      (needs a JDK 17, chromium and chromium-driver; about 3 minutes)
#   Settings: LINES=100000 LOADS=7.
#   The service runs as in the tests (embedded PostgreSQL, the tests' identity provider). Writes
#   bench/pages/results/<UTC timestamp>.md and prints it. This is no test: it asserts nothing about time.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$(dirname "$BENCH_DIR")")
LINES=${LINES:-100000}
LOADS=${LOADS:-7}

cd "$REPO_DIR"
./mvnw -q -B -o test -Pbrowser-tests -Dtest=PagesBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.lines="$LINES" -Dbench.loads="$LOADS"
mkdir -p "$BENCH_DIR/results"
OUT="$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "Commit $(git rev-parse --short HEAD), $(nproc) cores, $(chromium --version 2>/dev/null || echo chromium)"
  echo
  cat target/bench-pages.md
} >"$OUT"
cat "$OUT"
