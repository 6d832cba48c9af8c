#!/usr/bin/env bash
# Usage: classify.sh <outdir> [--detail]
# Compares <outdir>/diags.tsv (from run.sh) with truth/<project>.tsv by file and line.
# expected: error | warning = a setting place (reported with that kind: true; other kind: false + miss;
# nothing: miss); none = no report wanted (a report: false); either = not counted (a report or none).
# A cookie-charter report at a line absent from truth is a false report.
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$1; DETAIL=${2:-}
awk -F'\t' -v detail="$DETAIL" -v here="$HERE" '
  FNR==1 { next }
  FILENAME ~ /truth\// { p=FILENAME; sub(/.*truth\//,"",p); sub(/\.tsv$/,"",p)
    k=p SUBSEP $1 SUBSEP $2; exp_[k]=$5; name[k]=$3; api[k]=$4; note[k]=$6; projects[p]=1
    if ($5=="error"||$5=="warning") places[p]++; next }
  $6 != "javac" { k=$1 SUBSEP $3 SUBSEP $4; kind=$5
    if (k in seen) next; seen[k]=kind; projects[$1]=1 }
  END {
    for (k in exp_) { split(k, a, SUBSEP); p=a[1]; e=exp_[k]; r=(k in seen) ? seen[k] : ""
      if (e=="error"||e=="warning") {
        if (r==e) tru[p]++
        else if (r=="") { mis[p]++; if (detail) printf "MISS\t%s\t%s:%s\t%s\t%s\t%s\n", p, a[2], a[3], name[k], api[k], note[k] | "sort -k1,1 -k2,2 >&2" }
        else { fal[p]++; mis[p]++; if (detail) printf "WRONG-KIND\t%s\t%s:%s\t%s reported, %s expected\t%s\n", p, a[2], a[3], r, e, api[k] | "sort -k1,1 -k2,2 >&2" } }
      else if (e=="none" && r!="") { fal[p]++; if (detail) printf "FALSE\t%s\t%s:%s\t%s\t%s\t%s\n", p, a[2], a[3], r, api[k], note[k] | "sort -k1,1 -k2,2 >&2" }
      else if (e=="either" && r!="") eith[p]++ }
    for (k in seen) if (!(k in exp_)) { split(k, a, SUBSEP); fal[a[1]]++; unk[a[1]]++
      if (detail) printf "FALSE(not in truth)\t%s\t%s:%s\t%s\n", a[1], a[2], a[3], seen[k] | "sort -k1,1 -k2,2 >&2" }
    printf "| project | setting places | true | false | missed | (either, reported) |\n|---|---|---|---|---|---|\n"
    for (p in projects) { printf "| %s | %d | %d | %d | %d | %d |\n", p, places[p], tru[p], fal[p], mis[p], eith[p] | "sort"
      T+=places[p]; TT+=tru[p]; F+=fal[p]; M+=mis[p] }
    close("sort")
    printf "| **all** | %d | %d | %d | %d | |\n\n", T, TT, F, M; fflush()
    close("sort -k1,1 -k2,2 >&2") }
' "$HERE"/truth/*.tsv "$OUT/diags.tsv"
