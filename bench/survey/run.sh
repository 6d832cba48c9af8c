#!/usr/bin/env bash
# Usage: run.sh <processor.jar> <outdir> [unit...]
# Compiles each unit (units/*.conf) with the cookie-charter processor in library mode and keeps
# every diagnostic: <outdir>/<unit>.log (javac's output) and <outdir>/diags.tsv (parsed).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=$(readlink -f "$1"); OUT=$(mkdir -p "$2" && cd "$2" && pwd); shift 2
cd "$HERE"
UNITS=${*:-$(ls units | sed 's/\.conf$//')}
printf 'project\tunit\tfile\tline\tkind\ttag\tmessage\n' > "$OUT/diags.tsv"
for u in $UNITS; do
  PROJECT= SRCS= CP= PROCS= EXCLUDE=NONE JDK=/usr/lib/jvm/java-17-openjdk-amd64 JFLAGS=
  . "units/$u.conf"
  root="$HERE/p/$PROJECT/src"
  files=$(cd "$root" && for s in $SRCS; do find "$s" -name "*.java" ! -name module-info.java; done | grep -v -F "$EXCLUDE" | sed "s#^\./##;s#^#$root/#")
  echo "$files" > "$OUT/$u.files"
  classes=$(mktemp -d)
  start=$(date +%s)
  "$JDK/bin/javac" -J-Duser.language=en -J-Xmx3g -encoding UTF-8 $JFLAGS \
    -d "$classes" -XDshould-stop.ifNoError=FLOW -implicit:none -Xmaxerrs 10000 -Xmaxwarns 10000 \
    -processorpath "$JAR${PROCS:+:$PROCS}" -Acookiecharter.library=true \
    -cp "$CP" @"$OUT/$u.files" > "$OUT/$u.log" 2>&1
  rc=$?
  rm -rf "$classes"
  # file:line: kind: message  ->  tsv (file relative to the project's src)
  grep -E '^/.*\.java:[0-9]+: (error|warning): ' "$OUT/$u.log" | sed -E "s#^$root/##" |
    awk -v p="$PROJECT" -v u="$u" '{
      match($0, /^[^:]+:[0-9]+: (error|warning): /); head=substr($0,1,RLENGTH); msg=substr($0,RLENGTH+1)
      split(head, a, ":"); kind=a[3]; gsub(/ /,"",kind)
      tag="javac"; if (match(msg, /^\[cookie-charter:[A-Za-z]+\]/)) tag=substr(msg, 17, RLENGTH-17)
      gsub(/\t/," ",msg); print p "\t" u "\t" a[1] "\t" a[2] "\t" kind "\t" tag "\t" msg }' >> "$OUT/diags.tsv"
  other=$(awk -F'\t' -v u="$u" '$2==u && $6=="javac" && $5=="error"' "$OUT/diags.tsv" | wc -l)
  cc=$(awk -F'\t' -v u="$u" '$2==u && $6!="javac"' "$OUT/diags.tsv" | wc -l)
  echo "$u: javac rc=$rc, $(wc -l < "$OUT/$u.files") files, $cc cookie-charter diagnostics, $other other errors, $(( $(date +%s) - start ))s"
done
