#!/usr/bin/env bash
# Times each report of the regulator (GET /v1/reports/...) over the whole log of a database filled by
# bench/seed-log.sh, with the packaged service started against it as bench/run.sh starts it.
#
# Usage: bench/reports.sh [DBNAME]       default DBNAME: traffic_light_log_1m
#   Needs the package (./mvnw package -DskipTests), a JDK 17, curl, openssl and psql.
#   PostgreSQL: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD (none: trust auth).
#   Settings, with their defaults: RUNS=5 (timed runs of each report after one warm-up; the median counts)
#     PORT=18181 SERVICE_APP=target/quarkus-app.
#     IMPACT_RUNS=1 (timed runs of each impact analysis, no warm-up: each replays the whole log).
#   Prints, for each report, the median and the slowest time, the size of the answer, and the rows of the rollup and
#   the decisions of the log it ran over; then the same for the impact of another rule-set version on the whole log.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
DBNAME=${1:-traffic_light_log_1m}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
RUNS=${RUNS:-5}
IMPACT_RUNS=${IMPACT_RUNS:-1}
PORT=${PORT:-18181}
SERVICE_APP=${SERVICE_APP:-$REPO_DIR/target/quarkus-app}
ISSUER="https://bench.traffic-light.invalid/issuer"
URL="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
SERVICE_PID=""

cleanup() {
    if [[ -n $SERVICE_PID ]]; then
        kill -TERM "$SERVICE_PID" 2>/dev/null || true
        wait "$SERVICE_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

[[ -f $SERVICE_APP/quarkus-run.jar ]] || { echo "no package: run ./mvnw package -DskipTests first" >&2; exit 1; }

base64url() { openssl base64 -e -A | tr '+/' '-_' | tr -d '='; }

openssl genpkey -algorithm ed25519 -out "$WORK/audit.pem" 2>/dev/null
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt-private.pem" 2>/dev/null
openssl pkey -in "$WORK/jwt-private.pem" -pubout -out "$WORK/jwt-public.pem"
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | base64url)
claims=$(printf '{"iss":"%s","sub":"bench-regulator","groups":["regulator"],"iat":%d,"exp":%d}' \
    "$ISSUER" "$now" $(( now + 6 * 3600 )) | base64url)
TOKEN="$header.$claims.$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$WORK/jwt-private.pem" \
    -binary | base64url)"

(cd "$SERVICE_APP" && exec env \
    QUARKUS_HTTP_PORT="$PORT" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DBNAME" \
    QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
    QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-unused-with-trust-auth}" \
    TRAFFIC_LIGHT_RULES_DIRECTORY="$REPO_DIR/rules" \
    TRAFFIC_LIGHT_AUDIT_SIGNING_KEY="$WORK/audit.pem" \
    MP_JWT_VERIFY_ISSUER="$ISSUER" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/jwt-public.pem" \
    TRAFFIC_LIGHT_RATE_LIMIT_REQUESTS_PER_SECOND=1000000 \
    TRAFFIC_LIGHT_RATE_LIMIT_BURST=1000000 \
    java @"$REPO_DIR/src/main/jvm/jvm.options" -jar quarkus-run.jar) >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
for (( waited = 0; ; waited++ )); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$URL/q/health/ready") == 200 ]] && break
    if ! kill -0 "$SERVICE_PID" 2>/dev/null || (( waited > 600 )); then
        tail -30 "$WORK/service.log" >&2
        echo "the service did not start" >&2
        exit 1
    fi
    sleep 0.5
done

decisions=$(psql -X -Atq -d "$DBNAME" -c "SELECT count(*) FROM decision")
cells=$(psql -X -Atq -d "$DBNAME" -c "SELECT count(*) FROM decision_daily")
days=$(psql -X -Atq -d "$DBNAME" -c "SELECT count(DISTINCT day) FROM decision_daily")
year=$(date -u +%Y)
today=$(date -u +%F)
echo "$DBNAME: $decisions decisions; the rollup: $cells rows over $days days"
echo
printf '| %-58s | %9s | %9s | %9s |\n' report "median s" "slowest s" bytes
printf '|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..60})" "-----------" "-----------" "-----------"
# Each report over the whole log; the partial-day ones read today's decisions from the log as well.
for path in \
    "GET /v1/reports/decisions?by=sector" \
    "GET /v1/reports/decisions?by=country" \
    "GET /v1/reports/decisions?by=month" \
    "GET /v1/reports/decisions?by=organisation" \
    "GET /v1/reports/decisions?by=sector&format=csv" \
    "GET /v1/reports/decisions?by=sector&from=${today}T06:00:00Z" \
    "GET /v1/reports/annual?year=$year" \
    "GET /v1/reports/annual?year=$year&format=csv" \
    "GET /v1/reports/excluded?limit=1000" \
    "GET /v1/reports/excluded?format=csv" \
    "POST /v1/reports/verify"; do
    method=${path%% *}
    target=${path#* }
    times=()
    for (( run = 0; run <= RUNS; run++ )); do
        read -r status seconds bytes < <(curl -s -o /dev/null -X "$method" -w '%{http_code} %{time_total} %{size_download}\n' \
            -H "Authorization: Bearer $TOKEN" "$URL$target")
        [[ $status == 200 ]] || { echo "$path answered $status" >&2; exit 1; }
        (( run == 0 )) || times+=("$seconds")
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    slowest=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
    printf '| %-58s | %9.3f | %9.3f | %9d |\n' "$path" "$median" "$slowest" "$bytes"
done

# The impact of other versions on every decision of the log: each decision is read, decoded and assessed again.
decided_under=$(psql -X -Atq -d "$DBNAME" -c "SELECT ruleset_version FROM decision GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
echo
printf '| %-58s | %9s | %9s | %9s |\n' "impact on the decisions under $decided_under" "median s" "slowest s" bytes
printf '|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..60})" "-----------" "-----------" "-----------"
for version in 2022.1 2026.2; do
    target="/v1/rulesets/bri-traffic-light/versions/$version/impact?decidedUnder=$decided_under"
    times=()
    for (( run = 1; run <= IMPACT_RUNS; run++ )); do
        read -r status seconds bytes < <(curl -s -o /dev/null -X POST -w '%{http_code} %{time_total} %{size_download}\n' \
            -H "Authorization: Bearer $TOKEN" "$URL$target")
        [[ $status == 200 ]] || { echo "impact of $version answered $status" >&2; exit 1; }
        times+=("$seconds")
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    slowest=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
    printf '| %-58s | %9.3f | %9.3f | %9d |\n' "POST ${target#/v1/rulesets/bri-traffic-light}" "$median" "$slowest" "$bytes"
done
