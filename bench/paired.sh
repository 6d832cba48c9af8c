#!/bin/bash
# Paired runs of cookie-charter with two sets of javac options on the same sources, alternating
# which goes first: the measure that resolves a difference of a few percent on a noisy machine.
#
#   bash bench/paired.sh SOURCES PAIRS "OPTIONS A" "OPTIONS B"
#   bash bench/paired.sh bench/target/bench/codebase-2000/src 11 "" "-Acookiecharter.lifetimes=off"
#
# Run from the repository's root after `mvn -B -q -Pbench -pl bench -am package -DskipTests` (and
# a harness run that generated the sources). Prints one line per compilation:
# pair, A or B, then CompileOnce's figures (wall-ms cpu-ms peak-rss-kib peak-heap-kib errors
# warnings); then the median and range of the pairs' ratios A/B, for wall, CPU and peak RSS.
#
# Two builds of the processor (an earlier commit's jar against this one's) with the same options:
#   PROCESSOR_A=before.jar PROCESSOR_B=processor/target/cookie-charter-processor-0.1.0-SNAPSHOT.jar \
#     bash bench/paired.sh SOURCES 11 "" ""
# CODE_CLASSPATH is the class path of the code (default: the annotations), as the real code base's
# classpath.txt gives it.
set -euo pipefail
sources=$1
pairs=$2
options_a=$3
options_b=$4
processor_path=processor/target/classes:annotations/target/classes:$(ls ~/.m2/repository/com/samskivert/jmustache/*/jmustache-*.jar | head -1)
processor_a=${PROCESSOR_A:-$processor_path}
processor_b=${PROCESSOR_B:-$processor_path}
code_classpath=${CODE_CLASSPATH:-annotations/target/classes}
work=$(mktemp -d)
results=$work/results
for pair in $(seq 1 "$pairs"); do
  if [ $((pair % 2)) -eq 1 ]; then order="A B"; else order="B A"; fi
  for kind in $order; do
    rm -rf "$work/classes" && mkdir "$work/classes"
    if [ "$kind" = A ]; then options=$options_a; processor=$processor_a
    else options=$options_b; processor=$processor_b; fi
    # shellcheck disable=SC2086 # the options are words
    figures=$(java -Xmx3g -cp bench/target/classes org.cookiecharter.bench.CompileOnce \
      "$sources" "$work/classes" with "$code_classpath" "$processor" $options | tail -1)
    echo "$pair $kind $figures" | tee -a "$results"
  done
done
python3 - "$results" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
a = {r[0]: list(map(int, r[2:5])) for r in rows if r[1] == "A"}
b = {r[0]: list(map(int, r[2:5])) for r in rows if r[1] == "B"}
for i, name in enumerate(["wall", "CPU", "peak RSS"]):
    ratios = sorted(a[p][i] / b[p][i] for p in a)
    print(f"{name}: A/B median of the pairs' ratios {statistics.median(ratios):.3f},"
          f" range {ratios[0]:.3f} to {ratios[-1]:.3f}")
PY
rm -rf "$work"
