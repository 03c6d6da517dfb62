#!/usr/bin/env bash
# Bibblix search benchmark: 20,000 titles imported through the librarians' ONIX upload, then the
# children's search page (/bibblix/sok, full text + trigram) loaded with wrk by 100 concurrent
# connections (100 children searching at once, each sending its next search as soon as the last
# answered) with queries children type: the common ones, and a share UNIQUE_SHARE (percent) made up
# on the spot, many never asked before (bench/bibblix.lua). Target: p95 < 50 ms, no failed
# requests (a non-2xx answer or a socket error: connect, read, write, timeout). Loads only
# 127.0.0.1. See bench/README.md.
#
# THINK_MS (default 0) is each child's pause between an answer and the next search: 0 loads the
# server to saturation (every connection sends again at once); 1000 is 100 children each searching
# once a second.
#
#   TITLES=20000 FEED_FILES=1 CONNECTIONS=100 THREADS=2 WARMUP=60s DURATION=60s UNIQUE_SHARE=10 THINK_MS=0 PORT=8142 BUILD=auto ./bench/bibblix.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
TITLES=${TITLES:-20000}
CONNECTIONS=${CONNECTIONS:-100}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-60s}
DURATION=${DURATION:-60s}
UNIQUE_SHARE=${UNIQUE_SHARE:-10}
THINK_MS=${THINK_MS:-0}
export THINK_MS
FEED_FILES=${FEED_FILES:-1}
export UNIQUE_SHARE
PORT=${PORT:-8142}
BUILD=${BUILD:-auto}
JAVA_OPTS=${JAVA_OPTS:-}
OUT_DIR=${OUT_DIR:-$ROOT/bench/results/bibblix-$(date +%Y%m%d-%H%M%S)}
JAR=${JAR:-$ROOT/platform-app/target/sambruk-platform.jar}
BASE=http://127.0.0.1:$PORT
MAX_P95_MS=50
READY_TIMEOUT=${READY_TIMEOUT:-300}

log() { printf '[bibblix-bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
mkdir -p "$OUT_DIR"
command -v wrk >/dev/null 2>&1 || die "wrk is missing (apt-get install -y wrk)"
if [ "$BUILD" = always ] || { [ "$BUILD" = auto ] && [ ! -f "$JAR" ]; }; then
    log "packaging the app"
    ./mvnw -q -DskipTests package
fi
[ -f "$JAR" ] || die "$JAR is missing"

DB_DIR=$(mktemp -d "${TMPDIR:-/tmp}/bibblix-bench-db.XXXXXX")
APP_PID=
cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$DB_DIR" "$OUT_DIR"/feed-*.xml
}
trap cleanup EXIT

(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && die "port $PORT is in use (PORT=...)"
log "load average before start: $(cut -d ' ' -f 1-3 /proc/loadavg)"
# shellcheck disable=SC2086
SAMBRUK_EMBEDDEDDB_DIR=$DB_DIR java $JAVA_OPTS -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" --server.address=127.0.0.1 \
    --sambruk.mail.local-catcher-port=0 >"$OUT_DIR/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 "$READY_TIMEOUT"); do
    kill -0 "$APP_PID" 2>/dev/null || die "the app stopped; see $OUT_DIR/app.log"
    curl -fsS -o /dev/null "$BASE/actuator/health/readiness" 2>/dev/null && break
    [ "$i" -eq "$READY_TIMEOUT" ] && die "not ready in $READY_TIMEOUT s"
    sleep 1
done
log "the app is up on $BASE"

# --- the titles through the librarians' import (one file by default, streamed: 20,000 titles are ~24 MB) ---
python3 bench/bibblix-feed.py "$TITLES" "$FEED_FILES" "$OUT_DIR/feed"
JAR_COOKIES=$OUT_DIR/cookies.txt
csrf_of() { sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1; }
csrf=$(curl -fsS -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | csrf_of)
curl -sS -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode username=malmo --data-urlencode password=sambruk-demo \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
for f in "$OUT_DIR"/feed-*.xml; do
    csrf=$(curl -fsS -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/bibblix/bibliotekarie/import" | csrf_of)
    [ -n "$csrf" ] || die "no import form (is malmo a librarian?)"
    run=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" -F "_csrf=$csrf" -F "fil=@$f;type=application/xml" \
        "$BASE/bibblix/bibliotekarie/import")
    [ -n "$run" ] || die "upload of $f failed"
    started=$(date +%s)
    until curl -fsS -b "$JAR_COOKIES" "$run" | grep -q 'role="status"><span>\(Klar\|Misslyckades\)'; do sleep 2; done
    log "imported $(basename "$f") in $(( $(date +%s) - started )) s: $(curl -fsS -b "$JAR_COOKIES" "$run" | tr -d '\n' | sed -n 's/.*Importerade<\/dt><dd>\([0-9]*\)<.*/\1/p') records"
done
csrf=$(curl -fsS -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/bibblix/bibliotekarie/titlar" | csrf_of)
curl -sS -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "_csrf=$csrf" "$BASE/bibblix/bibliotekarie/titlar/valj-alla"
log "$(curl -fsS -b "$JAR_COOKIES" "$BASE/bibblix/bibliotekarie" | tr -d '\n' | grep -o 'I Bibblix: [^<]*' | head -n 1)"
curl -fsS -o /dev/null "$BASE/bibblix/sok?q=harry+poter" || die "the search page does not answer 200"

# --- load ----------------------------------------------------------------------------------------
log "warm-up $WARMUP with $CONNECTIONS connections, $UNIQUE_SHARE % made-up queries (not counted)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -s bench/bibblix.lua "$BASE" >"$OUT_DIR/warmup.txt" 2>&1 || true
log "measuring $DURATION with $CONNECTIONS connections, $UNIQUE_SHARE % made-up queries, $THINK_MS ms between an answer and the next search"
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }
ticks_before=$(cpu_ticks)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s bench/bibblix.lua "$BASE" | tee "$OUT_DIR/wrk.txt"
ticks_after=$(cpu_ticks)
result=$(grep '^RESULT' "$OUT_DIR/wrk.txt")
requests=$(sed -n 's/^requests \([0-9]*\) in.*/\1/p' "$OUT_DIR/wrk.txt")
log "the app's CPU time per request (JVM only, not PostgreSQL): $(awk -v t=$((ticks_after - ticks_before)) -v hz="$(getconf CLK_TCK)" -v n="${requests:-0}" 'BEGIN { if (n > 0) printf "%.2f ms", t * 1000 / hz / n; else print "?" }')"
p95=$(sed -n 's/.*p95_ms=\([0-9.]*\).*/\1/p' <<<"$result")
failed=$(awk -F'errors=|non2xx=' '{ split($2, a, " "); print a[1] + $3 }' <<<"$result")
log "load average at the end: $(cut -d ' ' -f 1-3 /proc/loadavg)"
if awk -v p="$p95" -v m="$MAX_P95_MS" 'BEGIN { exit !(p < m) }' && [ "$failed" = 0 ]; then
    log "PASS: search p95 ${p95} ms < ${MAX_P95_MS} ms, no failed requests ($result)"
else
    log "FAIL: search p95 ${p95} ms (target < ${MAX_P95_MS} ms), failed requests $failed ($result)"
    exit 1
fi
