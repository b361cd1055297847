package dev.jmp.internal;

import dev.jmp.base.ProcessIdentity;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The layout of a wait table: one file per process, {@code jmp-waits-<pid>-<start ticks>} in the
 * {@link dev.jmp.base.RuntimeDirectories shared-memory directory}, listing which of its threads wait for which lock, semaphore or
 * barrier. Only its own
 * process writes it ({@link WaitTable}); any process may read it.
 *
 * <pre>
 * header (4 KiB): magic, pid, start ticks, process name
 * entry  (4 KiB each, {@link #ENTRIES} of them):
 *   0 version (odd while being written)   8 waiter token (0: free)   16 thread id
 *  24 lock offset   28 lock kind (+ {@link #TIMED} for a wait with a deadline)
 *  32 segment name   96 thread name   224 stack
 * </pre>
 * A reader keeps an entry only if its version was even and unchanged while it read it.
 */
public final class WaitTableFile {

    /**
     * The kinds of object an entry can name, by their index. For a lock the recorded word is its
     * owner word; for a semaphore its count, followed by its permit holders; for a barrier its
     * generation word, followed by its count of arrived parties.
     */
    public static final List<String> KINDS = List.of("?", "Lock", "RLock", "Semaphore", "BoundedSemaphore",
            "Barrier");
    static final String PREFIX = "jmp-waits-";
    static final int BLOCK = 4096;
    static final int ENTRIES = 64;
    static final int SIZE = BLOCK * (ENTRIES + 1);
    static final long MAGIC = 0x4a4d505f57414954L; // "JMP_WAIT"
    static final int VERSION = 0;
    static final int TOKEN = 8;
    static final int THREAD_ID = 16;
    static final int LOCK_OFFSET = 24;
    static final int LOCK_KIND = 28;
    /** Added to the lock kind when the wait has a deadline: it ends by itself, so it is no deadlock. */
    static final int TIMED = 0x100;
    static final int SEGMENT = 32;
    static final int THREAD_NAME = 96;
    static final int STACK = 224;
    static final int PROCESS_NAME = 24;
    static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    /**
     * A thread blocked in a lock's or a semaphore's acquire or at a barrier, as its process
     * recorded it.
     *
     * @param token the waiter's owner token, what a lock's owner word holds once it gets it
     * @param lockKind what it waits for, one of {@link #KINDS}
     * @param lockSegment the segment file of the object's recorded word (see {@link #KINDS})
     * @param lockOffset that word's byte offset in the segment
     * @param timed whether the wait has a deadline, so that it ends even if the object never comes free
     */
    public record Waiter(long pid, String processName, long token, long threadId, String threadName,
            String lockKind, String lockSegment, int lockOffset, boolean timed, String stack) {}

    private WaitTableFile() {}

    static String name(ProcessIdentity process) {
        return PREFIX + process.tag();
    }

    /** The process whose table {@code fileName} is, or empty for any other file. */
    public static Optional<ProcessIdentity> ownerOf(String fileName) {
        return fileName.startsWith(PREFIX) ? ProcessIdentity.parseTag(fileName.substring(PREFIX.length()))
                : Optional.empty();
    }

    /** The waiters recorded in {@code file}; none when it is not a readable wait table. */
    public static List<Waiter> read(Path file) {
        ByteBuffer buffer;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() != SIZE) {
                return List.of();
            }
            buffer = channel.map(FileChannel.MapMode.READ_ONLY, 0, SIZE).order(ByteOrder.nativeOrder());
        } catch (IOException e) {
            return List.of();
        }
        if (buffer.getLong(0) != MAGIC) {
            return List.of();
        }
        long pid = buffer.getLong(8);
        String processName = string(buffer, PROCESS_NAME, 2, BLOCK - PROCESS_NAME);
        List<Waiter> waiters = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            int at = BLOCK * (i + 1);
            long before = (long) LONG.getVolatile(buffer, at + VERSION);
            long token = (long) LONG.getVolatile(buffer, at + TOKEN);
            if ((before & 1) != 0 || token == 0) {
                continue;
            }
            int kindAndTimed = buffer.getInt(at + LOCK_KIND);
            int kind = kindAndTimed & ~TIMED;
            Waiter waiter = new Waiter(pid, processName, token, buffer.getLong(at + THREAD_ID),
                    string(buffer, at + THREAD_NAME, 2, STACK - THREAD_NAME),
                    KINDS.get(kind >= 0 && kind < KINDS.size() ? kind : 0),
                    string(buffer, at + SEGMENT, 2, THREAD_NAME - SEGMENT), buffer.getInt(at + LOCK_OFFSET),
                    (kindAndTimed & TIMED) != 0, string(buffer, at + STACK, 4, BLOCK - STACK));
            if ((long) LONG.getVolatile(buffer, at + VERSION) == before) {
                waiters.add(waiter);
            }
        }
        return waiters;
    }

    /** Writes {@code s} as a length (of {@code lengthBytes}) and UTF-8 bytes, cut to fit {@code room}. */
    static void putString(ByteBuffer buffer, int at, int lengthBytes, int room, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int length = Math.min(bytes.length, room - lengthBytes);
        if (lengthBytes == 2) {
            buffer.putShort(at, (short) length);
        } else {
            buffer.putInt(at, length);
        }
        buffer.put(at + lengthBytes, bytes, 0, length);
    }

    private static String string(ByteBuffer buffer, int at, int lengthBytes, int room) {
        int length = lengthBytes == 2 ? buffer.getShort(at) : buffer.getInt(at);
        length = Math.max(0, Math.min(length, room - lengthBytes));
        byte[] bytes = new byte[length];
        buffer.get(at + lengthBytes, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
