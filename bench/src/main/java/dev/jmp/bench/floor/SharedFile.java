package dev.jmp.bench.floor;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A file of {@code /dev/shm} (the temporary directory where there is none) mapped read-write, as
 * jmp's segments are: the creator sizes it sparse and removes it at {@link #close()}; a child maps
 * it by path. Words are read and written through {@link #INT} and {@link #LONG} at byte offsets,
 * with the memory semantics each access names.
 */
final class SharedFile implements AutoCloseable {

    static final VarHandle INT = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());
    static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private static final AtomicInteger COUNT = new AtomicInteger();

    private final Path path;
    private final boolean creator;
    private final ByteBuffer buffer;

    private SharedFile(Path path, boolean creator, ByteBuffer buffer) {
        this.path = path;
        this.creator = creator;
        this.buffer = buffer;
    }

    /** A new file of {@code bytes} bytes, all zero, no page allocated yet. */
    static SharedFile create(String what, long bytes) throws IOException {
        Path dir = Paths.get("/dev/shm");
        if (!Files.isDirectory(dir)) {
            dir = Paths.get(System.getProperty("java.io.tmpdir"));
        }
        Path path = dir.resolve("floor-" + ProcessHandle.current().pid() + "-" + what + "-" + COUNT.incrementAndGet());
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(bytes);
            return new SharedFile(path, true, map(file.getChannel(), bytes));
        }
    }

    /** The file another process created, mapped whole. */
    static SharedFile open(String path) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(path, "rw")) {
            return new SharedFile(Paths.get(path), false, map(file.getChannel(), file.length()));
        }
    }

    private static ByteBuffer map(FileChannel channel, long bytes) throws IOException {
        MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_WRITE, 0, bytes);
        return mapped.order(ByteOrder.nativeOrder());
    }

    String path() {
        return path.toString();
    }

    /** The mapping, in native byte order; the mapping stays after the file is removed. */
    ByteBuffer buffer() {
        return buffer;
    }

    /** Removes the file if this process created it. */
    @Override
    public void close() throws IOException {
        if (creator) {
            Files.deleteIfExists(path);
        }
    }

    /** Waits until the int at {@code offset} is {@code value}. */
    static void awaitInt(ByteBuffer buffer, int offset, int value) {
        if ((int) INT.getAcquire(buffer, offset) == value) {
            return;
        }
        Backoff backoff = new Backoff();
        do {
            backoff.pause();
        } while ((int) INT.getAcquire(buffer, offset) != value);
    }
}
