#!/usr/bin/env bash
# cluster_map_small and cluster_roundtrip: the local Pool against three loopback cluster members
# (worker JVMs on the members, then the in-member mode), a plain Hazelcast client's IMap.get
# round trip to the same members (the floor of any call through the cluster), and
# cluster_queue_small, cluster_dict_set with the manager round trip they are bound by: a local
# manager against Manager.cluster on the same members; in one run.
#
# Usage: bench/cluster.sh [--reps N] [--tasks N] [--ops N] [--managers-only]
#
# Builds runtime, processor, cluster, it-support (the loopback members' launcher) and bench (`package`, nothing installed) and runs
# dev.jmp.bench.cluster.ClusterBench, which prints one TSV line per workload and mode:
# name mode figure unit cpu_us_per_task (CPU time of the driver, the members and every worker
# JVM, per task). JAVA_HOME picks the JDK; the Hazelcast jar comes from the local repository
# (MAVEN_REPO, default ~/.m2/repository), where the build resolved it.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
echo "building jmp (package, nothing installed)..." >&2
./mvnw -q -B package -pl runtime,processor,cluster,it-support,bench -DskipTests -Dinvoker.skip=true \
  -Dmaven.javadoc.skip=true -Dmaven.source.skip=true >&2
version=$(sed -n 's:.*<hazelcast.version>\(.*\)</hazelcast.version>.*:\1:p' pom.xml)
hazelcast="${MAVEN_REPO:-$HOME/.m2/repository}/com/hazelcast/hazelcast/$version/hazelcast-$version.jar"
classpath="$root/runtime/target/classes:$root/cluster/target/classes:$root/it-support/target/classes:$root/bench/target/classes:$hazelcast"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
"$java" -Dhazelcast.logging.type=none -cp "$classpath" dev.jmp.bench.cluster.ClusterBench "$@"
