#!/usr/bin/env bash
# Multifråga look-up benchmark: LOOKUPS look-ups started at once, each asking every source (the
# seven SSBTEK agencies and LEFI) of the demo's local fakes, which answer after 200-2,000 ms per
# source. Target: the time per look-up is close to the slowest source (2 s), not the sum of the
# sources (8.9 s), with no failed requests. SEQUENTIAL=1 runs the comparison: one question at a
# time (a pool of one thread), one look-up. The driver follows each look-up as a browser does (the
# page once, then each pending answer's fragment every 0.7 s) and the script also reports the
# server's own time per look-up from the database (asked_at to the last answered_at). Before the
# clock: WARMUP look-ups at once (default LOOKUPS) to warm the JVM up, and every timed caseworker
# signed in. The fakes run in a JVM of their own (FAKES=separate; FAKES=app: inside the app, as in
# the demo); the CPU seconds of the app (per thread group), the database, the fakes and the driver
# over the timed run are printed (CPU lines). Loads only 127.0.0.1. See bench/README.md.
#
#   LOOKUPS=100 SEQUENTIAL=0 WARMUP=100 FAKES=separate PORT=8143 BUILD=auto ./bench/multifraga.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
LOOKUPS=${LOOKUPS:-100}
SEQUENTIAL=${SEQUENTIAL:-0}
PORT=${PORT:-8143}
BUILD=${BUILD:-auto}
JAVA_OPTS=${JAVA_OPTS:-}
APP_ARGS=${APP_ARGS:-}
# FAKES=separate (default): the SSBTEK and LEFI fakes run in a JVM of their own (FakeAgencies, no Spring), so their CPU is
# counted apart from the app's; FAKES=app: inside the app, as in the demo (sambruk.multifraga.fake.enabled).
FAKES=${FAKES:-separate}
FAKES_OPTS=${FAKES_OPTS:--XX:+UseSerialGC -Xmx256m}
OUT_DIR=${OUT_DIR:-$ROOT/bench/results/multifraga-$(date +%Y%m%d-%H%M%S)}
JAR=${JAR:-$ROOT/platform-app/target/sambruk-platform.jar}
BASE=http://127.0.0.1:$PORT
READY_TIMEOUT=${READY_TIMEOUT:-300}
DELAYS=AF:200,CSN:500,FK:800,SKV:1100,SO:1400,TNS:1700,MIV:2000
LEFI_DELAY=1200
SLOWEST_S=2.0

log() { printf '[multifraga-bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
mkdir -p "$OUT_DIR"
if [ "$BUILD" = always ] || { [ "$BUILD" = auto ] && [ ! -f "$JAR" ]; }; then
    log "packaging the app"
    ./mvnw -q -DskipTests package
fi
[ -f "$JAR" ] || die "$JAR is missing"

if [ "$SEQUENTIAL" = 1 ]; then
    THREADS=1
    LOOKUPS=1
else
    THREADS=$(( LOOKUPS * 8 + 8 ))
fi
# look-ups made at once before the timed run, not counted (the JIT compiles the hot code; bench/README.md)
WARMUP=${WARMUP:-$([ "$SEQUENTIAL" = 1 ] && echo 1 || echo "$LOOKUPS")}

DB_DIR=$(mktemp -d "${TMPDIR:-/tmp}/multifraga-bench-db.XXXXXX")
APP_PID=
FAKES_PID=
cleanup() {
    if [ -n "$FAKES_PID" ] && kill -0 "$FAKES_PID" 2>/dev/null; then kill -TERM "$FAKES_PID" 2>/dev/null || true; fi
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$DB_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "load average before start: $(cut -d ' ' -f 1-3 /proc/loadavg)"
if [ "$FAKES" = separate ]; then
    # shellcheck disable=SC2086
    java $FAKES_OPTS -cp "$JAR" -Dloader.main=se.sambruk.multifraga.sources.FakeAgencies org.springframework.boot.loader.launch.PropertiesLauncher \
        --delays="$DELAYS" --lefi-delay="$LEFI_DELAY" >"$OUT_DIR/fakes.log" 2>&1 &
    FAKES_PID=$!
    for i in $(seq 1 120); do
        grep -q '^ALLOWED_HOSTS=' "$OUT_DIR/fakes.log" && break
        kill -0 "$FAKES_PID" 2>/dev/null || die "the fakes stopped; see $OUT_DIR/fakes.log"
        [ "$i" -eq 120 ] && die "the fakes did not start in 120 s"
        sleep 1
    done
    FAKE_ARGS="--sambruk.multifraga.fake.enabled=false --sambruk.multifraga.ssbtek.url=$(sed -n 's/^SSBTEK_URL=//p' "$OUT_DIR/fakes.log")
        --sambruk.multifraga.lefi.url=$(sed -n 's/^LEFI_URL=//p' "$OUT_DIR/fakes.log")
        --sambruk.http.allowed-internal-hosts=$(sed -n 's/^ALLOWED_HOSTS=//p' "$OUT_DIR/fakes.log")"
    log "the fakes run in their own JVM (pid $FAKES_PID): $(tr '\n' ' ' <"$OUT_DIR/fakes.log")"
else
    FAKE_ARGS="--sambruk.multifraga.fake.delays=$DELAYS --sambruk.multifraga.fake.lefi-delay=$LEFI_DELAY"
fi
# shellcheck disable=SC2086
SAMBRUK_EMBEDDEDDB_DIR=$DB_DIR java $JAVA_OPTS -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" --server.address=127.0.0.1 \
    $FAKE_ARGS \
    --sambruk.multifraga.threads="$THREADS" --sambruk.multifraga.timeout=PT10S $APP_ARGS \
    >"$OUT_DIR/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 "$READY_TIMEOUT"); do
    kill -0 "$APP_PID" 2>/dev/null || die "the app stopped; see $OUT_DIR/app.log"
    curl -fsS -o /dev/null "$BASE/actuator/health/readiness" 2>/dev/null && break
    [ "$i" -eq "$READY_TIMEOUT" ] && die "not ready in $READY_TIMEOUT s"
    sleep 1
done
log "the app is up on $BASE; $LOOKUPS look-up(s) at once, pool of $THREADS threads, delays $DELAYS, LEFI:$LEFI_DELAY"
PG_PORT=$(sed -n 4p "$DB_DIR/postmaster.pid")
PG_PID=$(sed -n 1p "$DB_DIR/postmaster.pid")
# CPU seconds over the timed run per process and thread group (bench/multifraga_cpu.py)
PYTHONDONTWRITEBYTECODE=1 MF_CPU="app=$APP_PID db=$PG_PID${FAKES_PID:+ fakes=$FAKES_PID}" python3 bench/multifraga.py "$BASE" "$LOOKUPS" 48 "$WARMUP" | tee "$OUT_DIR/result.txt"
result=$(grep '^RESULT' "$OUT_DIR/result.txt")
# The server's own time per look-up: from the look-up's asked_at to its last answer's answered_at,
# read from the bench's database (the embedded PostgreSQL's port is in its postmaster.pid).
ids=$(sed -n 's/^IDS //p' "$OUT_DIR/result.txt")
server=$(psql -X -q -A -t -F ' ' -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "
    with t as (select l.id, extract(epoch from max(a.answered_at) - l.asked_at) as s, count(*) filter (where a.state <> 'ANSWERED') as other
               from multifraga.lookup l join multifraga.answer a on a.lookup_id = l.id where l.id in (${ids:-0}) group by l.id)
    select 'SERVER lookups=' || count(*) || ' median_s=' || round(percentile_cont(0.5) within group (order by s)::numeric, 2)
        || ' p95_s=' || round(percentile_cont(0.95) within group (order by s)::numeric, 2) || ' max_s=' || round(max(s)::numeric, 2)
        || ' not_answered=' || sum(other) from t")
echo "$server" | tee -a "$OUT_DIR/result.txt"
failed=$(sed -n 's/.*failed=\([0-9]*\).*/\1/p' <<<"$result")
missing=$(sed -n 's/.*not_answered=\([0-9]*\).*/\1/p' <<<"$result")
done_count=$(sed -n 's/.* done=\([0-9]*\).*/\1/p' <<<"$result")
log "load average at the end: $(cut -d ' ' -f 1-3 /proc/loadavg)"
if [ "$failed" != 0 ] || [ "$done_count" != "$LOOKUPS" ]; then
    log "FAIL: failed requests $failed, look-ups finished $done_count of $LOOKUPS ($result)"
    exit 1
fi
log "done: $result (slowest source ${SLOWEST_S} s; answers other than Svar: $missing)"
log "the server's own time per look-up (asked_at to the last answered_at): $server"
