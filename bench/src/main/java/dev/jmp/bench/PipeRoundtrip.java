package dev.jmp.bench;

import dev.jmp.Process;
import dev.jmp.connection.Connection;
import dev.jmp.connection.Pipe;
import java.time.Duration;

/**
 * {@code pipe_roundtrip}: send an int through a Pipe to a child that sends it back; microseconds
 * per round trip over 20k, the first (which waits for the child to start) not counted, as in
 * CPython's twin.
 */
final class PipeRoundtrip implements Workload {

    private static final int N = 20_000;

    @Override
    public String name() {
        return "pipe_roundtrip";
    }

    @Override
    public String unit() {
        return "us";
    }

    @Override
    public double measure() throws Exception {
        try (Pipe<Integer> pipe = Pipe.create(Integer.class)) {
            Connection<Integer> a = pipe.first();
            Process p = new Process(WorkTasks.echo(pipe.second(), N));
            p.start();
            a.send(0);
            if (!a.poll(Duration.ofSeconds(60))) { // a child that failed to start fails the run
                throw new IllegalStateException("the echo child never answered: " + p);
            }
            a.recv();
            long start = System.nanoTime();
            for (int i = 0; i < N - 1; i++) {
                a.send(i);
                a.recv();
            }
            double micros = (System.nanoTime() - start) / 1e3 / (N - 1);
            p.join();
            return micros;
        }
    }
}
