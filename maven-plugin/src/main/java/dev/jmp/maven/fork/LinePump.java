package dev.jmp.maven.fork;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.function.Consumer;

/**
 * Drains one output stream of a child, handing each line to a sink as soon as it is complete,
 * so a program's output shows up while it runs and a chatty child never blocks on a full pipe.
 */
final class LinePump implements Runnable {

    private final InputStream stream;
    private final Consumer<String> sink;

    private LinePump(InputStream stream, Consumer<String> sink) {
        this.stream = stream;
        this.sink = sink;
    }

    /** Starts a daemon thread that pumps {@code stream} into {@code sink} until end of stream. */
    static Thread start(String name, InputStream stream, Consumer<String> sink) {
        Thread thread = new Thread(new LinePump(stream, sink), name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, NativeCharset.get()))) {
            String line;
            while ((line = lines.readLine()) != null) {
                sink.accept(line);
            }
        } catch (IOException e) {
            // The pipe broke because the child is gone; its exit code tells the rest.
        }
    }
}
