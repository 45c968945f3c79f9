# Sourced by the bench scripts (run.sh, reports.sh, seed-log.sh): throw-away keys, bearer tokens, and a packaged app
# started as in production (from its quarkus-app folder, where the class-data archive is, with the service's JVM
# options), waited for until it is ready, and stopped.
#
# The caller sets REPO_DIR (the repository), WORK (a temporary folder, removed by the caller) and PGHOST, PGPORT,
# PGUSER (PGPASSWORD if any) before calling these functions, and calls stop_started when it ends (trap EXIT).

ISSUER="https://bench.traffic-light.invalid/issuer"
# The service's JVM options (the Dockerfile's too).
JVM_OPTIONS="$REPO_DIR/src/main/jvm/jvm.options"
STARTED_PIDS=()

base64url() { openssl base64 -e -A | tr '+/' '-_' | tr -d '='; }

# Throw-away keys in WORK: the audit log's Ed25519 signing key, and an RSA pair standing in for the identity provider.
make_keys() {
    openssl genpkey -algorithm ed25519 -out "$WORK/audit.pem" 2>/dev/null
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt-private.pem" 2>/dev/null
    openssl pkey -in "$WORK/jwt-private.pem" -pubout -out "$WORK/jwt-public.pem"
}

# mint_token SUBJECT ROLE [ORG [HOURS]]: an RS256 bearer token of the identity provider of make_keys, for one role
# (lender, regulator, ...), of organisation ORG if given, valid for HOURS (6).
mint_token() {
    local subject=$1 role=$2 org=${3:-} hours=${4:-6}
    local now header claims signature
    now=$(date +%s)
    header=$(printf '{"alg":"RS256","typ":"JWT"}' | base64url)
    claims=$(printf '{"iss":"%s","sub":"%s","groups":["%s"]%s,"iat":%d,"exp":%d}' "$ISSUER" "$subject" "$role" \
        "${org:+,\"org\":\"$org\"}" "$now" $(( now + hours * 3600 )) | base64url)
    signature=$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$WORK/jwt-private.pem" -binary | base64url)
    printf '%s.%s.%s' "$header" "$claims" "$signature"
}

# Whether something listens on 127.0.0.1:PORT.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start_app APP LOG NAME=value ...: starts the packaged app of folder APP in the background with that environment,
# its output in LOG. Sets STARTED_PID.
start_app() {
    local app=$1 log=$2
    shift 2
    (cd "$app" && exec env "$@" java @"$JVM_OPTIONS" -jar quarkus-run.jar) >"$log" 2>&1 &
    STARTED_PID=$!
    STARTED_PIDS+=("$STARTED_PID")
}

# start_service APP PORT DBNAME LOG: the service of package APP on PORT against database DBNAME, with the keys of
# make_keys, the rules of the repository and no rate limit to speak of. Sets STARTED_PID.
start_service() {
    local app=$1 port=$2 dbname=$3 log=$4
    [[ -f $app/quarkus-run.jar ]] || { echo "no package in $app: run ./mvnw package -DskipTests first" >&2; exit 1; }
    start_app "$app" "$log" \
        QUARKUS_HTTP_PORT="$port" \
        QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$dbname" \
        QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
        QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-unused-with-trust-auth}" \
        TRAFFIC_LIGHT_RULES_DIRECTORY="$REPO_DIR/rules" \
        TRAFFIC_LIGHT_AUDIT_SIGNING_KEY="$WORK/audit.pem" \
        MP_JWT_VERIFY_ISSUER="$ISSUER" \
        MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/jwt-public.pem" \
        TRAFFIC_LIGHT_RATE_LIMIT_REQUESTS_PER_SECOND=1000000 \
        TRAFFIC_LIGHT_RATE_LIMIT_BURST=1000000
}

# Whether PATH on 127.0.0.1:PORT answers 200. Bash's own socket, not curl: a process spawned every few milliseconds
# would take CPU from the start it waits for.
answers_200() {
    local port=$1 path=$2 status_line
    { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
    printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$path" >&3
    read -r -t 1 status_line <&3 || true
    exec 3<&-
    [[ $status_line == "HTTP/1.1 200 "* ]]
}

# wait_until_ready PORT PATH PID LOG LAUNCHED_NS [TIMEOUT_S]: polls PATH every 20 ms until it answers 200 and prints
# the seconds since LAUNCHED_NS. Exits after TIMEOUT_S (60) or when the process has died, showing the end of its log.
# A start against a large database may migrate it first (a new index over a million decisions): give it longer.
wait_until_ready() {
    local port=$1 path=$2 pid=$3 log=$4 launched_ns=$5 timeout_s=${6:-60}
    until answers_200 "$port" "$path"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            tail -20 "$log" >&2
            echo "the process on port $port stopped at start (log: $log)" >&2
            exit 1
        fi
        if (( $(date +%s%N) - launched_ns > timeout_s * 1000000000 )); then
            echo "http://127.0.0.1:$port$path not ready after $timeout_s s (log: $log)" >&2
            exit 1
        fi
        sleep 0.02
    done
    awk -v ns="$(( $(date +%s%N) - launched_ns ))" 'BEGIN { printf "%.2f", ns / 1e9 }'
}

# Stops a process: TERM, then KILL after 15 s.
stop_process() {
    local pid=$1 waited=0
    kill -TERM "$pid" 2>/dev/null || return 0
    while kill -0 "$pid" 2>/dev/null && (( waited < 150 )); do
        sleep 0.1
        waited=$(( waited + 1 ))
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# Stops every app start_app started.
stop_started() {
    local pid
    for pid in "${STARTED_PIDS[@]}"; do
        stop_process "$pid"
    done
    STARTED_PIDS=()
}
