#!/bin/bash
# Where a compilation's CPU time goes: rotated rounds of four compilations of the same sources (a
# no-op processor, the one-source floor, cookie-charter, cookie-charter with registry off), each
# in a fresh JVM, with the CPU time of its threads by kind (CompileOnce -Dbench.threads=true: javac
# and the processor on the main thread, the JIT compiler's threads, the garbage collector's) and
# the classes it loaded (-Xlog:class+load), all and cookie-charter's own. Prints one line per
# compilation, then the medians of each kind.
#
#   bash bench/cpu-breakdown.sh SOURCES ROUNDS
#   CODE_CLASSPATH=$(cat bench/target/bench/real/spring-security-web/classpath.txt):annotations/target/classes \
#     bash bench/cpu-breakdown.sh bench/target/bench/real/spring-security-web/src 11
#
# Run from the repository's root after `mvn -B -q -Pbench -pl bench -am package -DskipTests`.
set -euo pipefail
sources=$1
rounds=$2
cookie_charter=processor/target/classes:annotations/target/classes:$(ls ~/.m2/repository/com/samskivert/jmustache/*/jmustache-*.jar | head -1)
code_classpath=${CODE_CLASSPATH:-annotations/target/classes}
work=$(mktemp -d)
for processor in NoOpProcessor OneSourceProcessor; do
  mkdir -p "$work/$processor/META-INF/services"
  echo "org.cookiecharter.bench.$processor" > "$work/$processor/META-INF/services/javax.annotation.processing.Processor"
done
kinds=(noop one-source cookie-charter registry-off)
results=$work/results
for round in $(seq 1 "$rounds"); do
  # Each kind goes first in turn.
  for i in 0 1 2 3; do
    kind=${kinds[$(((i + round) % 4))]}
    options=()
    case $kind in
      noop) processor=$work/NoOpProcessor ;;
      one-source) processor=$work/OneSourceProcessor ;;
      cookie-charter) processor=$cookie_charter ;;
      registry-off) processor=$cookie_charter; options=(-Acookiecharter.registry=off) ;;
    esac
    rm -rf "$work/classes" && mkdir "$work/classes"
    figures=$(java -Xmx3g -Dbench.threads=true -Xlog:class+load:file="$work/classes.log" \
      -cp bench/target/classes org.cookiecharter.bench.CompileOnce \
      "$sources" "$work/classes" with "$code_classpath" "$processor" "${options[@]}" \
      2>"$work/err" | tail -1)
    threads=$(grep '^threads ' "$work/err" | sed 's/[a-z]*=//g; s/^threads //')
    loaded=$(grep -c ' source: ' "$work/classes.log" || true)
    ours=$(grep -cE '\] (org\.cookiecharter\.processor|org\.cookiecharter\.[A-Z]|com\.samskivert)' "$work/classes.log" || true)
    echo "$round $kind $figures $threads $loaded $ours" | tee -a "$results"
  done
done
echo "kind: medians of wall-ms cpu-ms peak-rss-kib | main-ms jit-ms gc-ms other-ms | classes loaded, cookie-charter's"
python3 - "$results" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
for kind in ["noop", "one-source", "cookie-charter", "registry-off"]:
    mine = [list(map(int, r[2:])) for r in rows if r[1] == kind]
    med = lambda i: int(statistics.median(m[i] for m in mine))
    print(f"{kind}: {med(0)} {med(1)} {med(2)} | {med(6)} {med(7)} {med(8)} {med(9)} | {med(10)} {med(11)}")
PY
rm -rf "$work"
