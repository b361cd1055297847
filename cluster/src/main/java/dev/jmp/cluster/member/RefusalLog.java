package dev.jmp.cluster.member;

import dev.jmp.base.JmpLog;
import java.lang.System.Logger.Level;

/**
 * Reports refused commands and polls under the logger {@value JmpLog#CLUSTER} (a plain line on
 * the member's stderr unless logging is configured): the first of each second in full,
 * and how many more there were, so that a flood of forged envelopes cannot flood the log.
 */
final class RefusalLog {

    private long windowStart;
    private int suppressed;

    synchronized void log(String refusal) {
        long now = System.nanoTime();
        if (now - windowStart < 1_000_000_000L) {
            suppressed++;
            return;
        }
        windowStart = now;
        String more = suppressed == 0 ? "" : " (and " + suppressed + " more refused in the second before)";
        suppressed = 0;
        JmpLog.log(JmpLog.CLUSTER, Level.WARNING, "[jmp.cluster.refused] " + refusal + more);
    }
}
