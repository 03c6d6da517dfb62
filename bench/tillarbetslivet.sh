#!/usr/bin/env bash
# Tillarbetslivet allocation benchmark: 5,000 pupils with six choices and 3,000 places of 1-3 seats;
# each rule reads the choices from the database, allocates and stores every pupil's result.
# Usage: bench/tillarbetslivet.sh [pupils] [places]   (defaults 5000 and 3000). Figures: lines "TAL-BENCH".
set -euo pipefail
cd "$(dirname "$0")/.."
MAVEN_OPTS=${MAVEN_OPTS:--Xmx1g} ./mvnw -B -o -q -pl platform-app -am verify -Dtest='se.sambruk.tillarbetslivet.TillarbetslivetBenchmark' \
  -Dsurefire.failIfNoSpecifiedTests=false -Dtal.bench=true -Dtal.bench.pupils="${1:-5000}" -Dtal.bench.places="${2:-3000}" \
  -DargLine=-Xmx1500m -DtrimStackTrace=true | grep "TAL-BENCH" || true
grep -h "TAL-BENCH" platform-app/target/surefire-reports/*TillarbetslivetBenchmark*-output.txt 2>/dev/null || true
