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
 */
public record WorkerExit(int exitCode, boolean killed, String cause, List<String> outputTail, BatchProgress lastBatch) {

    public WorkerExit {
        outputTail = List.copyOf(outputTail);
    }
}
