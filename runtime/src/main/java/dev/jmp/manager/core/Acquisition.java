package dev.jmp.manager.core;

/**
 * The result of taking a lock, or of a condition wait (which takes its lock back).
 *
 * @param success  the lock was taken before the timeout; for a wait, it was signalled before the timeout
 *                 (the lock is taken back either way)
 * @param tookOver taking the lock took it over from a holder whose process went while holding it,
 *                 so what the lock guards may be half-updated ({@code wasRecovered()})
 */
public record Acquisition(boolean success, boolean tookOver) {

    /** A lock not taken before the timeout. */
    public static final Acquisition FAILED = new Acquisition(false, false);
    /** A lock taken from no one, or a wait signalled that took its lock back from no one. */
    public static final Acquisition TAKEN = new Acquisition(true, false);
}
