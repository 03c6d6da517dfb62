#!/usr/bin/env bash
# Membership benchmark: every member's fee and the goal figures for 310 members, all seven services, ten networks.
# Usage: bench/membership.sh [rounds]   (default 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o -pl membership -am -DskipTests test-compile
CP="membership/target/test-classes:membership/target/classes:platform-core/target/classes"
java -cp "$CP" se.sambruk.membership.MembershipBenchmark "${1:-2000}"
