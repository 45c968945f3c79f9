#!/usr/bin/env bash
# Times each report of the regulator (GET /v1/reports/...) over the whole log of a database filled by
# bench/seed-log.sh, with the packaged service started against it as bench/run.sh starts it.
#
# Usage: bench/reports.sh [DBNAME]       default DBNAME: traffic_light_log_1m
#   Needs the package (./mvnw package -DskipTests), a JDK 17, curl, openssl and psql.
#   PostgreSQL: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD (none: trust auth).
#   Settings, with their defaults: RUNS=5 (timed runs of each report after one warm-up; the median counts)
#     PORT=18181 SERVICE_APP=target/quarkus-app.
#     IMPACT_RUNS=1 (timed runs of each impact analysis, no warm-up: each replays the whole log; 0 skips them).
#     ONLY= (times only the reports whose request contains it, e.g. ONLY=excluded).
#   Prints, for each report, the median and the slowest time, the size of the answer, and the rows of the rollup and
#   the decisions of the log it ran over; then the same for the impact of another rule-set version on the whole log.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
DBNAME=${1:-traffic_light_log_1m}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
RUNS=${RUNS:-5}
IMPACT_RUNS=${IMPACT_RUNS:-1}
ONLY=${ONLY:-}
PORT=${PORT:-18181}
SERVICE_APP=${SERVICE_APP:-$REPO_DIR/target/quarkus-app}
URL="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
# shellcheck source=lib/service.sh
source "$BENCH_DIR/lib/service.sh"

cleanup() {
    stop_started
    rm -rf "$WORK"
}
trap cleanup EXIT

! port_in_use "$PORT" || { echo "port $PORT is in use; choose another with PORT" >&2; exit 1; }
make_keys
TOKEN=$(mint_token bench-regulator regulator)
start_service "$SERVICE_APP" "$PORT" "$DBNAME" "$WORK/service.log"
# The first start on a database migrates it: a new index over a million decisions takes a while.
ready_s=$(wait_until_ready "$PORT" /q/health/ready "$STARTED_PID" "$WORK/service.log" "$(date +%s%N)" 600)
echo "the service on port $PORT is ready in $ready_s s"

decisions=$(psql -X -Atq -d "$DBNAME" -c "SELECT count(*) FROM decision")
cells=$(psql -X -Atq -d "$DBNAME" -c "SELECT count(*) FROM decision_daily")
days=$(psql -X -Atq -d "$DBNAME" -c "SELECT count(DISTINCT day) FROM decision_daily")
year=$(date -u +%Y)
today=$(date -u +%F)
# The plans depend on the statistics and the visibility map: say when the log was last analyzed and vacuumed.
upkeep=$(psql -X -Atq -d "$DBNAME" -c "SELECT 'last analyzed ' || coalesce(greatest(last_analyze, last_autoanalyze)::text,
    'never') || ', last vacuumed ' || coalesce(greatest(last_vacuum, last_autovacuum)::text, 'never')
    || ', autovacuum ' || current_setting('autovacuum') FROM pg_stat_user_tables WHERE relname = 'decision'")
echo "$DBNAME: $decisions decisions ($upkeep); the rollup: $cells rows over $days days"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
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
    [[ $path == *"$ONLY"* ]] || continue
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

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# The impact of other versions on every decision of the log: each decision is read, decoded and assessed again.
(( IMPACT_RUNS > 0 )) || exit 0
decided_under=$(psql -X -Atq -d "$DBNAME" -c "SELECT ruleset_version FROM decision GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
echo
printf '| %-58s | %9s | %9s | %9s |\n' "impact on the decisions under $decided_under" "median s" "slowest s" bytes
printf '|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..60})" "-----------" "-----------" "-----------"
for version in 2022.1 2026.1 2026.2; do
    [[ $version != "$decided_under" ]] || continue
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
