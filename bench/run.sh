#!/usr/bin/env bash
# Benchmarks the traffic-light service on this machine in one run, beside baselines that show what the machine
# itself can do: a trivial GET and a one-row Hibernate insert on a minimal Quarkus app (bench/baseline), and raw
# durable INSERT commits with pgbench. Then the service: startup time and memory, POST /v1/classifications at 1 to
# 64 connections, the batch endpoint, and the JMH micro-benchmarks (bench/jmh/run.sh) if they are there.
#
# Usage: bench/run.sh            (from any directory; about 5 minutes with the default durations, without JMH)
#   PostgreSQL: the libpq variables PGHOST (127.0.0.1, a TCP host), PGPORT (5432), PGUSER (postgres) and
#     PGPASSWORD (none: trust auth). The databases traffic_light_bench and bench_baseline are dropped and made anew.
#   Settings, with their defaults: WARMUP=5s DURATION=15s CONNECTIONS="1 2 4 8 16 32 64" PORT=18080 (service)
#     BASELINE_PORT=18090 BATCH_LINES=100000 STARTS=5 (service starts; the median counts); SKIP_BUILD=1 uses the
#     jars already built; SKIP_JMH=1 skips JMH.
#   Writes bench/results/<UTC timestamp>/: summary.md (the table, in Markdown), runs.csv, throughput-p99.png, and
#     each run's own output. Exits 0 when every request got the answer it should (whatever the figures), else 1.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
WARMUP=${WARMUP:-5s}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-1 2 4 8 16 32 64}
PORT=${PORT:-18080}
BASELINE_PORT=${BASELINE_PORT:-18090}
BATCH_LINES=${BATCH_LINES:-100000}
STARTS=${STARTS:-5}

SERVICE_URL="http://127.0.0.1:$PORT"
BASELINE_URL="http://127.0.0.1:$BASELINE_PORT"
SERVICE_APP="$REPO_DIR/target/quarkus-app"
BASELINE_APP="$BENCH_DIR/baseline/target/quarkus-app"
DESCRIPTORS="$BENCH_DIR/data/descriptors.ndjson"
ROWS="$BENCH_DIR/data/rows.ndjson"
TARGET_CONNECTIONS=32

RESULTS="$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)"
RUNS_CSV="$RESULTS/runs.csv"
WORK=""  # keys, tokens, the batch file, pgbench logs: made in main, removed on exit
LOAD_PID=""
RUN_ERRORS=0
# Keys, tokens, and the packaged apps started, waited for and stopped (the baseline app runs with the service's JVM
# options too).
# shellcheck source=lib/service.sh
source "$BENCH_DIR/lib/service.sh"

# --- Helpers ---------------------------------------------------------------------------------------------------

say() { printf '\n== %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

# Prints awk's value of an arithmetic expression, e.g. calc '%.2f' '3 / 4'.
calc() { awk "BEGIN { printf \"$1\", $2 }"; }

# 15s, 2m or 90 -> seconds (pgbench wants a number).
to_seconds() {
    case $1 in
        *m) echo $(( ${1%m} * 60 )) ;;
        *s) echo "${1%s}" ;;
        *) echo "$1" ;;
    esac
}

# PASS or FAIL: does VALUE OP LIMIT hold (OP: >= or <=)?
verdict() { awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN { ok = (op == ">=") ? v >= l : v <= l; print ok ? "PASS" : "FAIL" }'; }

# One column of runs.csv, for a run name and connection count.
run_field() {
    awk -F, -v run="$1" -v c="$2" -v col="$3" \
        'NR == 1 { for (i = 1; i <= NF; i++) idx[$i] = i; next } $1 == run && $2 == c { print $idx[col] }' "$RUNS_CSV"
}

# --- Tools, build, database ----------------------------------------------------------------------------------------

check_tools() {
    local missing=() tool
    for tool in java wrk pgbench psql gnuplot curl openssl; do
        command -v "$tool" >/dev/null || missing+=("$tool")
    done
    if (( ${#missing[@]} )); then
        die "missing: ${missing[*]}. Install with: apt-get install wrk gnuplot-nox postgresql-client (and a JDK 17)"
    fi
    local java_major
    java_major=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
    (( java_major >= 17 )) || die "java 17 or later needed, found: $(java -version 2>&1 | head -1)"
}

build() {
    if [[ -n ${SKIP_BUILD:-} && -f $SERVICE_APP/quarkus-run.jar && -f $BASELINE_APP/quarkus-run.jar ]]; then
        say "Build skipped (SKIP_BUILD)"
        return
    fi
    say "Building the service and the baseline app"
    (cd "$REPO_DIR" && ./mvnw -q -B package -DskipTests && ./mvnw -q -B -f bench/baseline/pom.xml package -DskipTests)
}

psql_quiet() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

prepare_databases() {
    say "Preparing PostgreSQL at $PGHOST:$PGPORT (a fresh bench_baseline; traffic_light_bench is made afresh at each start)"
    psql_quiet -d postgres -c "DROP DATABASE IF EXISTS bench_baseline WITH (FORCE)" -c "CREATE DATABASE bench_baseline"
    # pgbench's table, shaped like the baseline app's rows.
    psql_quiet -d bench_baseline -c "CREATE TABLE pgbench_insert (id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text, country text, sector text, created_at timestamptz)"
}

# --- Processes -------------------------------------------------------------------------------------------------

assert_port_free() {
    ! port_in_use "$1" || die "port $1 is in use; choose another with PORT or BASELINE_PORT"
}

# Runs a load tool in the background and waits for it: a trapped Ctrl-C or TERM then stops the run at once (wrk in
# the foreground would catch Ctrl-C itself, and the run would go on), and cleanup stops the tool.
run_load() {
    "$@" &
    LOAD_PID=$!
    local status=0
    wait "$LOAD_PID" || status=$?
    LOAD_PID=""
    return "$status"
}

cleanup() {
    [[ -z $LOAD_PID ]] || stop_process "$LOAD_PID"
    stop_started
    [[ -z $WORK ]] || rm -rf "$WORK"
}

rss_mb() { calc '%.0f' "$(ps -o rss= -p "$1") / 1024"; }

start_baseline() {
    say "Starting the baseline app on port $BASELINE_PORT"
    assert_port_free "$BASELINE_PORT"
    local launched_ns seconds
    launched_ns=$(date +%s%N)
    start_app "$BASELINE_APP" "$RESULTS/baseline.log" \
        QUARKUS_HTTP_PORT="$BASELINE_PORT" \
        QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/bench_baseline" \
        QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
        QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}"
    seconds=$(wait_until_ready "$BASELINE_PORT" /hello "$STARTED_PID" "$RESULTS/baseline.log" "$launched_ns")
    echo "ready in $seconds s, RSS $(rss_mb "$STARTED_PID") MB"
}

fresh_service_database() {
    psql_quiet -d postgres -c "DROP DATABASE IF EXISTS traffic_light_bench WITH (FORCE)" \
        -c "CREATE DATABASE traffic_light_bench"
}

# Starts the service as it runs in production (the package, its JVM options and its required settings), on an
# empty database, and measures its start: sets STARTUP_S, RSS_MB and QUARKUS_STARTED_S.
start_service_once() {
    fresh_service_database
    local launched_ns
    launched_ns=$(date +%s%N)
    start_service "$SERVICE_APP" "$PORT" traffic_light_bench "$RESULTS/service.log"
    STARTUP_S=$(wait_until_ready "$PORT" /q/health/ready "$STARTED_PID" "$RESULTS/service.log" "$launched_ns")
    RSS_MB=$(rss_mb "$STARTED_PID")
    QUARKUS_STARTED_S=$(sed -n 's/.*started in \([0-9.]*\)s.*/\1/p' "$RESULTS/service.log" | head -1)
}

# The median of numbers, one a line.
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# A start takes a few tenths of a second more or less from one to the next on a shared machine, so the service is
# started STARTS times and the median counts. It is measured first, on a machine not yet busy with the load runs and
# with what PostgreSQL does after them.
measure_service_starts() {
    say "Starting the service on port $PORT, $STARTS times, each on an empty database"
    assert_port_free "$PORT"
    local n starts=() memories=()
    for (( n = 1; n <= STARTS; n++ )); do
        start_service_once
        stop_started
        starts+=("$STARTUP_S")
        memories+=("$RSS_MB")
        echo "start $n: ready in $STARTUP_S s (Quarkus: started in ${QUARKUS_STARTED_S:-?} s), RSS $RSS_MB MB"
    done
    STARTUPS="${starts[*]}"
    STARTUP_S=$(printf '%s\n' "${starts[@]}" | median)
    RSS_MB=$(printf '%s\n' "${memories[@]}" | median)
    echo "median: ready in $STARTUP_S s, RSS $RSS_MB MB"
}

# The service for the load runs; its start is not counted.
start_service_for_load() {
    say "Starting the service on port $PORT for the load"
    local startup_s=$STARTUP_S rss_mb=$RSS_MB
    start_service_once
    echo "ready in $STARTUP_S s"
    STARTUP_S=$startup_s RSS_MB=$rss_mb
}

# One classification before the load, so that a wrong token or descriptor stops the run at once, with its answer.
check_service_answers() {
    local status
    status=$(head -1 "$DESCRIPTORS" | curl -s -o "$RESULTS/first-classification.json" -w '%{http_code}' \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary @- \
        "$SERVICE_URL/v1/classifications")
    [[ $status == 201 ]] || die "POST /v1/classifications answered $status: $(cat "$RESULTS/first-classification.json")"
}

# --- Load runs -------------------------------------------------------------------------------------------------

# run_wrk NAME CONNECTIONS URL EXPECTED_STATUS [BODIES_FILE [HEADER]]: a warm-up, then the measured run, whose
# figures go to runs.csv.
run_wrk() {
    local name=$1 connections=$2 url=$3 expected=$4 bodies=${5:-} header=${6:-}
    local threads=$(( connections < 2 ? connections : 2 ))
    local args=(-t "$threads" -c "$connections" --timeout 10s -H 'Content-Type: application/json'
        ${header:+-H "$header"} -s "$BENCH_DIR/wrk/load.lua" "$url" -- "$expected" ${bodies:+"$bodies"})
    local out="$RESULTS/$name-c$connections.txt"
    printf '%-10s %3d connections: ' "$name" "$connections"
    run_load wrk -d "$WARMUP" "${args[@]}" >"$RESULTS/$name-c$connections-warmup.txt"
    run_load wrk -d "$DURATION" "${args[@]}" >"$out"
    record_wrk_result "$name" "$connections" "$(grep '^result ' "$out")"
}

# The value of KEY in a "result key=value ..." line.
result_value() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

# Reads wrk's result line into runs.csv.
record_wrk_result() {
    local name=$1 connections=$2 line=$3
    local unexpected socket_errors note=""
    unexpected=$(result_value unexpected_status "$line")
    socket_errors=$(result_value socket_errors "$line")
    (( unexpected == 0 )) || note=" (last unexpected status $(result_value last_unexpected_status "$line"))"
    record_run "$name" "$connections" "$(result_value rps "$line")" "$(result_value p50_ms "$line")" \
        "$(result_value p99_ms "$line")" "$(result_value requests "$line")" $(( unexpected + socket_errors )) "$note"
}

record_run() {
    local name=$1 connections=$2 rps=$3 p50=$4 p99=$5 requests=$6 errors=$7 note=${8:-}
    echo "$name,$connections,$rps,$p50,$p99,$requests,$errors" >>"$RUNS_CSV"
    printf '%9.1f/s  p50 %7.2f ms  p99 %7.2f ms  errors %d%s\n' "$rps" "$p50" "$p99" "$errors" "$note"
    if (( errors > 0 )); then
        RUN_ERRORS=$(( RUN_ERRORS + 1 ))
        echo "  ^ FLAGGED: $errors requests failed or got an unexpected status"
    fi
}

run_baselines() {
    say "Baselines ($WARMUP warm-up, then $DURATION measured)"
    run_wrk hello "$TARGET_CONNECTIONS" "$BASELINE_URL/hello" 200
    run_wrk rows "$TARGET_CONNECTIONS" "$BASELINE_URL/rows" 201 "$ROWS"
    run_pgbench
}

# Durable single-row INSERT commits straight to PostgreSQL, 8 clients; latency percentiles from pgbench's
# per-transaction log (third column: µs).
run_pgbench() {
    local clients=8 out="$RESULTS/pgbench-c8.txt"
    local args=(-n -f "$BENCH_DIR/pgbench/insert.sql" -c "$clients" -j 2 bench_baseline)
    printf '%-10s %3d clients:     ' pgbench "$clients"
    run_load pgbench "${args[@]}" -T "$(to_seconds "$WARMUP")" >/dev/null
    local status=0
    run_load pgbench "${args[@]}" -T "$(to_seconds "$DURATION")" -l --log-prefix="$WORK/pgbench" >"$out" 2>&1 || status=$?
    local tps requests failed percentiles
    tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$out")
    requests=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$out")
    failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$out")
    percentiles=$(cat "$WORK"/pgbench.* | awk '{ print $3 }' | sort -n |
        awk '{ v[NR] = $1 } END { printf "%.3f %.3f", v[int(NR * 0.50) + 1] / 1000, v[int(NR * 0.99) + 1] / 1000 }')
    rm -f "$WORK"/pgbench.*
    (( status == 0 )) || failed=$(( ${failed:-0} + 1 ))
    record_run pgbench "$clients" "${tps:-0}" "${percentiles% *}" "${percentiles#* }" "${requests:-0}" "${failed:-0}"
}

run_service() {
    say "Service POST /v1/classifications, $(grep -c . "$DESCRIPTORS") descriptors in turn ($WARMUP warm-up, then $DURATION)"
    local connections
    for connections in $CONNECTIONS; do
        run_wrk service "$connections" "$SERVICE_URL/v1/classifications" 201 "$DESCRIPTORS" "Authorization: Bearer $TOKEN"
    done
}

# --- Batch -----------------------------------------------------------------------------------------------------

# BATCH_LINES descriptors, cycling through the set, each with its own reference.
make_batch_file() {
    awk -v lines="$BATCH_LINES" '{ d[NR] = $0 } END {
        for (n = 1; n <= lines; n++) {
            line = d[(n - 1) % NR + 1]
            sub(/"reference":"[^"]*"/, sprintf("\"reference\":\"BATCH-%06d\"", n), line)
            print line
        }
    }' "$DESCRIPTORS" >"$1"
}

# A one-descriptor batch first: a service without the endpoint answers it 404 or 405 (a large body would be
# refused for its size before routing, whether the endpoint is there or not).
batch_endpoint_exists() {
    local status
    status=$(head -1 "$DESCRIPTORS" | curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/x-ndjson' --data-binary @- "$SERVICE_URL/v1/classifications/batch")
    [[ $status != 404 && $status != 405 ]]
}

# POST /v1/classifications/batch: NDJSON in, one result line a descriptor out (streamed), and a Location to read
# the batch again. Sets BATCH_SECONDS (empty when there is no batch endpoint).
run_batch() {
    say "Batch: $BATCH_LINES descriptors in one POST /v1/classifications/batch, after one warm-up batch"
    BATCH_SECONDS="" BATCH_NOTE=""
    local input="$WORK/batch.ndjson" output="$RESULTS/batch-response.ndjson" headers="$RESULTS/batch-headers.txt"
    if ! batch_endpoint_exists; then
        BATCH_NOTE="n/a (no batch endpoint)"
        echo "$BATCH_NOTE"
        return
    fi
    make_batch_file "$input"
    warm_up_batch "$input"
    # The runs before leave over a gigabyte of log rows in PostgreSQL's buffers: they are written out first, so that
    # the batch is not measured with a checkpoint of theirs.
    psql_quiet -d traffic_light_bench -c CHECKPOINT
    local status seconds
    run_load curl -sS -o "$output" -D "$headers" -w '%{http_code} %{time_total}' --max-time 600 \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/x-ndjson' --data-binary @"$input" \
        "$SERVICE_URL/v1/classifications/batch" >"$WORK/batch-answer" || true
    read -r status seconds <"$WORK/batch-answer" || true  # -w writes no final newline
    if [[ $status != 201 ]]; then
        BATCH_NOTE="answered $status"
        RUN_ERRORS=$(( RUN_ERRORS + 1 ))
        echo "FLAGGED: the batch answered $status: $(head -c 500 "$output" 2>/dev/null)"
        return
    fi
    BATCH_SECONDS=$seconds
    local lines location content_type
    lines=$(wc -l <"$output")
    content_type=$(sed -n 's/^[Cc]ontent-[Tt]ype: *\([^;\r]*\).*/\1/p' "$headers")
    location=$(sed -n 's/^[Ll]ocation: *\([^\r]*\).*/\1/p' "$headers")
    echo "201 $content_type in $seconds s: $lines result lines ($(calc '%.0f' "$BATCH_LINES / $seconds") descriptors/s)"
    echo "first result line: $(head -1 "$output" | cut -c1-300)"
    local refused
    refused=$(grep -c '"problem"' "$output" || true)
    if (( lines != BATCH_LINES || refused > 0 )); then
        BATCH_NOTE="$lines result lines for $BATCH_LINES descriptors, $refused of them problems"
        RUN_ERRORS=$(( RUN_ERRORS + 1 ))
        echo "FLAGGED: $BATCH_NOTE"
    fi
    show_batch "$location"
}

# One batch of the same descriptors before the measured one, as every wrk run has its warm-up: the batch's own code
# (reading NDJSON, COPY of a thousand rows) is not yet compiled by the JIT after the single-endpoint runs.
warm_up_batch() {
    local status seconds
    run_load curl -sS -o /dev/null -w '%{http_code} %{time_total}' --max-time 600 \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/x-ndjson' --data-binary @"$1" \
        "$SERVICE_URL/v1/classifications/batch" >"$WORK/batch-warm-up-answer" || true
    read -r status seconds <"$WORK/batch-warm-up-answer" || true  # -w writes no final newline
    echo "warm-up batch: ${status:-no answer} in ${seconds:-?} s"
    if [[ $status != 201 ]]; then
        RUN_ERRORS=$(( RUN_ERRORS + 1 ))
        echo "FLAGGED: the warm-up batch answered ${status:-nothing}"
    fi
}

show_batch() {
    local location=$1
    if [[ -z $location ]]; then
        echo "FLAGGED: no Location header"
        RUN_ERRORS=$(( RUN_ERRORS + 1 ))
        return
    fi
    [[ $location == http* ]] || location="$SERVICE_URL$location"
    local status
    status=$(curl -s -o "$RESULTS/batch-location.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$location")
    echo "GET $location -> $status:"
    head -c 2000 "$RESULTS/batch-location.json"
    echo
}

# --- JMH -------------------------------------------------------------------------------------------------------

run_jmh() {
    JMH_NOTE="not run"
    if [[ -n ${SKIP_JMH:-} ]]; then
        JMH_NOTE="skipped (SKIP_JMH)"
    elif [[ -f $BENCH_DIR/jmh/run.sh ]]; then
        say "JMH micro-benchmarks (bench/jmh/run.sh)"
        if bash "$BENCH_DIR/jmh/run.sh" "$RESULTS/jmh.csv"; then
            JMH_NOTE="results in jmh.csv"
        else
            JMH_NOTE="FAILED (exit $?)"
        fi
    fi
}

# --- Summary ---------------------------------------------------------------------------------------------------

run_label() {
    case $1 in
        hello) echo "baseline GET /hello (trivial)" ;;
        rows) echo "baseline POST /rows (Hibernate insert)" ;;
        pgbench) echo "PostgreSQL INSERT commits (pgbench)" ;;
        service) echo "service POST /v1/classifications" ;;
    esac
}

runs_table() {
    echo "| run | connections | requests/s | p50 ms | p99 ms | errors |"
    echo "|---|---:|---:|---:|---:|---:|"
    local name connections rps p50 p99 requests errors
    while IFS=, read -r name connections rps p50 p99 requests errors; do
        printf '| %s | %s | %.0f | %.2f | %.2f | %s%s |\n' "$(run_label "$name")" "$connections" "$rps" "$p50" "$p99" \
            "$errors" "$( (( errors == 0 )) || echo ' FLAGGED')"
    done < <(tail -n +2 "$RUNS_CSV")
}

batch_row() {
    local value=$BATCH_NOTE result
    [[ -z $BATCH_SECONDS ]] || value="$(calc '%.2f' "$BATCH_SECONDS") s ($(calc '%.0f' "$BATCH_LINES / $BATCH_SECONDS")/s)"
    if [[ $BATCH_NOTE == n/a* ]]; then
        result=n/a
    elif [[ -n $BATCH_NOTE ]]; then
        result="FAIL: $BATCH_NOTE"
    else
        result=$(verdict "$BATCH_SECONDS" '<=' 10)
    fi
    echo "| batch of $BATCH_LINES descriptors: time (descriptors/s) | $value | ≤ 10 s | $result |"
}

targets_table() {
    local c=$TARGET_CONNECTIONS
    local service_rps service_p99 rows_rps hello_rps pgbench_rps
    service_rps=$(run_field service "$c" requests_per_s)
    service_p99=$(run_field service "$c" p99_ms)
    rows_rps=$(run_field rows "$c" requests_per_s)
    hello_rps=$(run_field hello "$c" requests_per_s)
    pgbench_rps=$(run_field pgbench 8 requests_per_s)
    local vs_rows
    vs_rows=$(calc '%.2f' "$service_rps / $rows_rps")
    echo "| measure | value | target | result |"
    echo "|---|---:|---:|---|"
    echo "| service @$c: decisions/s | $(calc '%.0f' "$service_rps") | ≥ 7500 | $(verdict "$service_rps" '>=' 7500) |"
    echo "| service @$c: p99 | $(calc '%.2f' "$service_p99") ms | ≤ 25 ms | $(verdict "$service_p99" '<=' 25) |"
    echo "| service @$c ÷ Hibernate insert baseline @$c | ${vs_rows}× | ≥ 1.0× | $(verdict "$vs_rows" '>=' 1.0) |"
    echo "| service @$c ÷ trivial GET @$c | $(calc '%.2f' "$service_rps / $hello_rps")× | | |"
    echo "| service @$c ÷ PostgreSQL INSERT commits (pgbench, 8 clients) | $(calc '%.2f' "$service_rps / $pgbench_rps")× | | |"
    batch_row
    echo "| startup: launch to ready, median of $STARTS ($STARTUPS s) | $STARTUP_S s | ≤ 3 s | $(verdict "$STARTUP_S" '<=' 3) |"
    echo "| resident memory after startup, median of $STARTS | $RSS_MB MB | ≤ 300 MB | $(verdict "$RSS_MB" '<=' 300) |"
    echo "| runs with errors or unexpected statuses | $RUN_ERRORS | 0 | $(verdict "$RUN_ERRORS" '<=' 0) |"
}

# The engine alone, from JMH's CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit",
# then the parameters ("Param: rules", "Param: version").
jmh_table() {
    [[ -f $RESULTS/jmh.csv ]] || return 0
    echo
    echo "| engine and log record alone (JMH) | µs per descriptor | target | result |"
    echo "|---|---:|---:|---|"
    local name score error rules version target
    while IFS=, read -r name _ _ _ score error _ rules version; do
        name=${name//\"/}; rules=${rules//\"/}; version=${version//[\"$'\r']/}
        target=""
        case $name in
            *EngineBenchmark.assess) name="full rule set $version: assess"; target=20 ;;
            *EngineBenchmark.parseAndAssess) name="full rule set $version: parse the body, then assess" ;;
            *RuleCountBenchmark*) name="$rules synthetic rules: assess" ;;
            *RecordBenchmark.record) name="log record of a 2022.1 decision: canonical JSON and entry hash" ;;
            *RecordBenchmark.answer) name="log record of a 2022.1 decision: read back for the answer" ;;
        esac
        printf '| %s | %.1f ± %.1f | %s | %s |\n' "$name" "$score" "$error" "${target:+≤ $target µs}" \
            "$([[ -z $target ]] || verdict "$score" '<=' "$target")"
    done < <(tail -n +2 "$RESULTS/jmh.csv")
}

write_summary() {
    {
        echo "## Benchmark $(basename "$RESULTS")"
        echo
        echo "Commit $(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null || echo '?'); $(nproc) cores," \
            "$(free -g | awk '/^Mem:/ { print $2 }') GiB; wrk, the apps and PostgreSQL share the cores." \
            "Each run: $WARMUP warm-up, $DURATION measured. JMH: $JMH_NOTE."
        echo
        runs_table
        echo
        targets_table
        jmh_table
    } >"$RESULTS/summary.md"
}

plot() {
    local data="$RESULTS/service.csv"
    { echo "connections,requests_per_s,p50_ms,p99_ms"
      awk -F, '$1 == "service" { print $2 "," $3 "," $4 "," $5 }' "$RUNS_CSV"
    } >"$data"
    gnuplot -c "$BENCH_DIR/plot.gp" "$data" "$(run_field rows "$TARGET_CONNECTIONS" requests_per_s)" \
        "$RESULTS/throughput-p99.png"
}

# --- Main ------------------------------------------------------------------------------------------------------

main() {
    local started_s=$SECONDS
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    WORK=$(mktemp -d -t traffic-light-bench.XXXXXX)
    check_tools
    [[ " $CONNECTIONS " == *" $TARGET_CONNECTIONS "* ]] || die "CONNECTIONS must include $TARGET_CONNECTIONS, the one with targets"
    mkdir -p "$RESULTS"
    echo "run,connections,requests_per_s,p50_ms,p99_ms,requests,errors" >"$RUNS_CSV"
    build
    prepare_databases
    make_keys
    TOKEN=$(mint_token bench-user lender bench-bank)

    measure_service_starts
    start_baseline
    run_baselines
    stop_started

    start_service_for_load
    check_service_answers
    run_service
    run_batch
    stop_started

    run_jmh
    write_summary
    plot
    say "Summary (also in $RESULTS/summary.md; plot: throughput-p99.png)"
    cat "$RESULTS/summary.md"
    echo
    echo "Total time: $(( SECONDS - started_s )) s"
    (( RUN_ERRORS == 0 )) || die "runs with errors: $RUN_ERRORS (see the FLAGGED lines above)"
}

main "$@"
