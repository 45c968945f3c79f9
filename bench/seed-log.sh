#!/usr/bin/env bash
# Fills a real PostgreSQL database with N decisions made by the service itself, through its own bulk path
# (POST /v1/classifications/batch): the packaged service is started against DBNAME, as bench/run.sh starts it, and
# sent batches of BATCH_LINES descriptors (bench/data/descriptors.ndjson, cycled, each line with its own reference)
# by lenders of ORGS organisations in turn, so that the reports have organisations, sectors and countries to group.
# The decisions are real: classified under the shipped rules, hash-chained and counted in the daily rollup.
#
# Usage: bench/seed-log.sh N DBNAME      e.g. bench/seed-log.sh 1000000 traffic_light_log_1m
#   The database is made if it is missing and added to if it is there (the service migrates it at start); a run
#   stopped half-way keeps the batches it finished. Needs the package (./mvnw package -DskipTests; SKIP_BUILD is the
#   default here: the jar in target/quarkus-app is used), a JDK 17, curl, openssl and psql.
#   PostgreSQL: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD (none: trust auth).
#   Settings, with their defaults: BATCH_LINES=100000 ORGS=5 PORT=18180 SERVICE_APP=target/quarkus-app (a copy of
#   the package elsewhere keeps a long seed safe from a rebuild meanwhile).
#   Prints each batch's time and rate, and the total. Ends with VACUUM (ANALYZE) of the log, as autovacuum would.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
N=${1:?usage: seed-log.sh N DBNAME}
DBNAME=${2:?usage: seed-log.sh N DBNAME}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
BATCH_LINES=${BATCH_LINES:-100000}
ORGS=${ORGS:-5}
PORT=${PORT:-18180}
SERVICE_APP=${SERVICE_APP:-$REPO_DIR/target/quarkus-app}
DESCRIPTORS="$BENCH_DIR/data/descriptors.ndjson"
WORK=$(mktemp -d)
# shellcheck source=lib/service.sh
source "$BENCH_DIR/lib/service.sh"

cleanup() {
    stop_started
    rm -rf "$WORK"
}
trap cleanup EXIT

[[ $N =~ ^[0-9]+$ && $N -gt 0 ]] || { echo "N must be a positive number, not $N" >&2; exit 1; }
! port_in_use "$PORT" || { echo "port $PORT is in use; choose another with PORT" >&2; exit 1; }

if ! psql -X -Atq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DBNAME'" | grep -q 1; then
    psql -X -q -d postgres -c "CREATE DATABASE \"$DBNAME\""
fi
make_keys
echo "starting the service on port $PORT against $PGHOST:$PGPORT/$DBNAME"
start_service "$SERVICE_APP" "$PORT" "$DBNAME" "$WORK/service.log"
wait_until_ready "$PORT" /q/health/ready "$STARTED_PID" "$WORK/service.log" "$(date +%s%N)" 600 >/dev/null

before=$(psql -X -Atq -d "$DBNAME" -c "SELECT count(*) FROM decision")
echo "$DBNAME holds $before decisions; adding $N in batches of $BATCH_LINES from $ORGS organisations"
run_id=$(date -u +%Y%m%dT%H%M%SZ)
added=0 batch=0 failed=0 refused=0
started=$(date +%s.%N)
# A descriptor the service refuses (its checks find facts that contradict one another; none of the set does today) is
# counted and reported, not logged, and batches go on until N decisions are logged.
while (( added < N )); do
    lines=$(( N - added < BATCH_LINES ? N - added : BATCH_LINES ))
    org="seed-org-$(( batch % ORGS + 1 ))"
    awk -v lines="$lines" -v prefix="SEED-$run_id-$batch-" '{ d[NR] = $0 } END {
        for (n = 1; n <= lines; n++) {
            line = d[(n - 1) % NR + 1]
            sub(/"reference":"[^"]*"/, sprintf("\"reference\":\"%s%06d\"", prefix, n), line)
            print line
        }
    }' "$DESCRIPTORS" >"$WORK/batch.ndjson"
    answer=$(curl -sS -o "$WORK/answer.ndjson" -w '%{http_code} %{time_total}' --max-time 3600 \
        -H "Authorization: Bearer $(mint_token seed-user lender "$org" 12)" -H 'Content-Type: application/x-ndjson' \
        --data-binary @"$WORK/batch.ndjson" "http://127.0.0.1:$PORT/v1/classifications/batch")
    read -r status seconds <<<"$answer"
    decided=$(grep -c '"decisionId"' "$WORK/answer.ndjson" || true)
    if [[ $status != 201 ]] || (( decided == 0 )); then
        failed=$(( failed + 1 ))
        echo "batch $batch ($org): answered $status, $decided decisions: $(head -c 300 "$WORK/answer.ndjson")" >&2
        (( failed < 3 )) || { echo "stopping after 3 failed batches" >&2; exit 1; }
    fi
    added=$(( added + decided ))
    refused=$(( refused + lines - decided ))
    batch=$(( batch + 1 ))
    elapsed=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
    printf 'batch %d (%s): %d decisions of %d descriptors in %.2f s (%.0f/s); %d of %d in %s s (%.0f/s)\n' \
        "$batch" "$org" "$decided" "$lines" "$seconds" "$(awk -v l="$lines" -v s="$seconds" 'BEGIN { print l / s }')" \
        "$added" "$N" "$elapsed" "$(awk -v l="$added" -v s="$elapsed" 'BEGIN { print l / s }')"
done
echo "$refused descriptors refused by the service's checks (not logged)"
# What autovacuum does after so many inserts, done at once (the server may have it off): the planner's statistics,
# and the log's pages marked all-visible, which the list of excluded projects reads its index alone by.
psql -X -q -d "$DBNAME" -c "VACUUM (ANALYZE) decision"
after=$(psql -X -Atq -d "$DBNAME" -c "SELECT count(*) FROM decision")
echo "$DBNAME now holds $after decisions ($(( after - before )) added)"
