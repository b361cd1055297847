package dev.jmp.launch.child;

import dev.jmp.base.MappedFile;
import dev.jmp.spi.BatchProgress;
import dev.jmp.spi.Outcome;
import java.io.IOException;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a pool worker is doing, kept in a memory-mapped file that outlives the worker: which task
 * of which batch it is running, and the outcomes of the tasks it finished but has not sent yet.
 * When a worker dies, the parent reads the file to deliver those outcomes, to fail the task that
 * was running and to give the tasks that had not started to another worker. Nothing a worker has
 * finished is lost with it: an outcome is in the file before the next task starts, and the file
 * lives in the page cache, where a SIGKILL cannot reach it. A store to mapped memory costs
 * nanoseconds, against microseconds for a message, so the worker records every task.
 *
 * <p>Layout, after a {@link MappedFile} header: batch id (long) at 0, index of the running task
 * (int) at 8, index of the first logged outcome (int) at 12, number of logged outcomes (int) at
 * 16, bytes they use (int) at 20; from {@value #LOG_START}, the logged outcomes of the running
 * batch not yet sent, each as {@code [byte failed][int length][payload]}. The worker publishes the
 * count last, behind a release fence, so a count never covers an outcome not fully written.
 */
public final class WorkerProgress {

    static final MappedFile.Format FORMAT = new MappedFile.Format("worker progress file",
            0x4a4d505f50524f47L /* "JMP_PROG" */, 1, 64);
    static final int LOG_START = 32;
    /** Size of the file's body: room for many small outcomes; a larger one is sent at once instead. */
    static final int FILE_BYTES = LOG_START + (64 << 10);

    private final ByteBuffer cell;
    private int loggedCount;
    private int loggedBytes;

    private WorkerProgress(ByteBuffer cell) {
        this.cell = cell;
    }

    /** The parent creates the (zeroed, sparse) file before it starts the worker. */
    public static void create(Path file) throws IOException {
        MappedFile.create(file, FORMAT, FORMAT.headerBytes() + FILE_BYTES, true, header -> { });
    }

    /** The worker maps the file its parent created. */
    static WorkerProgress open(Path file) throws IOException {
        return new WorkerProgress(MappedFile.open(file, FORMAT, true).body());
    }

    /**
     * A batch starts with its first task. The log is emptied and the index written before the
     * batch id: a worker killed in between shows the old batch, so the new one counts as not
     * started, which it is not.
     */
    void batchStarted(long batchId) {
        sent(0);
        cell.putInt(8, 0);
        VarHandle.releaseFence();
        cell.putLong(0, batchId);
    }

    /** After the outcome of the task before was logged: a dead worker's index never runs ahead of its log. */
    void taskStarted(int index) {
        VarHandle.releaseFence();
        cell.putInt(8, index);
    }

    /**
     * Logs the outcome of task {@code index}, which finished; returns false, logging nothing,
     * when it does not fit, and the caller must then send it before the next task starts.
     */
    boolean finished(int index, Outcome outcome) {
        byte[] payload = outcome.payload();
        return finished(index, outcome.failed(), payload, 0, payload.length);
    }

    /** {@link #finished(int, Outcome)} of an outcome whose payload is {@code length} bytes at {@code offset} of {@code bytes}. */
    boolean finished(int index, boolean failed, byte[] bytes, int offset, int length) {
        int at = LOG_START + loggedBytes;
        if (length > FILE_BYTES - at - 5) {
            return false;
        }
        if (loggedCount == 0) {
            cell.putInt(12, index);
        }
        cell.put(at, failed ? (byte) 1 : (byte) 0);
        cell.putInt(at + 1, length);
        cell.put(at + 5, bytes, offset, length);
        loggedBytes += 5 + length;
        cell.putInt(20, loggedBytes);
        VarHandle.releaseFence();
        cell.putInt(16, ++loggedCount);
        return true;
    }

    /** Every outcome logged so far was sent (the first {@code reported} of the batch): empties the log. */
    void sent(int reported) {
        loggedCount = 0;
        loggedBytes = 0;
        cell.putInt(16, 0);
        VarHandle.releaseFence();
        cell.putInt(12, reported);
        cell.putInt(20, 0);
    }

    /**
     * What the file says now; for a dead worker, what it was doing when it died. Batch id 0 means
     * no batch was ever started.
     */
    public static BatchProgress read(Path file) throws IOException {
        ByteBuffer bytes;
        try {
            bytes = MappedFile.open(file, FORMAT, false).body();
        } catch (MappedFile.WrongFormatException e) {
            return new BatchProgress(0, 0, 0, List.of());
        }
        int count = bytes.getInt(16);
        List<Outcome> logged = new ArrayList<>(Math.max(0, Math.min(count, 1 << 16)));
        int at = LOG_START;
        for (int i = 0; i < count && at + 5 <= bytes.capacity(); i++) {
            boolean failed = bytes.get(at) != 0;
            int length = bytes.getInt(at + 1);
            if (length < 0 || at + 5 + length > bytes.capacity()) {
                break; // not a log the worker wrote: deliver what is sound
            }
            byte[] payload = new byte[length];
            bytes.get(at + 5, payload);
            logged.add(new Outcome(failed, payload));
            at += 5 + length;
        }
        return new BatchProgress(bytes.getLong(0), bytes.getInt(8), bytes.getInt(12), logged);
    }
}
