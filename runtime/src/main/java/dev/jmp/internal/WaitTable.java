package dev.jmp.internal;

import dev.jmp.base.ProcessIdentity;
import dev.jmp.base.RuntimeDirectories;
import dev.jmp.launch.CurrentProcess;
import dev.jmp.base.ShutdownSequence;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;

/**
 * This process's {@link WaitTableFile wait table}: locks, semaphores and barriers record here
 * which thread waits for them,
 * so that a deadlock detector in any process can build the wait-for graph. Created the first time
 * a thread of this process parks in an acquire, in the shared-memory directory of that moment,
 * and removed at exit; tables of processes that died are swept with the other leftovers of dead
 * runtimes ({@link RuntimeDirectories#sweep}).
 *
 * <p>Recording is best effort: when the table cannot be created or is full, the wait is simply
 * not recorded, and a deadlock it takes part in is not reported.
 */
public final class WaitTable {

    private static WaitTable current;

    private final Path file;
    private final ByteBuffer buffer;
    private final BitSet used = new BitSet(WaitTableFile.ENTRIES);

    private WaitTable(Path file, ByteBuffer buffer) {
        this.file = file;
        this.buffer = buffer;
    }

    /** One recorded wait; {@link #close} when the thread stops waiting. */
    public static final class Waiting implements AutoCloseable {

        private final WaitTable table;
        private final int entry;

        private Waiting(WaitTable table, int entry) {
            this.table = table;
            this.entry = entry;
        }

        @Override
        public void close() {
            table.clear(entry);
        }
    }

    /**
     * Records that the calling thread, holding {@code token}, waits for the object of {@code kind}
     * (one of {@link WaitTableFile#KINDS}) whose recorded word is at {@code offset} in segment
     * {@code segment}, without or with a deadline ({@code timed}). Null when not recorded.
     */
    public static Waiting enter(long token, String kind, String segment, int offset, boolean timed) {
        WaitTable table = tableFor(RuntimeDirectories.sharedMemory());
        int entry = table == null ? -1 : table.claim();
        if (entry < 0) {
            return null;
        }
        Thread thread = Thread.currentThread();
        table.write(entry, token, thread, Math.max(WaitTableFile.KINDS.indexOf(kind), 0) | (timed ? WaitTableFile.TIMED : 0), segment, offset, stackOf(thread));
        return new Waiting(table, entry);
    }

    private static synchronized WaitTable tableFor(Path directory) {
        if (current == null || !current.file.getParent().equals(directory)) {
            RuntimeDirectories.sweep(directory);
            current = create(directory.resolve(WaitTableFile.name(ProcessIdentity.current())));
        }
        return current;
    }

    private static WaitTable create(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.allocate(1), WaitTableFile.SIZE - 1L);
            ByteBuffer buffer = channel.map(FileChannel.MapMode.READ_WRITE, 0, WaitTableFile.SIZE)
                    .order(ByteOrder.nativeOrder());
            buffer.putLong(8, ProcessIdentity.current().pid());
            buffer.putLong(16, ProcessIdentity.current().startTicks());
            WaitTableFile.putString(buffer, WaitTableFile.PROCESS_NAME, 2,
                    WaitTableFile.BLOCK - WaitTableFile.PROCESS_NAME, CurrentProcess.self().name());
            WaitTableFile.LONG.setVolatile(buffer, 0, WaitTableFile.MAGIC);
            ShutdownSequence.add(ShutdownSequence.Phase.RESOURCES, () -> delete(file));
            return new WaitTable(file, buffer);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private synchronized int claim() {
        int entry = used.nextClearBit(0);
        if (entry >= WaitTableFile.ENTRIES) {
            return -1;
        }
        used.set(entry);
        return entry;
    }

    private void write(int entry, long token, Thread thread, int kind, String segment, int offset, String stack) {
        int at = WaitTableFile.BLOCK * (entry + 1);
        long version = (long) WaitTableFile.LONG.getVolatile(buffer, at);
        WaitTableFile.LONG.setVolatile(buffer, at, version + 1);
        buffer.putLong(at + WaitTableFile.THREAD_ID, thread.getId());
        buffer.putInt(at + WaitTableFile.LOCK_OFFSET, offset);
        buffer.putInt(at + WaitTableFile.LOCK_KIND, kind);
        WaitTableFile.putString(buffer, at + WaitTableFile.SEGMENT, 2,
                WaitTableFile.THREAD_NAME - WaitTableFile.SEGMENT, segment);
        WaitTableFile.putString(buffer, at + WaitTableFile.THREAD_NAME, 2,
                WaitTableFile.STACK - WaitTableFile.THREAD_NAME, thread.getName());
        WaitTableFile.putString(buffer, at + WaitTableFile.STACK, 4, WaitTableFile.BLOCK - WaitTableFile.STACK, stack);
        WaitTableFile.LONG.setVolatile(buffer, at + WaitTableFile.TOKEN, token);
        WaitTableFile.LONG.setVolatile(buffer, at, version + 2);
    }

    private void clear(int entry) {
        int at = WaitTableFile.BLOCK * (entry + 1);
        long version = (long) WaitTableFile.LONG.getVolatile(buffer, at);
        WaitTableFile.LONG.setVolatile(buffer, at, version + 1);
        WaitTableFile.LONG.setVolatile(buffer, at + WaitTableFile.TOKEN, 0L);
        WaitTableFile.LONG.setVolatile(buffer, at, version + 2);
        synchronized (this) {
            used.clear(entry);
        }
    }

    /** The caller's stack without the frames of jmp's own waiting machinery. */
    private static String stackOf(Thread thread) {
        StringBuilder stack = new StringBuilder();
        boolean inLock = true;
        for (StackTraceElement frame : thread.getStackTrace()) {
            boolean internal = frame.getClassName().startsWith("dev.jmp.internal.WaitTable")
                    || frame.getClassName().equals("java.lang.Thread")
                    || frame.getClassName().startsWith("dev.jmp.sync.OwnerWord")
                    || frame.getClassName().equals("dev.jmp.sync.WaitRecorder");
            if (inLock && internal) {
                continue;
            }
            inLock = false;
            stack.append("\tat ").append(frame).append('\n');
        }
        return stack.toString();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Removed at the next sweep once this process is gone.
        }
    }
}
