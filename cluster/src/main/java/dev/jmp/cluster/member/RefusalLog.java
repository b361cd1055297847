package dev.jmp.cluster.member;

/**
 * Reports refused commands and polls on the member's stderr: the first of each second in full,
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
        System.err.println("[jmp.cluster.refused] " + refusal + more);
    }
}
