package dev.jmp.sync.primitive;

import dev.jmp.base.MappedFile;
import dev.jmp.base.RuntimeDirectories;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The layout of a wait table: one file per process, {@code jmp-waits-<pid>-<start ticks>} in the
 * shared-memory directory ({@link RuntimeDirectories}), listing which of its threads wait for
 * which lock, semaphore or barrier. Only its own process writes it ({@code WaitTable}); the
 * deadlock detector ({@code dev.jmp.diagnostics}) of any process reads it, by this description.
 *
 * <pre>
 * header (4 KiB): the {@link MappedFile} header, then pid, start ticks, process name
 * entry  (4 KiB each, {@link #ENTRIES} of them):
 *   0 version (odd while being written)   8 waiter token (0: free)   16 thread id
 *  24 lock offset   28 lock kind (+ {@link #TIMED} for a wait with a deadline)
 *  32 segment name   96 thread name   224 stack
 * </pre>
 * A reader keeps an entry only if its version was even and unchanged while it read it. Offsets
 * count from the start of the file; strings are a length (2 or 4 bytes) and UTF-8 bytes.
 */
public final class WaitTableLayout {

    /**
     * The kinds of object an entry can name, by their index. For a lock the recorded word is its
     * owner word ({@link LockLayout#OWNER}); for a semaphore its count
     * ({@link SemaphoreLayout#VALUE}); for a barrier its generation ({@link BarrierLayout#GENERATION}).
     */
    public static final List<String> KINDS = List.of("?", "Lock", "RLock", "Semaphore", "BoundedSemaphore",
            "Barrier");
    public static final int BLOCK = 4096;
    public static final int ENTRIES = 64;
    public static final int SIZE = BLOCK * (ENTRIES + 1);
    public static final MappedFile.Format FORMAT = new MappedFile.Format("wait table",
            0x4a4d505f57414954L /* "JMP_WAIT" */, 1, BLOCK);

    public static final int PID = MappedFile.FIRST_FIELD;
    public static final int START_TICKS = PID + 8;
    /** The process name: a 2-byte length, then up to the end of the header. */
    public static final int PROCESS_NAME = START_TICKS + 8;

    /** Entry fields, as offsets from the entry's start ({@link #entry}). */
    public static final int VERSION = 0;
    public static final int TOKEN = 8;
    public static final int THREAD_ID = 16;
    public static final int LOCK_OFFSET = 24;
    public static final int LOCK_KIND = 28;
    /** Added to the lock kind when the wait has a deadline: it ends by itself, so it is no deadlock. */
    public static final int TIMED = 0x100;
    /** The segment name: a 2-byte length, then up to {@link #THREAD_NAME}. */
    public static final int SEGMENT = 32;
    /** The thread name: a 2-byte length, then up to {@link #STACK}. */
    public static final int THREAD_NAME = 96;
    /** The stack: a 4-byte length, then up to the end of the entry. */
    public static final int STACK = 224;

    private WaitTableLayout() {}

    /** The byte offset of entry {@code i}. */
    public static int entry(int i) {
        return BLOCK * (i + 1);
    }

    /** Writes {@code s} as a length (of {@code lengthBytes}) and UTF-8 bytes, cut to fit {@code room}. */
    public static void putString(ByteBuffer buffer, int at, int lengthBytes, int room, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int length = Math.min(bytes.length, room - lengthBytes);
        if (lengthBytes == 2) {
            buffer.putShort(at, (short) length);
        } else {
            buffer.putInt(at, length);
        }
        buffer.put(at + lengthBytes, bytes, 0, length);
    }

    /** Reads what {@link #putString} wrote, never past {@code room}. */
    public static String getString(ByteBuffer buffer, int at, int lengthBytes, int room) {
        int length = lengthBytes == 2 ? buffer.getShort(at) : buffer.getInt(at);
        length = Math.max(0, Math.min(length, room - lengthBytes));
        byte[] bytes = new byte[length];
        buffer.get(at + lengthBytes, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
