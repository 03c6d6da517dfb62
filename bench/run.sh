#!/usr/bin/env bash
# Load benchmark of the packaged app with wrk: the public start page, a signed-in staff list
# page and the register API. See bench/README.md. Loads only 127.0.0.1.
#
# Settings (environment variables):
#   DURATION=60s      length of each measured run
#   CONNECTIONS=50    concurrent connections
#   THREADS=2         wrk threads
#   WARMUP=180s       load on each target just before its measured run (not counted), in
#                     slices of WARMUP_STEP=10s whose req/s are reported as the warm-up curve
#   PAGE_PATH=/admin/users                  the signed-in page target
#   API_PATH=/api/v1/organisations          the API target
#   PORT=             port for the app; a free one is picked when empty
#   BUILD=auto        auto: package when the jar is missing; always; never
#   JAR=platform-app/target/sambruk-platform.jar   the jar to run (BUILD applies to the default one)
#   JAVA_OPTS=...     JVM options for the app; by default the README's start command's
#   MALLOC_ARENA_MAX=2   for the app, as in the README's start command
#   SYNCHRONOUS_COMMIT=off   the embedded database's commits: off (fast, not crash-safe; as in every
#                     figure before December 2026) or on (the app's default for a kept data folder)
#   READY_WAIT=300    seconds to wait for the app to be ready
#   OUT_DIR=bench/results/<time>   raw wrk output, app log and summary
#   KEEP_DB=0         1 keeps the throw-away database folder
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-180s}
WARMUP_STEP=${WARMUP_STEP:-10s}
PAGE_PATH=${PAGE_PATH:-/admin/users}
API_PATH=${API_PATH:-/api/v1/organisations}
PORT=${PORT:-}
BUILD=${BUILD:-auto}
README_JAVA_OPTS="-XX:+UseSerialGC -Xms128m -Xmx384m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m -Xss512k"
JAVA_OPTS=${JAVA_OPTS-$README_JAVA_OPTS}
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
SYNCHRONOUS_COMMIT=${SYNCHRONOUS_COMMIT:-off}
READY_WAIT=${READY_WAIT:-300}
OUT_DIR=${OUT_DIR:-$ROOT/bench/results/$(date +%Y%m%d-%H%M%S)}
KEEP_DB=${KEEP_DB:-0}
JAR=${JAR:-$ROOT/platform-app/target/sambruk-platform.jar}
LUA=$ROOT/bench/report.lua

# Targets (issue "Quality harness"): API >= 2000 req/s with p99 < 50 ms; pages >= 500 req/s
# with p95 < 100 ms; no errors at all.
API_MIN_RPS=2000; API_MAX_P99_MS=50
PAGE_MIN_RPS=500; PAGE_MAX_P95_MS=100

seconds_of() { # 90, 90s or 2m
    case "$1" in
        *m) echo $(( ${1%m} * 60 )) ;;
        *s) echo "${1%s}" ;;
        *) echo "$1" ;;
    esac
}
WARMUP_SLICES=$(( ( $(seconds_of "$WARMUP") + $(seconds_of "$WARMUP_STEP") - 1 ) / $(seconds_of "$WARMUP_STEP") ))

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

mkdir -p "$OUT_DIR"

# --- wrk -------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
    log "wrk is missing: installing the Debian package"
    if [ "$(id -u)" -eq 0 ]; then SUDO=; else SUDO=sudo; fi
    $SUDO apt-get install -y wrk >/dev/null 2>&1 || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y wrk >/dev/null; } \
        || die "could not install wrk (apt-get install -y wrk)"
fi
command -v curl >/dev/null 2>&1 || die "curl is needed"

# --- build -----------------------------------------------------------------------------------
if [ "$BUILD" = always ] || { [ "$BUILD" = auto ] && [ ! -f "$JAR" ]; }; then
    log "packaging the app (./mvnw -q -DskipTests package)"
    ./mvnw -q -DskipTests package
fi
[ -f "$JAR" ] || die "$JAR is missing (BUILD=never?)"

# --- start -----------------------------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -z "$PORT" ]; then
    for _ in $(seq 1 50); do
        candidate=$((20000 + RANDOM % 30000))
        if ! port_in_use "$candidate"; then PORT=$candidate; break; fi
    done
    [ -n "$PORT" ] || die "no free port found"
fi
BASE=http://127.0.0.1:$PORT
DB_DIR=$(mktemp -d "${TMPDIR:-/tmp}/sambruk-bench-db.XXXXXX")
APP_PID=

stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping the app (pid $APP_PID)"
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
    # The embedded PostgreSQL stops with the app; if the app was killed, stop ours by its pid file.
    local pidfile
    pidfile=$(find "$DB_DIR" -maxdepth 3 -name postmaster.pid 2>/dev/null | head -n 1)
    if [ -n "$pidfile" ]; then
        local pg_pid
        pg_pid=$(head -n 1 "$pidfile")
        if [ -n "$pg_pid" ] && kill -0 "$pg_pid" 2>/dev/null; then
            log "stopping the embedded PostgreSQL left behind (pid $pg_pid)"
            kill -INT "$pg_pid" 2>/dev/null || true
            for _ in $(seq 1 20); do kill -0 "$pg_pid" 2>/dev/null || break; sleep 0.5; done
        fi
    fi
}
cleanup() {
    stop_app
    if [ "$KEEP_DB" = 1 ]; then log "database kept in $DB_DIR"; else rm -rf "$DB_DIR"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

LOAD_AT_START=$(cut -d ' ' -f 1-3 /proc/loadavg)
log "load average before the app starts: $LOAD_AT_START (quiet machine: 1-minute value below ~1.0)"
log "starting the app on $BASE (database in $DB_DIR, log in $OUT_DIR/app.log)"
# shellcheck disable=SC2086
MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX SAMBRUK_EMBEDDEDDB_DIR=$DB_DIR java $JAVA_OPTS -jar "$JAR" --spring.profiles.active=demo \
    --server.port="$PORT" --server.address=127.0.0.1 --sambruk.embedded-db.synchronous-commit="$SYNCHRONOUS_COMMIT" \
    --sambruk.mail.local-catcher-port=0 \
    >"$OUT_DIR/app.log" 2>&1 &
APP_PID=$!
STARTED_AT=$(date +%s.%N)

for i in $(seq 1 "$READY_WAIT"); do
    kill -0 "$APP_PID" 2>/dev/null || die "the app stopped while starting; see $OUT_DIR/app.log"
    if curl -fsS -o /dev/null "$BASE/actuator/health/readiness" 2>/dev/null; then break; fi  # ready: demo data loaded
    [ "$i" -eq "$READY_WAIT" ] && die "the app did not become healthy in $READY_WAIT s; see $OUT_DIR/app.log"
    sleep 1
done
READY_SECONDS=$(awk -v a="$STARTED_AT" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
SPRING_STARTED=$(sed -n 's/.*Started [A-Za-z]* in \([0-9.]*\) seconds.*/\1/p' "$OUT_DIR/app.log" | head -n 1)
log "the app is up: ready (demo data loaded, readiness probe UP) ${READY_SECONDS} s after launch; Spring reported started in ${SPRING_STARTED:-?} s"

# --- credentials -----------------------------------------------------------------------------
# One session per connection: 50 connections are 50 signed-in users, not one user with 50 tabs
# (requests of one session queue behind each other's session writes).
SESSIONS_FILE=$OUT_DIR/sessions.txt
: >"$SESSIONS_FILE"
sign_in() {
    local jar=$OUT_DIR/cookies.txt csrf login
    rm -f "$jar"
    csrf=$(curl -fsS -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
    [ -n "$csrf" ] || die "no CSRF token on /login"
    login=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode username=admin --data-urlencode password=sambruk-demo --data-urlencode "_csrf=$csrf" "$BASE/login")
    case "$login" in
        302*error*|302*login*) die "login as admin failed: $login" ;;
        302*) ;;
        *) die "login as admin failed: $login" ;;
    esac
    awk '$6 == "SAMBRUK_SESSION" { print $7 }' "$jar" | tail -n 1
}
log "signing in $CONNECTIONS times as admin (one session per connection)"
for _ in $(seq 1 "$CONNECTIONS"); do
    session=$(sign_in)
    [ -n "$session" ] || die "no SAMBRUK_SESSION cookie after login"
    echo "$session" >>"$SESSIONS_FILE"
done
SESSION=$(head -n 1 "$SESSIONS_FILE")

get_token() {
    curl -fsS -u demo-client:demo-secret -d grant_type=client_credentials -d scope=register.read "$BASE/oauth2/token" \
        | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

expect_200() { # url, header...
    local url=$1; shift
    local args=() h
    for h in "$@"; do args+=(-H "$h"); done
    local code
    code=$(curl -sS -o /dev/null -w '%{http_code}' "${args[@]}" "$url")
    [ "$code" = 200 ] || die "$url answered $code, not 200"
}

# --- runs ------------------------------------------------------------------------------------
SUMMARY=$OUT_DIR/summary.txt
: >"$SUMMARY"

run_target() { # name, path, header (may be empty), sessions file (may be empty)
    local name=$1 path=$2 header=$3
    export SESSIONS_FILE=$4 WRK_THREADS=$THREADS
    local hargs=()
    [ -n "$header" ] && hargs=(-H "$header")
    expect_200 "$BASE$path" ${header:+"$header"}
    # The JIT needs minutes to compile the hot paths when the load keeps both cores busy (its C2
    # thread gets a small share of them), so each target is warmed up long, in slices whose
    # throughput is kept: the curve shows when the app reached its steady state.
    log "$name: warm-up $WARMUP on $path"
    local curve="" slice rps
    for slice in $(seq 1 "$WARMUP_SLICES"); do
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP_STEP" --timeout 2s "${hargs[@]}" -s "$LUA" "$BASE$path" \
            >"$OUT_DIR/$name-warmup-$slice.txt" 2>&1
        rps=$(sed -n 's/^RESULT .* rps=\([0-9.]*\).*/\1/p' "$OUT_DIR/$name-warmup-$slice.txt")
        curve="$curve${curve:+/}${rps%.*}"
    done
    log "$name: warm-up req/s every $WARMUP_STEP: $curve"
    local load
    load=$(cut -d ' ' -f 1-3 /proc/loadavg)
    log "$name: $DURATION, $CONNECTIONS connections, $THREADS threads (load average before: $load)"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 2s --latency "${hargs[@]}" -s "$LUA" "$BASE$path" | tee "$OUT_DIR/$name.txt" >&2
    expect_200 "$BASE$path" ${header:+"$header"}
    local result
    result=$(grep '^RESULT ' "$OUT_DIR/$name.txt" | sed 's/^RESULT //')
    [ -n "$result" ] || die "no result line from wrk for $name"
    echo "$name path=$path load=${load// /,} $result warmup=$curve" >>"$SUMMARY"
}

run_target start "/" "" ""
run_target page "$PAGE_PATH" "Cookie: SAMBRUK_SESSION=$SESSION" "$SESSIONS_FILE"
TOKEN=$(get_token)
[ -n "$TOKEN" ] || die "no access token from /oauth2/token"
run_target api "$API_PATH" "Authorization: Bearer $TOKEN" ""

# resident memory of the app after the runs (the embedded PostgreSQL's processes are not counted
# here; their sum is reported apart, shared memory counted once: proportional set size)
RSS_MIB=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status" 2>/dev/null || echo "?")
HWM_MIB=$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status" 2>/dev/null || echo "?")
PG_PSS_MIB="?"
pg_pidfile=$(find "$DB_DIR" -maxdepth 3 -name postmaster.pid 2>/dev/null | head -n 1)
if [ -n "$pg_pidfile" ]; then
    pg_main=$(head -n 1 "$pg_pidfile")
    pg_pids="$pg_main $(pgrep -P "$pg_main" 2>/dev/null | tr '\n' ' ')"
    PG_PSS_MIB=$(for p in $pg_pids; do awk '/^Pss:/ { s += $2 } END { print s + 0 }' "/proc/$p/smaps_rollup" 2>/dev/null; done \
        | awk '{ s += $1 } END { printf "%.0f", s / 1024 }')
fi
# Where the memory goes (JAVA_OPTS with -XX:NativeMemoryTracking=summary): kept in OUT_DIR
if command -v jcmd >/dev/null 2>&1; then
    jcmd "$APP_PID" VM.native_memory summary >"$OUT_DIR/native-memory.txt" 2>&1 || true
    jcmd "$APP_PID" GC.heap_info >"$OUT_DIR/heap-info.txt" 2>&1 || true
    jcmd "$APP_PID" GC.class_histogram >"$OUT_DIR/class-histogram.txt" 2>&1 || true
    jcmd "$APP_PID" VM.flags >"$OUT_DIR/vm-flags.txt" 2>&1 || true
fi
stop_app

# --- summary ---------------------------------------------------------------------------------
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }
verdict() { # line, min rps, max latency field, max ms
    local line=$1 rps p errors
    rps=$(field "$line" rps); p=$(field "$line" "$3"); errors=$(( $(field "$line" non2xx) + $(field "$line" socket_errors) ))
    if awk -v r="$rps" -v min="$2" -v p="$p" -v max="$4" -v e="$errors" 'BEGIN { exit !(r >= min && p < max && e == 0) }'; then
        echo PASS
    else
        echo FAIL
    fi
}

{
    echo
    echo "Sambruk Platform load benchmark: $CONNECTIONS connections, $THREADS wrk threads, $DURATION per target (warm-up $WARMUP)"
    echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
    echo "java: $(java -version 2>&1 | head -n 1); JAVA_OPTS: ${JAVA_OPTS:-(none)}; MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX"
    echo "load average before the app started: $LOAD_AT_START; the values per target below include this benchmark's own load"
    echo "start: ready ${READY_SECONDS} s after launch (Spring: started in ${SPRING_STARTED:-?} s); app resident memory after the runs ${RSS_MIB} MiB (peak ${HWM_MIB} MiB); embedded PostgreSQL ${PG_PSS_MIB} MiB (PSS)"
    echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
    echo
    printf '%-6s %-24s %10s %9s %9s %9s %7s %7s  %-22s %s\n' target path 'req/s' 'p50 ms' 'p95 ms' 'p99 ms' non2xx socket 'load before (1/5/15)' verdict
    while read -r line; do
        name=${line%% *}
        case "$name" in
            api) v=$(verdict "$line" "$API_MIN_RPS" p99_ms "$API_MAX_P99_MS") ;;
            *)   v=$(verdict "$line" "$PAGE_MIN_RPS" p95_ms "$PAGE_MAX_P95_MS") ;;
        esac
        printf '%-6s %-24s %10s %9s %9s %9s %7s %7s  %-22s %s\n' "$name" "$(field "$line" path)" "$(field "$line" rps)" \
            "$(field "$line" p50_ms)" "$(field "$line" p95_ms)" "$(field "$line" p99_ms)" \
            "$(field "$line" non2xx)" "$(field "$line" socket_errors)" "$(field "$line" load)" "$v"
    done <"$SUMMARY"
    echo
    echo "warm-up (not counted), req/s of each $WARMUP_STEP slice from the first:"
    while read -r line; do
        printf '  %-6s %s\n' "${line%% *}" "$(field "$line" warmup | tr '/' ' ')"
    done <"$SUMMARY"
    echo
    echo "targets: start page and $PAGE_PATH >= $PAGE_MIN_RPS req/s with p95 < $PAGE_MAX_P95_MS ms;" \
        "API >= $API_MIN_RPS req/s with p99 < $API_MAX_P99_MS ms; no non-2xx responses and no socket errors"
    echo "raw output: $OUT_DIR"
} | tee -a "$OUT_DIR/report.txt"
