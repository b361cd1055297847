package dev.jmp.pool;

import dev.jmp.Task;
import dev.jmp.internal.task.Tasks;
import dev.jmp.spi.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link JobSink}s of single tasks and of maps. Values stay encoded until someone reads them,
 * then each is decoded by the decoder its task carries; failures are rebuilt when they arrive,
 * since their first one settles the result.
 */
final class ResultSinks {

    private ResultSinks() {}

    /** One task whose result is an {@link AsyncResult}. */
    static <R> JobSink<R> single(AsyncResult<R> result) {
        return new JobSink<>() {
            @Override
            public void outcome(int index, Task<? extends R> task, Outcome outcome) {
                if (outcome.failed()) {
                    result.fail(RemoteThrowables.rebuild(task, outcome), task.description());
                } else {
                    result.succeed(() -> Tasks.decode(task, outcome.payload()));
                }
            }

            @Override
            public void lost(int index, Task<? extends R> task, RuntimeException reason) {
                result.fail(reason, task.description());
            }
        };
    }

    /**
     * All tasks of a map: the list of values once every task succeeded, in input order, or the
     * first failure to arrive, as Python's {@code map_async} does.
     */
    static <R> JobSink<R> all(List<? extends Task<? extends R>> tasks, AsyncResult<List<R>> result) {
        Outcome[] outcomes = new Outcome[tasks.size()];
        AtomicInteger missing = new AtomicInteger(tasks.size());
        if (tasks.isEmpty()) {
            result.succeed(List::of);
        }
        return new JobSink<>() {
            @Override
            public void outcome(int index, Task<? extends R> task, Outcome outcome) {
                outcomes(index, tasks, List.of(outcome));
            }

            /** Counts a run of outcomes at once: two readers need not share a counter per task. */
            @Override
            public void outcomes(int first, List<? extends Task<? extends R>> all, List<Outcome> arrived) {
                for (int i = 0; i < arrived.size(); i++) {
                    Outcome outcome = arrived.get(i);
                    if (outcome.failed()) {
                        Task<? extends R> failed = tasks.get(first + i);
                        result.fail(RemoteThrowables.rebuild(failed, outcome), failed.description());
                        return;
                    }
                    outcomes[first + i] = outcome;
                }
                if (missing.addAndGet(-arrived.size()) == 0) {
                    result.succeed(() -> {
                        List<R> values = new ArrayList<>(outcomes.length);
                        for (int i = 0; i < outcomes.length; i++) {
                            values.add(Tasks.decode(tasks.get(i), outcomes[i].payload()));
                        }
                        Arrays.fill(outcomes, null);
                        return values;
                    });
                }
            }

            @Override
            public void lost(int index, Task<? extends R> task, RuntimeException reason) {
                result.fail(reason, task.description());
            }
        };
    }
}
