package dev.jmp.diagnostics;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Threads, in one or more processes, each waiting for a jmp lock, semaphore or barrier that
 * only the others could give it: none of them can ever go on. {@link #report()} says who holds
 * what and where each one waits:
 *
 * <pre>
 * Deadlock of 2 threads in 2 processes:
 *   Process-1 (pid 4242, thread "main") holds Lock A and waits for Lock B
 *   Process-2 (pid 4243, thread "main") holds Lock B and waits for Lock A
 *   where Lock A is jmp-4241-88-1@64 and Lock B is jmp-4241-88-1@128
 * Process-1 (pid 4242, thread "main") waits for Lock B:
 *     at dev.jmp.sync.Lock.acquire(Lock.java:55)
 *     at com.example.Transfers.transfer(Transfers.java:21)
 * ...
 * </pre>
 *
 * Through a semaphore, its holders hold it ({@code holds Semaphore A}); through a barrier, the
 * parties waiting there wait for {@code Barrier B}, and the threads taken for its missing
 * parties hold nothing of it.
 *
 * @param parties the threads of the cycle, each holding what the one before it waits for
 * @param lockLocations where the objects are, {@code where Lock A is <segment>@<offset> and ...}
 */
public record Deadlock(List<Party> parties, String lockLocations) {

    /**
     * One thread of a deadlock.
     *
     * @param processName the jmp process name, such as {@code MainProcess} or {@code Process-1}
     * @param holds what this thread holds that other parties wait for, e.g. {@code Lock A}, or
     *     {@code Lock A, Semaphore C}; empty when it holds nothing they wait for
     * @param waitsFor what this thread waits for, e.g. {@code Lock B}
     * @param stack the thread's stack when it began to wait, one {@code \tat frame} per line
     */
    public record Party(String processName, long pid, String threadName, String holds, String waitsFor,
            String stack) {

        /** {@code Process-1 (pid 4242, thread "main")}. */
        public String who() {
            return processName + " (pid " + pid + ", thread \"" + threadName + "\")";
        }
    }

    /** A deadlock of {@code parties}, which must not be empty. */
    public Deadlock {
        parties = List.copyOf(parties);
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("a deadlock needs at least one party");
        }
    }

    /** The pids of the processes involved. */
    public Set<Long> pids() {
        Set<Long> pids = new TreeSet<>();
        parties.forEach(p -> pids.add(p.pid()));
        return pids;
    }

    /** The report a person reads: who holds what and waits for what, then each thread's stack. */
    public String report() {
        StringBuilder report = new StringBuilder();
        report.append("Deadlock of ").append(parties.size()).append(parties.size() == 1 ? " thread" : " threads")
                .append(" in ").append(pids().size()).append(pids().size() == 1 ? " process" : " processes")
                .append(":\n");
        for (Party party : parties) {
            report.append("  ").append(party.who())
                    .append(party.holds().isEmpty() ? "" : " holds " + party.holds() + " and")
                    .append(" waits for ").append(party.waitsFor()).append('\n');
        }
        report.append("  ").append(lockLocations).append('\n');
        for (Party party : parties) {
            report.append(party.who()).append(" waits for ").append(party.waitsFor()).append(":\n");
            party.stack().lines().forEach(line -> report.append("    ").append(line.strip()).append('\n'));
        }
        return report.toString();
    }

    @Override
    public String toString() {
        return report();
    }
}
