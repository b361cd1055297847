#!/usr/bin/env bash
# Side-by-side benchmark of jmp against CPython's multiprocessing (see BENCHMARKS.md).
#
# Usage: bench/compare.sh [--reps N] [--only NAME[,NAME...]] [--methods fork,spawn,forkserver]
#                         [--jmp-methods spawn,warm,spawn+cds,warm+cds]
#
# Builds jmp, runs the jmp workloads (bench/src/main/java) under each jmp start method and the
# CPython workloads (bench/python/py_baseline.py) under each of its start methods, on this machine
# in this run, and prints one TSV line per workload and jmp method: workload jmp jmp_method
# cpython_best cpython_method unit advantage; then start_join by every pair of methods.
# Only ratios from one run mean anything; absolute figures do not travel between machines.
#
# A jmp method with "+cds" runs the program from jars (jmp:run -Djmp.classDataSharing), so its
# child JVMs map a class-data archive (AOT cache on JDK 25) made on first use.
set -euo pipefail

reps=3
only=""
methods="fork,spawn,forkserver"
jmp_methods="spawn,warm,spawn+cds,warm+cds"
while [ $# -gt 0 ]; do
  case "$1" in
    --reps) reps="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --methods) methods="$2"; shift 2 ;;
    --jmp-methods) jmp_methods="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown option $1; see $0 --help" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$root"

echo "building jmp..." >&2
# The whole reactor: the bench compiles with the processor as installed, never a stale one.
./mvnw -q -B install -DskipTests -Dinvoker.skip=true >&2
: > "$out/jmp.tsv"
for method in ${jmp_methods//,/ }; do
  echo "running jmp workloads ($method, reps=$reps)..." >&2
  launch=()
  args="--reps $reps --method ${method%+cds} --out $out/jmp-$method.tsv${only:+ --only $only}"
  if [ "$method" != "${method%+cds}" ]; then
    launch=(-Djmp.classDataSharing=true)
    args="$args --tag cds"
  fi
  ./mvnw -q -B -pl bench jmp:run "${launch[@]}" -Djmp.args="$args" >&2
  cat "$out/jmp-$method.tsv" >> "$out/jmp.tsv"
done

python=${PYTHON:-python3}
for method in ${methods//,/ }; do
  echo "running CPython workloads ($method, reps=$reps)..." >&2
  "$python" bench/python/py_baseline.py "$method" "$reps" "$only" > "$out/$method.tsv"
done

cpython_files=()
for method in ${methods//,/ }; do cpython_files+=("$out/$method.tsv"); done
"$python" bench/python/merge.py "$out/jmp.tsv" "${cpython_files[@]}"
