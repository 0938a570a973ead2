#!/usr/bin/env bash
# Analyze the sample case and every fnc-dev story into OUT_DIR (one folder each), for tools/same-reports.py.
# Usage, from the project root with ../shared beside it:  tools/analyze-all.sh OUT_DIR
set -euo pipefail
out=${1:?usage: tools/analyze-all.sh OUT_DIR}
mkdir -p "$out"
./crosscheck analyze ../shared/corpus/crocus --out "$out/crocus" --quiet > "$out/crocus.log" 2>&1 || [ $? -eq 2 ]
for d in ../shared/corpus/fnc-dev/*/; do
  s=$(basename "$d")
  ./crosscheck analyze "$d" --out "$out/$s" --quiet > "$out/$s.log" 2>&1 || [ $? -eq 2 ]
  echo "analyzed $s" >&2
done
