#!/usr/bin/env bash
# Site screening at the size of the real reference data. Generates (once, deterministically) a protected-area layer the
# size of the WDPA (300,000 polygons) and World Heritage, Ramsar and KBA layers as layer versions "bench-1"; measures
# in one JVM their load, the memory they take and the screening of points, lines and polygons (SiteScreeningBenchmark);
# then starts the packaged service with them and a copy of rules/ whose 2026.2 names them, and measures
# POST /v1/classifications?version=2026.2 at 32 connections with a point location against without, in the same run.
#
# Usage: bench/site/run.sh     (from any directory; about 10 minutes on 2 cores, the first generation included)
#   DATA=/tmp/traffic-light-site-bench (the generated layers, about 1 GB; kept for the next run, never committed)
#   PostgreSQL: PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres (trust auth); the database traffic_light_site_bench is
#     dropped and made anew. PORT=18080 WARMUP=10s DURATION=20s CONNECTIONS=32; SKIP_BUILD=1 uses the jars built.
#   Writes bench/site/results/<UTC timestamp>/: screening.md (load, memory, screening times), throughput.md, logs.
set -euo pipefail

SITE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BENCH_DIR=$(dirname "$SITE_DIR")
REPO_DIR=$(dirname "$BENCH_DIR")

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DATA=${DATA:-/tmp/traffic-light-site-bench}
PORT=${PORT:-18080}
WARMUP=${WARMUP:-10s}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
DATABASE=traffic_light_site_bench
ISSUER="https://bench.traffic-light.invalid/issuer"
SERVICE_APP="$REPO_DIR/target/quarkus-app"
CLASSES="$SITE_DIR/target/classes"
# The benchmark runs on the packaged service's own jars: no JMH, nothing to fetch.
CLASSPATH_BENCH="$CLASSES:$SERVICE_APP/app/*:$SERVICE_APP/lib/main/*"
RESULTS="$SITE_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)"
WORK=$(mktemp -d)
SERVICE_PID=""

cleanup() {
    if [[ -n $SERVICE_PID ]]; then
        kill "$SERVICE_PID" 2>/dev/null || true
        wait "$SERVICE_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

say() { printf '\n== %s\n' "$*"; }
die() { printf 'bench/site: %s\n' "$*" >&2; exit 1; }
base64url() { openssl base64 -e -A | tr '+/' '-_' | tr -d '='; }

mkdir -p "$RESULTS"
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores" | tee "$RESULTS/machine.txt"

if [[ -z ${SKIP_BUILD:-} || ! -f $SERVICE_APP/quarkus-run.jar ]]; then
    say "Building the service"
    (cd "$REPO_DIR" && ./mvnw -q -B package -DskipTests)
fi
# SiteScreeningBenchmark lives with the JMH benchmarks (bench/jmh) but is a plain main: compiled here on its own.
mkdir -p "$CLASSES"
javac -d "$CLASSES" -cp "$SERVICE_APP/app/*:$SERVICE_APP/lib/main/*" \
    "$BENCH_DIR/jmh/src/main/java/org/brigreen/trafficlight/bench/SiteScreeningBenchmark.java"

if [[ ! -f $DATA/kba/bench-1/layer.json ]]; then
    say "Generating the layers in $DATA"
    java -cp "$CLASSPATH_BENCH" org.brigreen.trafficlight.bench.SiteScreeningBenchmark generate "$DATA" | tee "$RESULTS/generate.txt"
fi
# The sample sensitive receptors, so that every layer 2026.2 names is there.
mkdir -p "$DATA/sensitive-receptors"
cp -r "$REPO_DIR/layers/sensitive-receptors/sample-1" "$DATA/sensitive-receptors/"

say "Load, memory and screening times (one JVM, the service's collector)"
java -XX:+UseParallelGC -cp "$CLASSPATH_BENCH" org.brigreen.trafficlight.bench.SiteScreeningBenchmark measure "$DATA" \
    | tee "$RESULTS/screening.md"

say "The service with the layers, 32 connections, with and without a location"
# Rules: a copy whose 2026.2 names the generated versions.
cp -r "$REPO_DIR/rules" "$WORK/rules"
sed -i -E 's/^  (protected-areas|world-heritage|ramsar|kba): sample-1$/  \1: bench-1/' \
    "$WORK/rules/bri-traffic-light/2026.2/ruleset.yaml"
[[ $(grep -c ': bench-1$' "$WORK/rules/bri-traffic-light/2026.2/ruleset.yaml") == 4 ]] \
    || die "2026.2's siteLayers did not take the generated versions"

# Bodies: the descriptors as they are, and each with a random point over land-like latitudes.
DESCRIPTORS="$BENCH_DIR/data/descriptors.ndjson"
python3 - "$DESCRIPTORS" "$WORK/with-location.ndjson" <<'EOF'
import json, random, sys
rng = random.Random(20261204)
with open(sys.argv[1]) as src, open(sys.argv[2], "w") as out:
    for line in src:
        if line.strip():
            body = json.loads(line)
            body.setdefault("site", {})["location"] = {"type": "Point",
                                        "coordinates": [round(rng.uniform(-180, 180), 5), round(rng.uniform(-55, 70), 5)]}
            out.write(json.dumps(body, separators=(",", ":")) + "\n")
EOF

openssl genpkey -algorithm ed25519 -out "$WORK/audit.pem" 2>/dev/null
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt-private.pem" 2>/dev/null
openssl pkey -in "$WORK/jwt-private.pem" -pubout -out "$WORK/jwt-public.pem"
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | base64url)
claims=$(printf '{"iss":"%s","sub":"bench-user","groups":["lender"],"org":"bench-bank","iat":%d,"exp":%d}' \
    "$ISSUER" "$now" $(( now + 6 * 3600 )) | base64url)
signature=$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$WORK/jwt-private.pem" -binary | base64url)
TOKEN="$header.$claims.$signature"

psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" \
    -c "CREATE DATABASE $DATABASE"
launched=$(date +%s%N)
(cd "$SERVICE_APP" && exec env \
    QUARKUS_HTTP_PORT="$PORT" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE" \
    QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
    QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-unused-with-trust-auth}" \
    TRAFFIC_LIGHT_RULES_DIRECTORY="$WORK/rules" \
    TRAFFIC_LIGHT_LAYERS_DIRECTORY="$DATA" \
    TRAFFIC_LIGHT_AUDIT_SIGNING_KEY="$WORK/audit.pem" \
    MP_JWT_VERIFY_ISSUER="$ISSUER" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/jwt-public.pem" \
    TRAFFIC_LIGHT_RATE_LIMIT_REQUESTS_PER_SECOND=1000000 \
    TRAFFIC_LIGHT_RATE_LIMIT_BURST=1000000 \
    java @jvm.options -jar quarkus-run.jar) >"$RESULTS/service.log" 2>&1 &
SERVICE_PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
    kill -0 "$SERVICE_PID" 2>/dev/null || die "the service stopped: $(tail -20 "$RESULTS/service.log")"
    sleep 1
done
echo "ready in $(awk -v s="$launched" -v e="$(date +%s%N)" 'BEGIN { printf "%.1f", (e - s) / 1e9 }') s" \
    "(the layers loaded), RSS $(( $(ps -o rss= -p "$(pgrep -P "$SERVICE_PID" java || echo "$SERVICE_PID")") / 1024 )) MB" \
    | tee "$RESULTS/service-start.txt"

URL="http://127.0.0.1:$PORT/v1/classifications?version=2026.2"
status=$(head -1 "$WORK/with-location.ndjson" | curl -s -o "$RESULTS/first-with-location.json" -w '%{http_code}' \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary @- "$URL")
[[ $status == 201 ]] || die "a body with a location got $status: $(cat "$RESULTS/first-with-location.json")"
grep -q '"bench-1"' "$RESULTS/first-with-location.json" || die "the answer names no generated layer version"

wrk_run() {
    local name=$1 bodies=$2
    local args=(-t 2 -c "$CONNECTIONS" --timeout 10s -H 'Content-Type: application/json'
        -H "Authorization: Bearer $TOKEN" -s "$BENCH_DIR/wrk/load.lua" "$URL" -- 201 "$bodies")
    wrk -d "$WARMUP" "${args[@]}" >"$RESULTS/$name-warmup.txt"
    wrk -d "$DURATION" "${args[@]}" >"$RESULTS/$name.txt"
    grep '^result ' "$RESULTS/$name.txt" | sed "s/^result/$name/"
}
without=$(wrk_run without-location "$DESCRIPTORS")
with=$(wrk_run with-location "$WORK/with-location.ndjson")
rps() { sed -n 's/.* rps=\([^ ]*\).*/\1/p' <<<"$1"; }
{
    echo "$without"
    echo "$with"
    awk -v w="$(rps "$with")" -v o="$(rps "$without")" \
        'BEGIN { printf "with/without = %.2f (target >= 0.70): %s\n", w / o, (w / o >= 0.7) ? "PASS" : "FAIL" }'
    echo "RSS after the load: $(( $(ps -o rss= -p "$(pgrep -P "$SERVICE_PID" java || echo "$SERVICE_PID")") / 1024 )) MB"
    echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$RESULTS/throughput.md"
echo "results: $RESULTS"
