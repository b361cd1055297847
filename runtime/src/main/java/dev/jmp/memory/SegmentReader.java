package dev.jmp.memory;

import dev.jmp.base.MappedFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads words of shared objects (lock owner words, semaphore counts and permit holders, barrier
 * state) straight from segment files, read-only, without attaching to the segments the way
 * shared objects do (that would count as a user of the segment): for a tool that looks at
 * other processes' objects, such as the deadlock detector. Each segment is mapped once per
 * reader; the mappings go when the reader is closed and collected.
 */
public final class SegmentReader implements AutoCloseable {

    private final Path directory;
    private final Map<String, SharedWords> mapped = new HashMap<>();

    /** A reader of the segments in {@code directory}. */
    public SegmentReader(Path directory) {
        this.directory = directory;
    }

    /** The word at byte {@code offset} of {@code segment}; 0 when unreadable. */
    public long word(String segment, int offset) {
        SharedWords words = mapped.computeIfAbsent(segment, this::map);
        if (words == null || offset < 0 || offset % Long.BYTES != 0 || offset / Long.BYTES >= words.length()) {
            return 0;
        }
        return words.getVolatile(offset / Long.BYTES);
    }

    private SharedWords map(String segment) {
        if (!SegmentFiles.isSegmentName(segment)) {
            return null;
        }
        try {
            ByteBuffer whole = MappedFile.open(directory.resolve(segment), Segment.FORMAT, false).buffer();
            return SharedWords.over(whole, 0, whole.capacity() / Long.BYTES);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        mapped.clear();
    }
}
