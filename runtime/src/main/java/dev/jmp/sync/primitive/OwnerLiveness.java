package dev.jmp.sync.primitive;

import dev.jmp.base.ProcessIdentity;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers "is the process behind this token still alive?" for waiters deciding whether to take
 * over a lock or permits. Reading {@code /proc} costs microseconds, so a live answer is reused
 * for {@link #RECHECK_NANOS}; a dead answer is final, as a pid and start time never come back.
 */
final class OwnerLiveness {

    static final long RECHECK_NANOS = 50_000_000L;

    private static final Map<Long, Long> ALIVE_AT = new ConcurrentHashMap<>();
    private static final Map<Long, Boolean> DEAD = new ConcurrentHashMap<>();

    private OwnerLiveness() {}

    /** Whether the process that owns {@code token} (a full token or a process part shifted back) is gone. */
    static boolean isDead(long token) {
        long process = OwnerTokens.processPart(token);
        if (process == OwnerTokens.currentProcess() || process == 0) {
            return false;
        }
        if (DEAD.containsKey(process)) {
            return true;
        }
        long now = System.nanoTime();
        Long checked = ALIVE_AT.get(process);
        if (checked != null && now - checked < RECHECK_NANOS) {
            return false;
        }
        // A start time of 0 on either side is unknown, not different: then the pid alone decides.
        boolean alive = ProcessIdentity.of(OwnerTokens.pid(token))
                .map(p -> p.startTicks() == 0 || OwnerTokens.startOf(process) == 0
                        || OwnerTokens.processPartOf(p) == process)
                .orElse(false);
        if (alive) {
            ALIVE_AT.put(process, now);
        } else {
            ALIVE_AT.remove(process);
            DEAD.put(process, Boolean.TRUE);
        }
        return !alive;
    }
}
