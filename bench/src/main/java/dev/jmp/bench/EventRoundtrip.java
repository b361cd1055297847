package dev.jmp.bench;

import dev.jmp.Process;
import dev.jmp.sync.Event;

/**
 * {@code event_roundtrip}: set an Event a child waits for, wait for its answer on another;
 * microseconds per round trip over 5k, once the child runs.
 */
final class EventRoundtrip implements Workload {

    private static final int N = 5_000;

    @Override
    public String name() {
        return "event_roundtrip";
    }

    @Override
    public String unit() {
        return "us";
    }

    @Override
    public double measure() throws Exception {
        try (Event a = Event.create(); Event b = Event.create()) {
            Process p = new Process(WorkTasks.evPong(a, b, N));
            p.start();
            long start = System.nanoTime();
            for (int i = 0; i < N; i++) {
                a.set();
                b.await();
                b.clear();
            }
            long nanos = System.nanoTime() - start;
            p.join();
            return nanos / 1e3 / N;
        }
    }
}
