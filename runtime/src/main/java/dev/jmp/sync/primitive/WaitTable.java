package dev.jmp.sync.primitive;

import dev.jmp.base.MappedFile;
import dev.jmp.base.ProcessIdentity;
import dev.jmp.base.ProcessName;
import dev.jmp.base.RuntimeDirectories;
import dev.jmp.memory.SharedWords;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.BitSet;

/**
 * This process's wait table ({@link WaitTableLayout}): locks, semaphores and barriers record here
 * which thread waits for them, so that a deadlock detector in any process can build the wait-for
 * graph. Created the first time a thread of this process parks in an acquire, in the
 * shared-memory directory of that moment, and removed at exit; tables of processes that died are
 * swept with the other leftovers of dead runtimes ({@link RuntimeDirectories#sweep}).
 *
 * <p>Recording is best effort: when the table cannot be created or is full, the wait is simply
 * not recorded, and a deadlock it takes part in is not reported.
 */
final class WaitTable {

    private static WaitTable current;

    private final MappedFile file;
    private final ByteBuffer buffer;
    /** The entries' version and token words. */
    private final SharedWords words;
    private final BitSet used = new BitSet(WaitTableLayout.ENTRIES);

    private WaitTable(MappedFile file) {
        this.file = file;
        this.buffer = file.buffer();
        this.words = SharedWords.over(buffer, 0, WaitTableLayout.SIZE / Long.BYTES);
    }

    /**
     * Records that the calling thread, holding {@code token}, waits for the object of {@code kind}
     * (one of {@link WaitTableLayout#KINDS}) whose recorded word is at {@code offset} in segment
     * {@code segment}, without or with a deadline ({@code timed}). Null when not recorded.
     */
    static RecordedWait enter(long token, String kind, String segment, int offset, boolean timed) {
        WaitTable table = tableFor(RuntimeDirectories.sharedMemory());
        int entry = table == null ? -1 : table.claim();
        if (entry < 0) {
            return null;
        }
        Thread thread = Thread.currentThread();
        table.write(entry, token, thread, Math.max(WaitTableLayout.KINDS.indexOf(kind), 0)
                | (timed ? WaitTableLayout.TIMED : 0), segment, offset, stackOf(thread));
        return new RecordedWait(() -> table.clear(entry));
    }

    private static synchronized WaitTable tableFor(Path directory) {
        if (current == null || !current.file.path().getParent().equals(directory)) {
            RuntimeDirectories.sweep(directory);
            current = create(directory.resolve(RuntimeDirectories.WAIT_TABLE_PREFIX + ProcessIdentity.current().tag()));
        }
        return current;
    }

    private static WaitTable create(Path path) {
        try {
            MappedFile file = MappedFile.create(path, WaitTableLayout.FORMAT, WaitTableLayout.SIZE, true, header -> {
                header.putLong(WaitTableLayout.PID, ProcessIdentity.current().pid());
                header.putLong(WaitTableLayout.START_TICKS, ProcessIdentity.current().startTicks());
                WaitTableLayout.putString(header, WaitTableLayout.PROCESS_NAME, 2,
                        WaitTableLayout.BLOCK - WaitTableLayout.PROCESS_NAME, ProcessName.current());
            });
            file.deleteAtExit();
            return new WaitTable(file);
        } catch (Exception e) {
            return null;
        }
    }

    private synchronized int claim() {
        int entry = used.nextClearBit(0);
        if (entry >= WaitTableLayout.ENTRIES) {
            return -1;
        }
        used.set(entry);
        return entry;
    }

    private void write(int entry, long token, Thread thread, int kind, String segment, int offset, String stack) {
        int at = WaitTableLayout.entry(entry);
        int version = word(at, WaitTableLayout.VERSION);
        long was = words.getVolatile(version);
        words.setVolatile(version, was + 1);
        buffer.putLong(at + WaitTableLayout.THREAD_ID, thread.getId());
        buffer.putInt(at + WaitTableLayout.LOCK_OFFSET, offset);
        buffer.putInt(at + WaitTableLayout.LOCK_KIND, kind);
        WaitTableLayout.putString(buffer, at + WaitTableLayout.SEGMENT, 2,
                WaitTableLayout.THREAD_NAME - WaitTableLayout.SEGMENT, segment);
        WaitTableLayout.putString(buffer, at + WaitTableLayout.THREAD_NAME, 2,
                WaitTableLayout.STACK - WaitTableLayout.THREAD_NAME, thread.getName());
        WaitTableLayout.putString(buffer, at + WaitTableLayout.STACK, 4, WaitTableLayout.BLOCK - WaitTableLayout.STACK,
                stack);
        words.setVolatile(word(at, WaitTableLayout.TOKEN), token);
        words.setVolatile(version, was + 2);
    }

    private void clear(int entry) {
        int at = WaitTableLayout.entry(entry);
        int version = word(at, WaitTableLayout.VERSION);
        long was = words.getVolatile(version);
        words.setVolatile(version, was + 1);
        words.setVolatile(word(at, WaitTableLayout.TOKEN), 0L);
        words.setVolatile(version, was + 2);
        synchronized (this) {
            used.clear(entry);
        }
    }

    private static int word(int entry, int field) {
        return (entry + field) / Long.BYTES;
    }

    /** The caller's stack without the frames of jmp's own waiting machinery. */
    private static String stackOf(Thread thread) {
        StringBuilder stack = new StringBuilder();
        boolean inLock = true;
        for (StackTraceElement frame : thread.getStackTrace()) {
            String name = frame.getClassName();
            boolean internal = name.startsWith(WaitTable.class.getName()) || name.equals(Thread.class.getName())
                    || name.startsWith(OwnerWord.class.getName()) || name.equals(WaitRecorder.class.getName());
            if (inLock && internal) {
                continue;
            }
            inLock = false;
            stack.append("\tat ").append(frame).append('\n');
        }
        return stack.toString();
    }
}
