package dev.jmp.launch.child;

import dev.jmp.internal.ChunkCall;
import dev.jmp.internal.ChunkRun;
import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.link.TaskResults;
import dev.jmp.spi.PackedOutcomes;
import dev.jmp.wire.RemoteFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A worker's side of one {@code RunChunk} batch, which the entry's generated loop drives: it
 * keeps the memo of the chunk's values, writes each outcome as a record of one results buffer
 * ({@link PackedOutcomes}' layout, what {@code TaskResults} carries), logs it in the
 * {@link WorkerProgress} file before the next task starts, and sends the results as
 * {@link WorkerLoop} sends a batch's: in parts at least every {@link WorkerLoop#FLUSH_NANOS}, or
 * at once when an outcome does not fit in the file. Task indexes it reports count from the
 * chunk's {@code from}: the batch's first task is 0.
 */
final class ChunkRunner implements ChunkRun {

    private final long batchId;
    private final ChunkCall call;
    private final WorkerProgress progress;
    private final Consumer<TaskResults> sender;
    private final WireInput in;
    private final List<Object> memo = new ArrayList<>();
    /** The outcomes not sent yet; a fresh buffer after each send, which the sent frame keeps. */
    private WireOutput results = new WireOutput(1024);
    private int resultsCount;
    private int taskEnd;
    private int recordStart = -1;
    private int reported;
    private long lastSent = System.nanoTime();

    ChunkRunner(long batchId, ChunkCall call, WorkerProgress progress, Consumer<TaskResults> sender) {
        this.batchId = batchId;
        this.call = call;
        this.progress = progress;
        this.sender = sender;
        this.in = call.input();
    }

    /** Runs the chunk through {@code entry}'s loop, or fails each task with {@code unusable}; sends the rest. */
    void run(dev.jmp.internal.ChunkEntry entry, Throwable unusable) {
        progress.batchStarted(batchId);
        if (unusable == null) {
            entry.runChunk(this);
        } else {
            for (int i = call.from(); i < call.to(); i++) {
                progress.taskStarted(i - call.from());
                recordStart = -1;
                failed(i, unusable);
            }
        }
        sendResults(call.size(), false);
    }

    @Override
    public int count() {
        return call.to();
    }

    @Override
    public WireInput arguments() {
        return in;
    }

    @Override
    public boolean next(int index) {
        recordStart = -1;
        int length = in.remaining() >= 4 ? in.readInt() : -1;
        taskEnd = length < 0 || length > in.remaining() ? in.position() + in.remaining() : in.position() + length;
        boolean runs = index >= call.from();
        if (runs) {
            progress.taskStarted(index - call.from());
        }
        return runs;
    }

    @Override
    public <T> T remember(T value) {
        memo.add(value);
        return value;
    }

    @Override
    @SuppressWarnings("unchecked") // the chunk's writer and this loop agree on each parameter's type
    public <T> T recall(int number) {
        if (number >= memo.size()) {
            throw new WireFormatException("argument refers to value " + number + " of the chunk, but only "
                    + memo.size() + " could be read before it (the task that had it failed to read its arguments)");
        }
        return (T) memo.get(number);
    }

    @Override
    public WireOutput result() {
        recordStart = results.size();
        results.writeByte(0);
        results.writeInt(0);
        return results;
    }

    @Override
    public void done(int index) {
        if (in.position() != taskEnd) {
            failed(index, new WireFormatException((taskEnd - in.position()) + " bytes of the arguments of task " + index
                    + " of the chunk were not read; do both processes run the same build?"));
            return;
        }
        if (index < call.from()) {
            return;
        }
        results.putInt(recordStart + 1, results.size() - recordStart - 5);
        finished(index, false);
    }

    @Override
    public void failed(int index, Throwable thrown) {
        in.seek(taskEnd);
        if (index < call.from()) {
            return; // read only for the memo; a task that needs its values fails then
        }
        if (recordStart >= 0) {
            results.truncate(recordStart);
        }
        byte[] failure;
        try {
            failure = RemoteFailure.of(thrown).encode();
        } catch (Throwable encoding) {
            failure = RemoteFailure.of(new IllegalStateException(thrown.getClass().getName()
                    + " (its details could not be sent: " + encoding + ")")).encode();
        }
        recordStart = results.size();
        results.writeByte(1);
        results.writeBytes(failure);
        finished(index, true);
    }

    private void finished(int index, boolean failed) {
        int task = index - call.from();
        int length = results.size() - recordStart - 5;
        boolean logged = progress.finished(task, failed, results.array(), recordStart + 5, length);
        recordStart = -1;
        resultsCount++;
        if (task + 1 < call.size() && (!logged || System.nanoTime() - lastSent > WorkerLoop.FLUSH_NANOS)) {
            sendResults(task + 1, true);
            progress.sent(reported);
        }
    }

    /** Sends the outcomes of tasks {@code reported .. upTo - 1}; {@code more} when others will follow. */
    private void sendResults(int upTo, boolean more) {
        // The results are sent from where they were written, not from a copy; the next ones go
        // to a new buffer the size of these, so the sent bytes are never written again.
        int size = results.size();
        PackedOutcomes outcomes = PackedOutcomes.wrap(results.array(), 0, size, resultsCount);
        long now = System.nanoTime();
        sender.accept(new TaskResults(batchId, reported, outcomes, now - lastSent));
        reported = upTo;
        if (more) {
            results = new WireOutput(Math.max(1024, size));
        }
        resultsCount = 0;
        lastSent = System.nanoTime();
    }
}
