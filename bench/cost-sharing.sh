#!/usr/bin/env bash
# Cost-sharing benchmark: shares for all 290 municipalities subscribing to all seven services.
# Usage: bench/cost-sharing.sh [rounds]   (default 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl platform-core -DskipTests test-compile
CP="platform-core/target/test-classes:platform-core/target/classes"
java -cp "$CP" se.sambruk.core.costsharing.CostAllocationBenchmark "${1:-2000}"
