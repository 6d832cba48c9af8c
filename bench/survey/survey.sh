#!/usr/bin/env bash
# Usage: survey.sh <processor.jar> <name>   e.g. ./survey.sh jars/after.jar after
# Runs every unit with the jar into runs/<name>/, then prints the table and every false report
# and miss against the ground truth (truth/*.tsv).
set -e
cd "$(dirname "$0")"
./run.sh "$1" "runs/$2"
./classify.sh "runs/$2" --detail 2>&1
