#!/bin/bash
# What the guard costs the example portal: GuardLoad against the portal with its guard and without,
# each in a JVM of its own, in alternating rounds (see GuardLoad's Javadoc and bench/README.md).
# Where taskset is found, the clients run on the first CPU and the portals on the second.
#
#   bash bench/guard-load.sh [--clients 8] [--seconds 10] [--rounds 10] [--warmup 4]
#
# JAVA_OPTS goes to the clients' JVM. Run from the repository's root after
# `mvn -B -q -Pbench -pl bench -am package -DskipTests`.
set -euo pipefail
portal=$(ls example-app/target/cookie-charter-example-app-*.jar | grep -v -e original- -e sources -e javadoc | head -1)
if command -v taskset > /dev/null && [ "$(nproc)" -ge 2 ]; then
  # shellcheck disable=SC2086 # the options are words
  exec taskset -c 0 java ${JAVA_OPTS:-} -cp bench/target/classes org.cookiecharter.bench.GuardLoad "$portal" --pin "$@"
fi
# shellcheck disable=SC2086 # the options are words
exec java ${JAVA_OPTS:-} -cp bench/target/classes org.cookiecharter.bench.GuardLoad "$portal" "$@"
