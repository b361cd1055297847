package dev.jmp.spi;

import java.util.List;

/**
 * How a worker ended, told to its pool once every outcome it sent has been delivered.
 *
 * @param exitCode Python's exit code: {@code N} after {@code exit(N)}, {@code -N} after signal N,
 *     {@link Integer#MIN_VALUE} when unknown
 * @param killed whether something outside ended it (a signal, the loss of its machine) rather than
 *     the worker itself: a worker killed before it was ready is started again, one that ended on
 *     its own is not, since it would only end again
 * @param cause what ended it, for messages: {@code signal 9 (SIGKILL)}, {@code exit code 3}
 * @param outputTail the last lines it wrote to its stderr, for reports of a failed start
 * @param lastBatch what it had done of the batch it was running; null when that is unknown (the
 *     pool then takes its first unreported task for the running one)
 * @param heldLost whether it was lost with its machine, so that nothing is known of the tasks it
 *     held beyond the outcomes it sent: any of them may have run. The pool then fails each of
 *     them with a {@code WorkerDiedException}, or queues it again within the backend's
 *     {@link WorkerBackend#retries()}, rather than guessing which one was running; {@code
 *     lastBatch} is ignored
 */
public record WorkerExit(int exitCode, boolean killed, String cause, List<String> outputTail, BatchProgress lastBatch,
                         boolean heldLost) {

    public WorkerExit {
        outputTail = List.copyOf(outputTail);
    }

    /** An exit whose backend knows what the worker did, or can tell the pool to guess. */
    public WorkerExit(int exitCode, boolean killed, String cause, List<String> outputTail, BatchProgress lastBatch) {
        this(exitCode, killed, cause, outputTail, lastBatch, false);
    }

    /**
     * A worker lost with its machine (a cluster member that died or left), {@code cause} saying
     * which: its exit code is unknown, and every task it held and did not report may have run.
     */
    public static WorkerExit lostWithMachine(String cause) {
        return new WorkerExit(Integer.MIN_VALUE, true, cause, List.of(), null, true);
    }
}
