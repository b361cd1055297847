package dev.jmp.ring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * One memory-mapped file of a queue's data: its ring (chunk 0) or an overflow chunk (1, 2, ...).
 * A 64-byte header (magic, capacity, start position) is followed by {@link #capacity()} data
 * bytes, which {@link #data()} indexes from 0.
 *
 * <p>Unlike the shared-memory segments of {@code dev.jmp.shm}, these files belong to the queue
 * rather than to the process that wrote them: they are named after the queue's creator
 * ({@link ChunkNames}), so a producer that exits leaves its overflow data readable, and they are
 * removed by the consumer that drains them or by the creator when it closes the queue.
 */
final class ChunkFile {

    static final int HEADER = 64;
    private static final long MAGIC = 0x4a4d505f51554531L; // "JMP_QUE1"
    private static final int CAPACITY_AT = 8;
    private static final int START_AT = 16;

    final long seq;
    private final Path path;
    private final ByteBuffer data;
    private final long start;

    private ChunkFile(long seq, Path path, ByteBuffer whole) {
        this.seq = seq;
        this.path = path;
        this.start = whole.getLong(START_AT);
        this.data = whole.slice(HEADER, whole.capacity() - HEADER).order(ByteOrder.nativeOrder());
    }

    /** Creates (or, after a writer that died before publishing it, re-creates) a chunk file. */
    static ChunkFile create(Path path, long seq, int capacity, long start) {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        try (FileChannel channel = path.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? FileChannel.open(path, options, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : FileChannel.open(path, options)) {
            int size = HEADER + capacity;
            channel.write(ByteBuffer.allocate(1), size - 1L);
            MappedByteBuffer whole = channel.map(FileChannel.MapMode.READ_WRITE, 0, size);
            whole.order(ByteOrder.nativeOrder());
            whole.putLong(CAPACITY_AT, capacity).putLong(START_AT, start).putLong(0, MAGIC);
            return new ChunkFile(seq, path, whole);
        } catch (IOException e) {
            throw new UncheckedIOException("[jmp.queue.no-space] cannot create queue storage " + path
                    + "; check that " + path.getParent() + " is writable and not full", e);
        }
    }

    /** Maps an existing chunk file. */
    static ChunkFile open(Path path, long seq) {
        ChunkFile chunk = openIfPresent(path, seq);
        if (chunk == null) {
            throw gone(path);
        }
        return chunk;
    }

    /** Maps an existing chunk file; null when there is none. */
    static ChunkFile openIfPresent(Path path, long seq) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MappedByteBuffer whole = channel.map(FileChannel.MapMode.READ_WRITE, 0, channel.size());
            whole.order(ByteOrder.nativeOrder());
            if (whole.capacity() < HEADER || whole.getLong(0) != MAGIC
                    || whole.getLong(CAPACITY_AT) != whole.capacity() - HEADER) {
                throw new IllegalStateException("[jmp.queue.corrupt] " + path + " is not a queue chunk");
            }
            return new ChunkFile(seq, path, whole);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map queue storage " + path, e);
        }
    }

    /** The error for a file of the queue that should be there and is not. */
    static IllegalStateException gone(Path path) {
        return new IllegalStateException("[jmp.queue.storage-gone] the queue's storage " + path + " no longer"
                + " exists: the process that created the queue closed it or exited; keep the queue open"
                + " there until every process is done with it");
    }

    /** The data bytes, native order, indexed from 0; shared by every user of this mapping. */
    ByteBuffer data() {
        return data;
    }

    int capacity() {
        return data.capacity();
    }

    /** The position, in the stream of overflow records, of data byte 0. */
    long start() {
        return start;
    }

    /** The position just past this chunk's data. */
    long end() {
        return start + data.capacity();
    }

    /** Removes the file; mappings stay valid until they are garbage collected. */
    void unlink() {
        ChunkNames.delete(path);
    }
}
