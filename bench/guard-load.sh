#!/bin/bash
# What the guard costs the example portal's throughput: GuardLoad against the portal with its
# guard and without, in alternating rounds (see GuardLoad's Javadoc and bench/README.md).
#
#   bash bench/guard-load.sh [--clients 8] [--seconds 10] [--rounds 10] [--warmup 4]
#
# JAVA_OPTS goes to the JVM, for example a flight recording:
#   JAVA_OPTS=-XX:StartFlightRecording=filename=guard.jfr bash bench/guard-load.sh
# Run from the repository's root after `mvn -B -q -Pbench -pl bench -am package -DskipTests`.
set -euo pipefail
portal=$(ls example-app/target/cookie-charter-example-app-*.jar | grep -v -e original- -e sources -e javadoc | head -1)
# shellcheck disable=SC2086 # the options are words
exec java ${JAVA_OPTS:-} -cp "bench/target/classes:$portal" org.cookiecharter.bench.GuardLoad "$@"
