#!/usr/bin/env bash
# FixaMinGata at 1,000,000 reports: the nearby query, Open311 GET requests (real HTTP from client
# threads in the same JVM) and the staff inbox, in the test setup (embedded PostgreSQL 17, demo data).
# Usage: bench/fixamingata.sh [reports]   (default 1000000); THREADS (8) and RUN_SECONDS (20) tune the Open311 run.
set -euo pipefail
cd "$(dirname "$0")/.."
REPORTS="${1:-1000000}"
LOG="$(mktemp -t fmg-bench.XXXXXX.log)"
./mvnw -B -o -pl platform-app -am verify -Dtest=FixaMinGataBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-Dfmg.bench=true -Dfmg.bench.reports=$REPORTS -Dfmg.bench.threads=${THREADS:-8} -Dfmg.bench.seconds=${RUN_SECONDS:-20}" \
  > "$LOG" 2>&1 || { tail -50 "$LOG"; exit 1; }
grep -h "FMG bench" platform-app/target/surefire-reports/se.sambruk.fixamingata.FixaMinGataBenchmark-output.txt
echo "(full log: $LOG)"
