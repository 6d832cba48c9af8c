#!/usr/bin/env bash
# The browser scan's throughput on the example portal: pages per second over every consent state,
# one state at a time (--parallel 1, the baseline) against every state at once (--parallel 5, one
# browser process, a context per state), rotated within each round, in the same run. Prints each
# run, then the medians and their ratio. Build first: mvn -B -q -DskipTests package
#
#   ROUNDS=7 PAGES=4 bash bench/scan.sh
#
# Each run is the CLI as a user runs it: a JVM, Playwright's driver, the browser, then the scan.
# The start (until the first page's progress line) is timed apart from the pages.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${ROUNDS:-5}
pages=${PAGES:-4}
portal=example-app/target/cookie-charter-example-app-0.1.0-SNAPSHOT.jar
cli=cli/target/cookie-charter-cli-0.1.0-SNAPSHOT.jar
json=example-app/target/classes/META-INF/cookie-charter/cookies.json
for file in "$portal" "$cli" "$json"; do
  [ -f "$file" ] || { echo "no $file: run mvn -B -q -DskipTests package first" >&2; exit 2; }
done

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
java -jar "$portal" --port "$port" --host 127.0.0.1 >/dev/null 2>&1 &
portal_pid=$!
work=$(mktemp -d)
trap 'kill $portal_pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/" && break
  sleep 0.1
done

now() { date +%s.%N; }

# run PARALLEL: prints "parallel seconds start_seconds pages"
run() {
  local parallel=$1 start first end
  start=$(now)
  java -jar "$cli" scan "http://127.0.0.1:$port/" --declarations "$json" --pages "$pages" \
    --parallel "$parallel" --report "$work/report" 2>&1 >/dev/null |
    while IFS= read -r line; do echo "$(now) $line"; done >"$work/progress"
  end=$(now)
  first=$(head -n 1 "$work/progress" | cut -d' ' -f1)
  local visited
  visited=$(python3 -c 'import json,sys; print(sum(len(s["pages"]) for s in json.load(open(sys.argv[1]))["states"]))' "$work/report/report.json")
  python3 -c "import sys; s,f,e=map(float,sys.argv[1:4]); print(sys.argv[4], round(e-s,2), round(f-s,2), sys.argv[5])" \
    "$start" "$first" "$end" "$parallel" "$visited"
}

echo "round parallel seconds start_seconds pages pages_per_second"
results=$work/results
for round in $(seq "$rounds"); do
  order="1 5"
  [ $((round % 2)) -eq 0 ] && order="5 1"
  for parallel in $order; do
    read -r p seconds start visited < <(run "$parallel")
    rate=$(python3 -c "print(round($visited / $seconds, 3))")
    echo "$round $p $seconds $start $visited $rate" | tee -a "$results"
  done
done

python3 - "$results" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
by = {}
for _, p, seconds, start, visited, rate in rows:
    by.setdefault(p, []).append((float(seconds), float(start), float(rate)))
for p in sorted(by, key=int):
    s = [r[0] for r in by[p]]; st = [r[1] for r in by[p]]; rt = [r[2] for r in by[p]]
    print(f"--parallel {p}: median {statistics.median(s):.2f} s (range {min(s):.2f}-{max(s):.2f}),"
          f" start {statistics.median(st):.2f} s, {statistics.median(rt):.3f} pages/s")
ratio = [b[2] / a[2] for a, b in zip(by["1"], by["5"])]
print(f"pages/s, --parallel 5 over --parallel 1, per round: {[round(r, 2) for r in ratio]},"
      f" median {statistics.median(ratio):.2f}")
PY
