package dev.jmp.launch;

import dev.jmp.link.Enlist;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Which task a pool worker is running, kept in a small memory-mapped file that outlives the
 * worker: when a worker dies, the parent reads it to fail the task that was running and to give
 * the tasks of the batch that had not started to another worker. A store to mapped memory costs
 * about a nanosecond, so the worker records every task.
 *
 * <p>Layout ({@link Enlist#PROGRESS_BYTES} bytes): the batch id (long) at 0, the index of the
 * running task in that batch (int) at 8.
 */
public final class WorkerProgress {

    /** Read from a dead worker's file. {@code batchId} 0 means no batch was ever started. */
    public record Snapshot(long batchId, int index) {}

    private final MappedByteBuffer cell;

    private WorkerProgress(MappedByteBuffer cell) {
        this.cell = cell;
    }

    /** The parent creates the (zeroed) file before it starts the worker. */
    public static void create(Path file) throws IOException {
        Files.write(file, new byte[Enlist.PROGRESS_BYTES]);
    }

    /** The worker maps the file its parent created. */
    static WorkerProgress open(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return new WorkerProgress(channel.map(FileChannel.MapMode.READ_WRITE, 0, Enlist.PROGRESS_BYTES));
        }
    }

    /**
     * A batch starts with its first task. The index is written first: a worker killed between the
     * two stores shows the old batch, so the new one counts as not started, which it is not.
     */
    void batchStarted(long batchId) {
        cell.putInt(8, 0);
        cell.putLong(0, batchId);
    }

    void taskStarted(int index) {
        cell.putInt(8, index);
    }

    /** What the file says now; for a dead worker, what it was doing when it died. */
    public static Snapshot read(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
        if (bytes.capacity() < Enlist.PROGRESS_BYTES) {
            return new Snapshot(0, 0);
        }
        return new Snapshot(bytes.getLong(0), bytes.getInt(8));
    }
}
