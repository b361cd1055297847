package dev.jmp.internal;

/**
 * A task's result decoder that reads the result where it lies, in a buffer holding the results of
 * many tasks: the entry's static {@code decodeResult(byte[], int, int)}, through which a map's
 * results are decoded straight from the frame that carried them.
 *
 * @param <R> the task method's return type ({@link Void} for {@code void})
 */
@FunctionalInterface
public interface RangeDecoder<R> {

    /** Decodes the {@code length} bytes at {@code offset} of {@code buffer}, all of one result. */
    R decode(byte[] buffer, int offset, int length);
}
