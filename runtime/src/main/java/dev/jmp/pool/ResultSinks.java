package dev.jmp.pool;

import dev.jmp.Task;
import dev.jmp.internal.task.ArgumentChunk;
import dev.jmp.internal.task.Tasks;
import dev.jmp.internal.RangeDecoder;
import dev.jmp.spi.Outcome;
import dev.jmp.spi.PackedOutcomes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link JobSink}s of single tasks and of maps. A single task's value stays encoded until
 * someone reads it, then it is decoded by the decoder its task carries; a map's values are
 * decoded as they arrive, into the list it returns; failures are rebuilt when they arrive, since
 * their first one settles the result.
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
     * first failure to arrive, as Python's {@code map_async} does. Values are decoded as they
     * arrive, on the thread that read them, into the result's array: those of a chunk straight
     * from the frame that carried them ({@link PackedOutcomes}), with the decoder of the chunk.
     */
    static <R> JobSink<R> all(List<? extends Task<? extends R>> tasks, AsyncResult<List<R>> result) {
        Object[] values = new Object[tasks.size()];
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
                PackedOutcomes packed = arrived instanceof PackedOutcomes p ? p : null;
                ArgumentChunk chunked = packed == null ? null : Tasks.chunkOf(tasks.get(first));
                RangeDecoder<? extends R> decoder = chunked == null ? null : chunked.rangeDecoder();
                for (int i = 0; i < arrived.size(); i++) {
                    Task<? extends R> task = tasks.get(first + i);
                    try {
                        if (packed != null && !packed.failed(i)) {
                            values[first + i] = decoder != null
                                    ? decoder.decode(packed.bytes(), packed.payloadOffset(i), packed.payloadLength(i))
                                    : Tasks.decode(task, packed.get(i).payload());
                            continue;
                        }
                        Outcome outcome = arrived.get(i);
                        if (outcome.failed()) {
                            result.fail(RemoteThrowables.rebuild(task, outcome), task.description());
                            return;
                        }
                        values[first + i] = Tasks.decode(task, outcome.payload());
                    } catch (RuntimeException e) {
                        result.fail(e, task.description());
                        return;
                    }
                }
                if (missing.addAndGet(-arrived.size()) == 0) {
                    result.succeed(() -> {
                        List<R> list = new ArrayList<>(values.length);
                        for (int i = 0; i < values.length; i++) {
                            @SuppressWarnings("unchecked") // each slot holds a value its task's decoder made
                            R value = (R) values[i];
                            list.add(value);
                        }
                        Arrays.fill(values, null);
                        return list;
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
