package dev.jmp.shm;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;

/**
 * Views of a block's bytes beyond {@link ByteBuffer}, on Java 22 and later: a
 * {@link MemorySegment} over the same mapping (no copy, no second mapping). Loaded from
 * {@code META-INF/versions/22} of the multi-release jar in place of the Java 17 version.
 */
final class SegmentViews {

    private SegmentViews() {}

    /** {@code bytes} as a {@code type}, or null when there is no such view. */
    static <T> T view(ByteBuffer bytes, Class<T> type) {
        return type == MemorySegment.class ? type.cast(MemorySegment.ofBuffer(bytes)) : null;
    }
}
