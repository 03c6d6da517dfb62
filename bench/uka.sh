#!/usr/bin/env bash
# UKA benchmark (issue 16): a municipality with 50,000 young people and 500,000 contacts; the caseworker's
# daily overview (/uka) and the SCB report (the period's page with the checks, and the SCB file) timed
# through the real handlers; every answer must be 2xx.
# Usage: bench/uka.sh [people] [contacts]   (defaults 50000 and 500000). Figures: lines "UKA-BENCH".
set -euo pipefail
cd "$(dirname "$0")/.."
MAVEN_OPTS=${MAVEN_OPTS:--Xmx1g} ./mvnw -B -o -q -pl platform-app -am verify -Dtest='se.sambruk.uka.UkaBenchmark' \
  -Dsurefire.failIfNoSpecifiedTests=false -Duka.bench=true -Duka.bench.people="${1:-50000}" -Duka.bench.contacts="${2:-500000}" \
  -DargLine=-Xmx1200m -DtrimStackTrace=true | grep "UKA-BENCH" || true
grep -h "UKA-BENCH" platform-app/target/surefire-reports/*UkaBenchmark*-output.txt 2>/dev/null || true
