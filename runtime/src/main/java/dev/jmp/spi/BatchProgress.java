package dev.jmp.spi;

import java.util.List;

/**
 * What a worker that died had done of the batch it was running, by its own record: which task it
 * was running and the outcomes it had finished but not yet sent. The pool delivers those
 * outcomes, fails the running task and gives the tasks after it to another worker.
 *
 * @param batchId the batch it was running; 0 if it never started one
 * @param running the index in that batch of the task it was running
 * @param loggedFirst the index of the first outcome in {@code logged}
 * @param logged outcomes of tasks {@code loggedFirst ..} it finished and had not sent
 */
public record BatchProgress(long batchId, int running, int loggedFirst, List<Outcome> logged) {

    public BatchProgress {
        logged = List.copyOf(logged);
    }
}
