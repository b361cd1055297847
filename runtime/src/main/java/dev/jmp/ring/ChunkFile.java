package dev.jmp.ring;

import dev.jmp.base.MappedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One memory-mapped file of a queue's data: its ring (chunk 0) or an overflow chunk (1, 2, ...).
 * A 64-byte {@link MappedFile} header, holding the chunk's start position, is followed by
 * {@link #capacity()} data bytes, which {@link #data()} indexes from 0.
 *
 * <p>Unlike the shared-memory segments of {@code dev.jmp.memory}, these files belong to the queue
 * rather than to the process that wrote them: they are named after the queue's creator
 * ({@link ChunkNames}), so a producer that exits leaves its overflow data readable, and they are
 * removed by the consumer that drains them or by the creator when it closes the queue.
 */
final class ChunkFile {

    static final MappedFile.Format FORMAT = new MappedFile.Format("queue chunk",
            0x4a4d505f51554531L /* "JMP_QUE1" */, 1, 64);
    static final int HEADER = FORMAT.headerBytes();
    /** Where, in the stream of overflow records, data byte 0 is. */
    private static final int START_AT = MappedFile.FIRST_FIELD;

    final long seq;
    private final MappedFile file;
    private final ByteBuffer data;
    private final long start;

    private ChunkFile(long seq, MappedFile file) {
        this.seq = seq;
        this.file = file;
        this.start = file.buffer().getLong(START_AT);
        this.data = file.body();
    }

    /** Creates (or, after a writer that died before publishing it, re-creates) a chunk file. */
    static ChunkFile create(Path path, long seq, int capacity, long start) {
        try {
            return new ChunkFile(seq, MappedFile.create(path, FORMAT, HEADER + capacity, true,
                    header -> header.putLong(START_AT, start)));
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
        try {
            return new ChunkFile(seq, MappedFile.open(path, FORMAT, true));
        } catch (NoSuchFileException e) {
            return null;
        } catch (MappedFile.WrongFormatException e) {
            throw new IllegalStateException("[jmp.queue.corrupt] " + e.getMessage(), e);
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
        file.delete();
    }
}
