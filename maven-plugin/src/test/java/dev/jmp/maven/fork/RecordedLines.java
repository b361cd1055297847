package dev.jmp.maven.fork;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A line sink that tests can read from, and wait on, while the program still runs. */
final class RecordedLines implements Consumer<String> {

    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void accept(String line) {
        lines.add(line);
        notifyAll();
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** The first line that starts with {@code prefix}, waiting for it at most {@code timeout}. */
    synchronized String await(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (String line : lines) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no line starting with '" + prefix + "' within " + timeout + "; got " + lines);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
