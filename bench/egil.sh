#!/usr/bin/env bash
# EGIL sync benchmark: a region of 20,000 pupils, 2,000 teachers and 3,000 groups to a local SCIM
# server answering in ~5 ms; full and 1 % incremental syncs, concurrent and one request at a time.
# Usage: bench/egil.sh [pupils] [in-flight] [units sent one request at a time]   (defaults 20000, 32 and 5 of 50). Figures: lines "EGIL-BENCH".
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -o -q -pl platform-app -am verify -Dtest='se.sambruk.egil.EgilSyncBenchmark' -Dsurefire.failIfNoSpecifiedTests=false \
  -Degil.bench=true -Degil.bench.pupils="${1:-20000}" -Degil.bench.inflight="${2:-32}" -Degil.bench.sequential-units="${3:-5}" -DtrimStackTrace=true \
  | grep "EGIL-BENCH" || true
cat platform-app/target/egil-bench.txt 2>/dev/null || true
