package dev.jmp.diagnostics;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the words of jmp objects (lock owner words, semaphore counts and permit holders, barrier
 * state) straight from segment files, read-only, without attaching to the segments the way
 * shared objects do (that would count as a user of the segment). Each segment is mapped once per
 * detection; the mappings go when this is closed and collected.
 */
final class OwnerWords implements AutoCloseable {

    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final Pattern SEGMENT = Pattern.compile("jmp-\\d+-\\d+-\\d+");

    private final Path directory;
    private final Map<String, ByteBuffer> mapped = new HashMap<>();

    OwnerWords(Path directory) {
        this.directory = directory;
    }

    /** The word at byte {@code offset} of {@code segment}; 0 when unreadable. */
    long word(String segment, int offset) {
        ByteBuffer buffer = mapped.computeIfAbsent(segment, this::map);
        if (buffer == null || offset < 0 || offset % Long.BYTES != 0 || offset + Long.BYTES > buffer.capacity()) {
            return 0;
        }
        return (long) LONG.getVolatile(buffer, offset);
    }

    private ByteBuffer map(String segment) {
        if (!SEGMENT.matcher(segment).matches()) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(directory.resolve(segment), StandardOpenOption.READ)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()).order(ByteOrder.nativeOrder());
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        mapped.clear();
    }
}
