package dev.jmp.shm;

import java.nio.ByteBuffer;

/**
 * Views of a block's bytes beyond {@link ByteBuffer}. This is the Java 17 version, which has
 * none; the multi-release jar carries a Java 22 version (src/main/java22) that adds
 * {@code java.lang.foreign.MemorySegment}, so that the runtime keeps Java 17 as its floor.
 */
final class SegmentViews {

    private SegmentViews() {}

    /** {@code bytes} as a {@code type}, or null when this JDK has no such view. */
    static <T> T view(ByteBuffer bytes, Class<T> type) {
        return null;
    }
}
