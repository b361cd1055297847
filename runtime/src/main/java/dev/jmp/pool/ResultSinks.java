package dev.jmp.pool;

import dev.jmp.internal.TaskCall;
import dev.jmp.launch.TaskEntries;
import dev.jmp.link.TaskResults.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link JobSink}s of single tasks and of maps. Values stay encoded until someone reads them;
 * failures are rebuilt when they arrive, since their first one settles the result.
 */
final class ResultSinks {

    private ResultSinks() {}

    @SuppressWarnings("unchecked")
    static <R> R decode(TaskEntries entries, TaskCall call, byte[] payload) {
        return (R) entries.get(call.entryClass()).decodeResult(payload);
    }

    /** One task whose result is an {@link AsyncResult}. */
    static <R> JobSink single(TaskEntries entries, AsyncResult<R> result) {
        return new JobSink() {
            @Override
            public void outcome(int index, TaskCall call, Outcome outcome) {
                if (outcome.failed()) {
                    result.fail(RemoteThrowables.rebuild(outcome.failure()), call.description());
                } else {
                    result.succeed(() -> decode(entries, call, outcome.payload()));
                }
            }

            @Override
            public void lost(int index, TaskCall call, RuntimeException reason) {
                result.fail(reason, call.description());
            }
        };
    }

    /**
     * All tasks of a map: the list of values once every task succeeded, in input order, or the
     * first failure to arrive, as Python's {@code map_async} does.
     */
    static <R> JobSink all(TaskEntries entries, TaskCall[] calls, AsyncResult<List<R>> result) {
        Outcome[] outcomes = new Outcome[calls.length];
        AtomicInteger missing = new AtomicInteger(calls.length);
        if (calls.length == 0) {
            result.succeed(List::of);
        }
        return new JobSink() {
            @Override
            public void outcome(int index, TaskCall call, Outcome outcome) {
                outcomes(index, calls, List.of(outcome));
            }

            /** Counts a run of outcomes at once: two readers need not share a counter per task. */
            @Override
            public void outcomes(int first, TaskCall[] all, List<Outcome> arrived) {
                for (int i = 0; i < arrived.size(); i++) {
                    Outcome outcome = arrived.get(i);
                    if (outcome.failed()) {
                        result.fail(RemoteThrowables.rebuild(outcome.failure()), calls[first + i].description());
                        return;
                    }
                    outcomes[first + i] = outcome;
                }
                if (missing.addAndGet(-arrived.size()) == 0) {
                    result.succeed(() -> {
                        List<R> values = new ArrayList<>(outcomes.length);
                        for (int i = 0; i < outcomes.length; i++) {
                            values.add(decode(entries, calls[i], outcomes[i].payload()));
                        }
                        Arrays.fill(outcomes, null);
                        return values;
                    });
                }
            }

            @Override
            public void lost(int index, TaskCall call, RuntimeException reason) {
                result.fail(reason, call.description());
            }
        };
    }
}
