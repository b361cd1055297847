/**
 * The floors of the comparison's workloads: each workload done by the plainest JDK-only program
 * that uses the OS mechanism jmp uses for it, so that a jmp figure measured in the same run can
 * be read against what a JVM physically needs for the same work.
 *
 * <p>What "the same mechanism" means, read from the runtime:
 * <ul>
 *   <li>child JVMs: the same {@code java}, the options jmp gives its children
 *       ({@link dev.jmp.bench.floor.FloorJvm}), a class path of just the benchmark's classes and
 *       one entry class ({@link dev.jmp.bench.floor.FloorChild}); a warm start is a JVM started
 *       beforehand, untimed, that is told over its stdin to go;</li>
 *   <li>shared values, locks, events, queues and pipes: words and a ring in a file of
 *       {@code /dev/shm} mapped by both sides ({@code SharedFile}), waited on with the
 *       runtime's back-off (spin, yield, park from 20 µs to 10 ms: {@code Backoff});</li>
 *   <li>pool workers and manager calls: a Unix domain socket to the parent, raw bytes, one small
 *       header per message and no codec.</li>
 * </ul>
 * No floor uses jmp's code; none is a test. Each workload's floor times what the workload times,
 * with its sizes and repetitions ({@link dev.jmp.bench.floor.Floors} lists them).
 */
package dev.jmp.bench.floor;
