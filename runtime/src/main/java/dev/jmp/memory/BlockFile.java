package dev.jmp.memory;

import dev.jmp.base.MappedFile;
import dev.jmp.base.ProcessIdentity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The file of one named shared-memory block (Python's {@code SharedMemory}): a page of header,
 * then the block's bytes, page aligned. Unlike a segment, a block is found by its name, so its
 * file cannot carry its creator in its name; the header records the creator and a table of the
 * processes using it instead, and {@link BlockFiles#sweep} reads both.
 *
 * <p>Header words ({@code BlockLayout}): the data size, the creator's pid and start ticks, then
 * {@code BlockLayout.SLOTS} user slots of two words, pid then start ticks. A user takes a free
 * slot by a compare-and-set of its pid word, then writes its start ticks; a reader that finds a
 * pid with ticks 0 takes it for any process of that pid, which errs towards "in use".
 */
public final class BlockFile {

    static final MappedFile.Format FORMAT = new MappedFile.Format("shared memory block",
            0x4a4d505f424c4b31L /* "JMP_BLK1" */, 1, BlockLayout.HEADER_BYTES);

    /** The largest block a file can hold: a mapping is addressed by {@code int}. */
    public static final long MAX_SIZE = Integer.MAX_VALUE - BlockLayout.HEADER_BYTES;

    private final MappedFile file;
    private final Path path;
    private final SharedWords header;

    private BlockFile(MappedFile file, Path path) {
        this.file = file;
        this.path = path;
        this.header = SharedWords.over(file.buffer(), 0, BlockLayout.HEADER_BYTES / Long.BYTES);
    }

    /**
     * Creates the file of a new block of {@code size} bytes, all zero, recording this process as
     * its creator. The file is made and initialized under a name of this runtime's
     * ({@code jmp-<pid>-<start ticks>-<n>}) and then linked to {@code path}, so that no process
     * ever attaches to a half-made block, and a creator killed while making it leaves a file the
     * ordinary sweep of dead runtimes' files removes.
     *
     * @throws java.nio.file.FileAlreadyExistsException when a file has the name already
     */
    public static BlockFile create(Path path, long size) throws IOException {
        if (size <= 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("a block of " + size + " bytes");
        }
        ProcessIdentity self = ProcessIdentity.current();
        Path making = path.resolveSibling("jmp-" + self.tag() + "-" + ThreadLocalRandom.current().nextLong(1L << 40, Long.MAX_VALUE));
        try {
            MappedFile file = MappedFile.create(making, FORMAT, (int) (BlockLayout.HEADER_BYTES + size), false, buffer -> {
                buffer.putLong(BlockLayout.DATA_SIZE * Long.BYTES, size);
                buffer.putLong(BlockLayout.CREATOR_PID * Long.BYTES, self.pid());
                buffer.putLong(BlockLayout.CREATOR_TICKS * Long.BYTES, self.startTicks());
            });
            Files.createLink(path, making); // fails when the name is taken, as CREATE_NEW would
            return new BlockFile(file, path);
        } finally {
            Files.deleteIfExists(making);
        }
    }

    /**
     * Maps the file of an existing block.
     *
     * @throws java.nio.file.NoSuchFileException when there is none
     * @throws MappedFile.WrongFormatException when the file is not a block of this layout
     */
    public static BlockFile open(Path path, boolean writable) throws IOException {
        return new BlockFile(MappedFile.open(path, FORMAT, writable), path);
    }

    /** The block's bytes, from 0 to {@link #dataSize()}, in native byte order: a new view each call. */
    public ByteBuffer data() {
        return file.buffer().slice(BlockLayout.HEADER_BYTES, dataSize()).order(ByteOrder.nativeOrder());
    }

    /** The block's size in bytes, without the header. */
    public int dataSize() {
        return (int) header.getVolatile(BlockLayout.DATA_SIZE);
    }

    /** The process that created the block. */
    public ProcessIdentity creator() {
        return new ProcessIdentity(header.getVolatile(BlockLayout.CREATOR_PID), header.getVolatile(BlockLayout.CREATOR_TICKS));
    }

    /** Records this process as a user; returns its slot, or -1 when every slot is taken. */
    public int join() {
        ProcessIdentity self = ProcessIdentity.current();
        for (int slot = 0; slot < BlockLayout.SLOTS; slot++) {
            if (header.compareAndSet(BlockLayout.pidOf(slot), 0, self.pid())) {
                header.setRelease(BlockLayout.ticksOf(slot), self.startTicks());
                return slot;
            }
        }
        return -1;
    }

    /** Gives up the slot {@link #join} returned; nothing for -1. */
    public void leave(int slot) {
        if (slot >= 0) {
            // Ticks first: the slot is free for another user only once its pid word is 0.
            header.setRelease(BlockLayout.ticksOf(slot), 0);
            header.setVolatile(BlockLayout.pidOf(slot), 0);
        }
    }

    /** Whether a living process other than the holder of {@code exceptSlot} has joined the block. */
    public boolean hasLivingUser(int exceptSlot) {
        for (int slot = 0; slot < BlockLayout.SLOTS; slot++) {
            long pid = header.getVolatile(BlockLayout.pidOf(slot));
            if (slot != exceptSlot && pid != 0
                    && new ProcessIdentity(pid, header.getAcquire(BlockLayout.ticksOf(slot))).isAlive()) {
                return true;
            }
        }
        return false;
    }

    /** The file under the block's name. */
    public Path path() {
        return path;
    }

    /** Removes the file; mappings stay valid until they are garbage collected. */
    public void delete() {
        MappedFile.delete(path, FORMAT.kind());
    }

    @Override
    public String toString() {
        return FORMAT.kind() + " " + path;
    }
}
