#!/usr/bin/env bash
# Side-by-side benchmark of jmp against CPython's multiprocessing (see BENCHMARKS.md).
#
# Usage: bench/compare.sh [--reps N] [--only NAME[,NAME...]] [--methods fork,spawn,forkserver]
#                         [--jmp-methods spawn,warm,spawn+cds,warm+cds] [--floors]
#
# Builds jmp's runtime, processor and benchmarks (`package`: nothing is installed into the local
# Maven repository), runs the jmp workloads (bench/src/main/java) from their own class path under
# each jmp start method and the CPython workloads (bench/python/py_baseline.py) under each of its
# start methods, on this machine in this run, and prints the contract's table (BENCH.md): one TSV
# line per workload, workload jmp jmp_method cpython_best cpython_method unit advantage, jmp with
# its best method; then, as comments, every jmp method, the CPython figures by start method,
# start_join and worker_private_mb by pair of methods, and the calibrated sizes.
# Only ratios from one run mean anything; absolute figures do not travel between machines.
#
# The jmp workloads run from target/classes; a jmp method with "+cds" runs them from the jars
# instead, so that their child JVMs map a class-data archive (AOT cache on JDK 25) made on first
# use. JAVA_HOME picks the JDK of the build and of the run; PYTHON the interpreter (python3).
# --floors also runs, after each jmp workload, its floor (bench/src/main/java/dev/jmp/bench/floor:
# the same work by a plain JDK program over the OS mechanism jmp uses) and adds a comment block
# with jmp, the floor, CPython, jmp against the floor and the floor against CPython.
set -euo pipefail

reps=3
only=""
methods="fork,spawn,forkserver"
jmp_methods="spawn,warm,spawn+cds,warm+cds"
floors=()
while [ $# -gt 0 ]; do
  case "$1" in
    --reps) reps="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --methods) methods="$2"; shift 2 ;;
    --jmp-methods) jmp_methods="$2"; shift 2 ;;
    --floors) floors=(--floors); shift ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "unknown option $1; see $0 --help" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$root"

echo "building jmp (package, nothing installed)..." >&2
# The processor comes from this build too (the bench's annotation processor path resolves it from
# the reactor), never a stale one from the local repository.
./mvnw -q -B package -pl runtime,processor,bench -DskipTests -Dinvoker.skip=true \
  -Dmaven.javadoc.skip=true -Dmaven.source.skip=true >&2
# The jar the build just made: target/<artifactId>-<version>.jar, as its pom.properties name it.
jar_of() {
  local props="$1/target/maven-archiver/pom.properties"
  echo "$root/$1/target/$(sed -n 's/^artifactId=//p' "$props")-$(sed -n 's/^version=//p' "$props").jar"
}
classes_path="$root/runtime/target/classes:$root/bench/target/classes"
jars_path="$(jar_of runtime):$(jar_of bench)"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

: > "$out/jmp.tsv"
for method in ${jmp_methods//,/ }; do
  echo "running jmp workloads ($method, reps=$reps)..." >&2
  classpath=$classes_path
  tag=()
  if [ "$method" != "${method%+cds}" ]; then
    classpath=$jars_path
    tag=(--tag cds)
  fi
  "$java" -cp "$classpath" dev.jmp.bench.Compare --reps "$reps" --method "${method%+cds}" "${tag[@]}" "${floors[@]}" \
    --out "$out/jmp-$method.tsv" ${only:+--only "$only"} >&2
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
