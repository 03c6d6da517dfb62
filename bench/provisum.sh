#!/usr/bin/env bash
# Provisum review benchmark: annual accounts with their transactions reviewed in one call (read,
# every rule, risk score and outcome stored). Target: 3,000 accounts x 200 transactions in under 10 s.
# Usage: bench/provisum.sh [accounts] [transactions]   (defaults 3000 and 200). Figures: lines "PROVISUM BENCH".
set -euo pipefail
cd "$(dirname "$0")/.."
MAVEN_OPTS=${MAVEN_OPTS:--Xmx1g} ./mvnw -B -o -q -pl platform-app -am verify -Dtest='se.sambruk.provisum.ProvisumReviewBenchmark' \
  -Dsurefire.failIfNoSpecifiedTests=false -Dprovisum.bench=true -Dprovisum.bench.accounts="${1:-3000}" -Dprovisum.bench.transactions="${2:-200}" \
  -DargLine=-Xmx1500m -DtrimStackTrace=true | grep "PROVISUM BENCH" || true
grep -h "PROVISUM BENCH" platform-app/target/surefire-reports/*ProvisumReviewBenchmark*-output.txt 2>/dev/null || true
