package app;

import dev.jmp.it.support.LoopbackMembers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The end this test checks: the members stopped as Ctrl-C would stop them (SIGTERM), and every JVM
 * under them (worker JVMs, processes still running) ending with them.
 */
final class GracefulStop {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    private GracefulStop() {
    }

    /**
     * SIGTERMs the members, checks that they and every JVM under them ended, waits until each
     * member's log has been copied to its end, and returns the pids of the members and of those
     * JVMs. Whatever still runs at the deadline is SIGKILLed.
     *
     * @throws IllegalStateException when one of them is still running at the deadline
     */
    static List<Long> stop(LoopbackMembers members) throws InterruptedException {
        List<ProcessHandle> known = new ArrayList<>();
        for (Process p : members.started()) {
            known.add(p.toHandle());
            known.addAll(p.descendants().toList()); // before the stop: orphans are no one's descendants
        }
        members.started().forEach(Process::destroy);
        long deadline = System.nanoTime() + LIMIT.toNanos();
        for (ProcessHandle h : known) {
            while (h.isAlive()) {
                if (System.nanoTime() > deadline) {
                    known.forEach(ProcessHandle::destroyForcibly);
                    throw new IllegalStateException("still running " + LIMIT.toSeconds() + " s after the members' SIGTERM: "
                            + h.pid() + " " + h.info().commandLine().orElse("?"));
                }
                Thread.sleep(20);
            }
        }
        members.awaitOutputsEnded(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        return known.stream().map(ProcessHandle::pid).toList();
    }
}
