package dev.jmp.launch.parent;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * Forwards one output stream of a child to the parent's {@code System.out} or {@code System.err}
 * a whole line at a time, so lines of different processes never interleave mid-line, and keeps
 * the last lines for failure reports. The target is looked up per line, so a parent that
 * redirects {@code System.out} sees the child's output too; while it is null (a parent may set
 * {@code System.setOut(null)}), lines are read and dropped, so the child never blocks on a full
 * pipe, and still kept for the failure reports.
 */
public final class OutputPump implements Runnable {

    private static final int TAIL_LINES = 20;

    private final InputStream in;
    private final Supplier<PrintStream> target;
    private final Deque<byte[]> tail = new ArrayDeque<>();
    private final Thread thread;

    private OutputPump(InputStream in, Supplier<PrintStream> target, String threadName, boolean daemon) {
        this.in = in;
        this.target = target;
        this.thread = new Thread(this, threadName);
        thread.setDaemon(daemon);
    }

    /**
     * Starts pumping. A non-daemon pump keeps the parent JVM alive until the child closes its
     * output, which is how a parent waits for its non-daemon children at exit, as Python does.
     */
    public static OutputPump start(InputStream in, Supplier<PrintStream> target, String threadName,
                                   boolean daemon) {
        OutputPump pump = new OutputPump(in, target, threadName, daemon);
        pump.thread.start();
        return pump;
    }

    @Override
    public void run() {
        byte[] buf = new byte[8192];
        byte[] line = new byte[256];
        int lineLength = 0;
        try (in) {
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (lineLength == line.length) {
                        line = java.util.Arrays.copyOf(line, line.length * 2);
                    }
                    line[lineLength++] = buf[i];
                    if (buf[i] == '\n') {
                        emit(line, lineLength);
                        lineLength = 0;
                    }
                }
            }
        } catch (IOException e) {
            // the child is gone; flush what we have
        }
        if (lineLength > 0) {
            emit(line, lineLength);
        }
    }

    private void emit(byte[] line, int length) {
        PrintStream out = target.get();
        if (out != null) {
            out.write(line, 0, length);
            out.flush();
        }
        synchronized (tail) {
            if (tail.size() == TAIL_LINES) {
                tail.removeFirst();
            }
            tail.addLast(java.util.Arrays.copyOf(line, length));
        }
    }

    /** Renames the pump's thread, when a spare becomes a named child. */
    void rename(String threadName) {
        thread.setName(threadName);
    }

    /** Waits until the child closed the stream and every line was forwarded. */
    public boolean awaitEnd(long millis) throws InterruptedException {
        thread.join(Math.max(1, millis));
        return !thread.isAlive();
    }

    /** The last lines forwarded, without line terminators. */
    public List<String> tail() {
        List<String> lines = new ArrayList<>();
        synchronized (tail) {
            for (byte[] bytes : tail) {
                lines.add(new String(bytes, Charset.defaultCharset()).stripTrailing());
            }
        }
        return lines;
    }
}
