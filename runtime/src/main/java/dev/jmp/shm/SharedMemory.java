package dev.jmp.shm;

import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.memory.BlockFile;
import dev.jmp.memory.BlockFiles;
import dev.jmp.base.MappedFile;
import dev.jmp.sync.ProcessShareable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A named block of raw shared memory: Python's {@code multiprocessing.shared_memory.SharedMemory}.
 * Any process attaches to it by name, or receives it as a task parameter, and sees the same bytes.
 *
 * <pre>{@code
 * try (SharedMemory shm = SharedMemory.create(null, 1 << 20)) {   // SharedMemory(create=True, size=...)
 *     shm.buffer().put(0, (byte) 42);                             // shm.buf[0] = 42
 *     new Process(Tasks.fill(shm.name())).start();                // the child: SharedMemory.attach(name)
 *     ...
 *     shm.unlink();                                               // no one can attach by name any more
 * }                                                               // close(): this process is done with it
 * }</pre>
 *
 * <p>{@link #close()} ends this process's use and {@link #unlink()} removes the name for
 * everyone, as in Python: a process that attached earlier keeps its memory after an unlink, and
 * the memory goes once the last user drops it. See the package documentation for what happens
 * to a block nobody unlinked.
 */
public final class SharedMemory implements ProcessShareable, AutoCloseable {

    static {
        Handle handle = new Handle();
        SharedObjects.register(SharedMemory.class, handle, handle);
    }

    private final String name;
    private final BlockFile file;
    private final ByteBuffer data;
    private final int slot;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SharedMemory(String name, BlockFile file) {
        this.name = name;
        this.file = file;
        this.data = file.data();
        this.slot = file.join();
    }

    /**
     * Creates a block of {@code size} zero bytes: Python's {@code SharedMemory(name, create=True, size=size)}.
     *
     * @param name the name others attach by, or null for a generated one ({@link #name()})
     * @throws IllegalStateException {@code [jmp.shm.block-exists]} when a block has that name
     * @throws IllegalArgumentException {@code [jmp.shm.bad-size]}, {@code [jmp.shm.bad-name]}
     */
    public static SharedMemory create(String name, long size) {
        if (size <= 0 || size > BlockFile.MAX_SIZE) {
            throw new IllegalArgumentException("[jmp.shm.bad-size] a shared memory block of " + size
                    + " bytes cannot be created; give a size from 1 to " + BlockFile.MAX_SIZE + " bytes");
        }
        boolean generated = name == null;
        String bare = generated ? BlockFiles.generatedName() : BlockFiles.checkName(name);
        OpenBlocks.beforeCreate(BlockFiles.path(bare).getParent());
        while (true) {
            try {
                SharedMemory block = new SharedMemory(bare, BlockFile.create(BlockFiles.path(bare), size));
                OpenBlocks.opened(block, true);
                return block;
            } catch (FileAlreadyExistsException e) {
                if (!generated) {
                    throw new IllegalStateException("[jmp.shm.block-exists] a shared memory block named \"" + bare
                            + "\" exists already; attach to it with SharedMemory.attach, or pick another name", e);
                }
                bare = BlockFiles.generatedName(); // as Python does on a clash of generated names
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create shared memory block " + BlockFiles.path(bare), e);
            }
        }
    }

    /** A block of {@code size} bytes with a generated name: Python's {@code SharedMemory(create=True, size=size)}. */
    public static SharedMemory create(long size) {
        return create(null, size);
    }

    /**
     * Attaches to the block named {@code name}: Python's {@code SharedMemory(name)}.
     *
     * @throws IllegalStateException {@code [jmp.shm.no-such-block]} when there is none (never
     *     created, or unlinked), {@code [jmp.shm.not-a-block]} when the file is not a block
     */
    public static SharedMemory attach(String name) {
        String bare = BlockFiles.checkName(name);
        Path path = BlockFiles.path(bare);
        try {
            SharedMemory block = new SharedMemory(bare, BlockFile.open(path, true));
            OpenBlocks.opened(block, false);
            return block;
        } catch (NoSuchFileException e) {
            throw noSuchBlock(bare, e);
        } catch (MappedFile.WrongFormatException e) {
            throw new IllegalStateException("[jmp.shm.not-a-block] " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot attach shared memory block " + path, e);
        }
    }

    /** The name to attach by, without Python's leading {@code /}. */
    public String name() {
        return name;
    }

    /** The size in bytes, as created. */
    public long size() {
        return data.capacity();
    }

    /**
     * The bytes, as a new {@link ByteBuffer} of {@link #size()} bytes in native byte order, with a
     * position of its own: Python's {@code shm.buf}. A view taken before {@link #close()} stays
     * usable after it (the JVM unmaps a buffer only once it is unreachable).
     *
     * @throws IllegalStateException {@code [jmp.shm.block-closed]} after close
     */
    public ByteBuffer buffer() {
        checkOpen();
        return data.duplicate().order(data.order());
    }

    /**
     * The bytes as a {@code type}: {@link ByteBuffer}, or {@code java.lang.foreign.MemorySegment}
     * on JDK 22 and later ({@code shm.view(MemorySegment.class)}).
     *
     * @throws UnsupportedOperationException {@code [jmp.shm.no-such-view]} for another type, or
     *     a {@code MemorySegment} on a JDK before 22
     * @throws IllegalStateException {@code [jmp.shm.block-closed]} after close
     */
    public <T> T view(Class<T> type) {
        ByteBuffer bytes = buffer();
        if (type == ByteBuffer.class) {
            return type.cast(bytes);
        }
        T view = SegmentViews.view(bytes, type);
        if (view == null) {
            throw new UnsupportedOperationException("[jmp.shm.no-such-view] shared memory block \"" + name
                    + "\" has no " + type.getName() + " view on Java " + Runtime.version().feature()
                    + "; ask for a java.nio.ByteBuffer, or a java.lang.foreign.MemorySegment on Java 22 or later");
        }
        return view;
    }

    /** Whether this process closed it. */
    public boolean isClosed() {
        return closed.get();
    }

    /**
     * Ends this process's use of the block, as Python's {@code close()}: the block and its name
     * stay for other processes (only {@link #unlink()} removes them). Closing twice does nothing;
     * {@link #buffer()} and {@link #view} throw afterwards, {@link #name()}, {@link #size()} and
     * {@link #unlink()} still work.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            file.leave(slot);
            OpenBlocks.closed(this);
        }
    }

    /**
     * Removes the block's name, for every process, as Python's {@code unlink()}: nobody can
     * attach any more; processes that have it keep using it until they close it; the memory
     * goes with the last of them. Call it once, in one process (usually the creator).
     *
     * @throws IllegalStateException {@code [jmp.shm.no-such-block]} when it was unlinked already
     */
    public void unlink() {
        if (!unlinkIfPresent()) {
            throw noSuchBlock(name, null);
        }
    }

    /** Unlinks the block unless it is gone already; returns whether this call removed it. */
    boolean unlinkIfPresent() {
        OpenBlocks.unlinked(file.path());
        try {
            return Files.deleteIfExists(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unlink shared memory block " + file.path(), e);
        }
    }

    Path path() {
        return file.path();
    }

    private String openName() {
        checkOpen();
        return name;
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("[jmp.shm.block-closed] shared memory block \"" + name
                    + "\" was closed in this process; attach to it again with SharedMemory.attach(\"" + name + "\")");
        }
    }

    private static IllegalStateException noSuchBlock(String name, Exception cause) {
        return new IllegalStateException("[jmp.shm.no-such-block] there is no shared memory block named \"" + name
                + "\" in " + BlockFiles.path(name).getParent() + ": it was never created or was unlinked"
                + " (its creator may have exited without unlink and no one used it any more)", cause);
    }

    /**
     * How a block crosses to another process: as its name, attached again there. A class, not
     * two lambdas: a child that attaches a block initializes this class on its way to the
     * task's first write, where a lambda's first use costs milliseconds.
     */
    private static final class Handle implements BiConsumer<SharedMemory, WireOutput>, Function<WireInput, SharedMemory> {
        @Override
        public void accept(SharedMemory block, WireOutput out) {
            out.writeString(block.openName());
        }

        @Override
        public SharedMemory apply(WireInput in) {
            return attach(in.readString());
        }
    }

    @Override
    public String toString() {
        return "SharedMemory[name=" + name + ", size=" + size() + (isClosed() ? ", closed" : "") + "]";
    }
}
