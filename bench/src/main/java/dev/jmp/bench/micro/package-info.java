/**
 * JMH benchmarks of the operations inside one JVM that the whole-process workloads of
 * {@code bench/compare.sh} are made of. Run them with
 * {@code ./mvnw -q -pl bench jmp:run -Djmp.mainClass=org.openjdk.jmh.Main -Djmp.args="dev.jmp.bench.micro -f 1"}.
 */
package dev.jmp.bench.micro;
