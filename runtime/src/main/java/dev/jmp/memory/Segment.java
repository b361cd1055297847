package dev.jmp.memory;

import dev.jmp.base.MappedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One memory-mapped segment file. The creating runtime hands out space by bump allocation, so
 * many small objects share one file; other runtimes only attach to what they are given.
 *
 * <p>Layout: a 64-byte {@link MappedFile} header followed by objects, each at a 64-byte aligned
 * offset so that two objects never share a cache line; offsets count from the start of the file.
 * New files are zero-filled by the kernel. Guarded by {@link SegmentTable}'s lock, except
 * {@link #buffer}, which is immutable.
 */
final class Segment {

    static final int ALIGNMENT = 64;
    static final MappedFile.Format FORMAT = new MappedFile.Format("shared memory segment",
            0x4a4d505f53484d31L /* "JMP_SHM1" */, 1, 64);
    static final int HEADER = FORMAT.headerBytes();

    final String name;
    final Path path;
    final boolean createdHere;
    private final MappedFile file;
    private int next = HEADER;
    int claims;

    private Segment(String name, boolean createdHere, MappedFile file) {
        this.name = name;
        this.path = file.path();
        this.createdHere = createdHere;
        this.file = file;
    }

    static Segment create(Path directory, String name, int size) {
        Path path = directory.resolve(name);
        try {
            return new Segment(name, true, MappedFile.create(path, FORMAT, size, false, header -> { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create shared memory segment " + path, e);
        }
    }

    static Segment open(Path directory, String name) {
        Path path = directory.resolve(name);
        try {
            return new Segment(name, false, MappedFile.open(path, FORMAT, true));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("[jmp.shm.segment-gone] shared memory segment " + path
                    + " no longer exists: the process that created it closed the object or exited;"
                    + " keep it open there until every process has attached", e);
        } catch (MappedFile.WrongFormatException e) {
            throw new IllegalStateException("[jmp.shm.not-a-segment] " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot attach shared memory segment " + path, e);
        }
    }

    /** Reserves {@code bytes} and returns their offset, or -1 when the segment is full. */
    int allocate(int bytes) {
        int offset = next;
        long end = (long) offset + bytes;
        if (!createdHere || end > size()) {
            return -1;
        }
        next = (int) Math.min(size(), (end + ALIGNMENT - 1) & -ALIGNMENT);
        return offset;
    }

    /** The whole mapping, native byte order; shared by every object in the segment. */
    ByteBuffer buffer() {
        return file.buffer();
    }

    int size() {
        return file.size();
    }

    /** Removes the file; processes that mapped it keep their mapping until they drop it. */
    void unlink() {
        file.delete();
    }
}
