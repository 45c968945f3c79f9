#!/usr/bin/env bash
# Rule-engine and log-record benchmarks (JMH): installs the service's artifact, builds bench/jmh and runs
# EngineBenchmark, RuleCountBenchmark and RecordBenchmark, settings sized for a 2-core machine (about 4 minutes in all).
# Usage: bench/jmh/run.sh [results.csv]    (default: bench/results/jmh.csv under the repository root)
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
results="$(realpath -m "${1:-$root/bench/results/jmh.csv}")"
cd "$root"
mkdir -p "$(dirname "$results")"

./mvnw -q -B install -DskipTests
./mvnw -q -B -f bench/jmh/pom.xml package

# The benchmarks read rules/ and src/test/resources/projects.yaml relative to the working directory: the root.
java -jar bench/jmh/target/benchmarks.jar 'EngineBenchmark|RuleCountBenchmark|RecordBenchmark' \
    -f 1 -wi 4 -w 2s -i 5 -r 2s -bm avgt -tu us \
    -rf csv -rff "$results"
echo "JMH results: $results"
