package dev.jmp.spi;

/**
 * One task's outcome, still encoded: the bytes its entry's {@code invoke} returned, or, when it
 * threw, the exception as jmp encodes a remote failure (class, message, stack trace, cause chain,
 * suppressed). The pool decodes a value with the decoder its task carries, and rebuilds a failure,
 * only when someone asks.
 *
 * @param failed whether the task threw
 * @param payload the encoded value, or the encoded failure
 */
public record Outcome(boolean failed, byte[] payload) {

    /** A task that returned {@code result}, as its entry encoded it. */
    public static Outcome value(byte[] result) {
        return new Outcome(false, result);
    }
}
