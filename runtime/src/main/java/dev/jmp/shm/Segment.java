package dev.jmp.shm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * One memory-mapped segment file. The creating runtime hands out space by bump allocation, so
 * many small objects share one file; other runtimes only attach to what they are given.
 *
 * <p>Layout: a 64-byte header (magic, size) followed by objects, each at a 64-byte aligned offset
 * so that two objects never share a cache line. New files are zero-filled by the kernel.
 * Guarded by {@link SegmentTable}'s lock, except {@link #buffer}, which is immutable.
 */
final class Segment {

    static final int ALIGNMENT = 64;
    static final int HEADER = 64;
    private static final long MAGIC = 0x4a4d505f53484d31L; // "JMP_SHM1"

    final String name;
    final Path path;
    final boolean createdHere;
    private final ByteBuffer buffer;
    private int next = HEADER;
    int claims;

    private Segment(String name, Path path, boolean createdHere, ByteBuffer buffer) {
        this.name = name;
        this.path = path;
        this.createdHere = createdHere;
        this.buffer = buffer;
    }

    static Segment create(Path directory, String name, int size) {
        Path path = directory.resolve(name);
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        try (FileChannel channel = directory.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? FileChannel.open(path, options, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : FileChannel.open(path, options)) {
            channel.write(ByteBuffer.allocate(1), size - 1L);
            ByteBuffer buffer = channel.map(FileChannel.MapMode.READ_WRITE, 0, size).order(ByteOrder.nativeOrder());
            buffer.putInt(8, size);
            buffer.putLong(0, MAGIC);
            return new Segment(name, path, true, buffer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create shared memory segment " + path, e);
        }
    }

    static Segment open(Path directory, String name) {
        Path path = directory.resolve(name);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = channel.map(FileChannel.MapMode.READ_WRITE, 0, channel.size())
                    .order(ByteOrder.nativeOrder());
            if (buffer.capacity() < HEADER || buffer.getLong(0) != MAGIC || buffer.getInt(8) != buffer.capacity()) {
                throw new IllegalStateException("[jmp.shm.not-a-segment] " + path + " is not a jmp segment");
            }
            return new Segment(name, path, false, buffer);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("[jmp.shm.segment-gone] shared memory segment " + path
                    + " no longer exists: the process that created it closed the object or exited;"
                    + " keep it open there until every process has attached", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot attach shared memory segment " + path, e);
        }
    }

    /** Reserves {@code bytes} and returns their offset, or -1 when the segment is full. */
    int allocate(int bytes) {
        int offset = next;
        long end = (long) offset + bytes;
        if (!createdHere || end > buffer.capacity()) {
            return -1;
        }
        next = (int) Math.min(buffer.capacity(), (end + ALIGNMENT - 1) & -ALIGNMENT);
        return offset;
    }

    /** The whole mapping, native byte order; shared by every object in the segment. */
    ByteBuffer buffer() {
        return buffer;
    }

    int size() {
        return buffer.capacity();
    }

    /** Removes the file; processes that mapped it keep their mapping until they drop it. */
    void unlink() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            System.getLogger(Segment.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot remove shared memory segment " + path + ": " + e);
        }
    }
}
