package dev.jmp.bench.floor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The parent side of the pool floors: worker JVMs ({@link FloorWorker}) started cold and
 * connected (untimed, as a pool's workers are up before a workload times them), and the ways a
 * pool hands them work: one frame and its answer ({@link #call}), frames sent ahead
 * ({@link #send}, {@link #receive}), or a list of frames each taken by the next free worker
 * ({@link #run}), a thread per worker in the parent as a pool has a reader per worker.
 */
final class FloorWorkers implements AutoCloseable {

    private static final int LARGE_FRAME = 64 << 10;

    private final UnixSockets sockets;
    private final List<FloorJvm> jvms = new ArrayList<>();
    private final List<SocketChannel> channels = new ArrayList<>();

    private FloorWorkers(UnixSockets sockets) {
        this.sockets = sockets;
    }

    /** {@code n} workers, once each has connected. */
    static FloorWorkers start(int n) throws IOException {
        FloorWorkers workers = new FloorWorkers(UnixSockets.listen());
        try {
            for (int i = 0; i < n; i++) {
                FloorJvm jvm = FloorJvm.prepare(false, n, "worker", workers.sockets.path());
                jvm.start();
                workers.jvms.add(jvm);
            }
            for (int i = 0; i < n; i++) {
                workers.channels.add(workers.sockets.accept());
            }
            return workers;
        } catch (IOException | RuntimeException e) {
            workers.close();
            throw e;
        }
    }

    /**
     * A frame of {@code count} arguments of {@code kind} in {@code bytes} bytes, to be filled and
     * flipped. A large one is a direct buffer: the JDK copies a heap buffer into a direct one
     * before each write, whole, so a frame written a socket buffer at a time would be copied
     * over and over.
     */
    static ByteBuffer frame(int kind, int count, int bytes) {
        int size = FloorWorker.HEADER + bytes;
        ByteBuffer frame = size > LARGE_FRAME ? ByteBuffer.allocateDirect(size) : ByteBuffer.allocate(size);
        return frame.putInt(bytes).putInt(count).putInt(kind);
    }

    /** Sends {@code frame} (flipped) to worker {@code w}. */
    void send(int w, ByteBuffer frame) throws IOException {
        UnixSockets.writeFully(channels.get(w), frame);
    }

    /** Reads {@code bytes} bytes of answers from worker {@code w}. */
    ByteBuffer receive(int w, int bytes) throws IOException {
        ByteBuffer answer = ByteBuffer.allocate(bytes);
        UnixSockets.readFully(channels.get(w), answer);
        return answer.flip();
    }

    /** Sends {@code frame} to worker {@code w} and reads its {@code bytes} bytes of answers. */
    ByteBuffer call(int w, ByteBuffer frame, int bytes) throws IOException {
        send(w, frame);
        return receive(w, bytes);
    }

    /** Runs {@code frames}, each on the next free worker; the answers of {@code answerBytes[i]} bytes, in order. */
    ByteBuffer[] run(List<ByteBuffer> frames, int[] answerBytes) throws Exception {
        ByteBuffer[] answers = new ByteBuffer[frames.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < channels.size(); w++) {
            int worker = w;
            Thread thread = new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < answers.length; i = next.getAndIncrement()) {
                        answers[i] = call(worker, frames.get(i).duplicate(), answerBytes[i]);
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }, "floor-worker-" + w);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return answers;
    }

    /** Closes the sockets, which ends the workers, and waits for them. */
    @Override
    public void close() throws IOException {
        for (SocketChannel channel : channels) {
            channel.close();
        }
        try {
            for (FloorJvm jvm : jvms) {
                jvm.waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            for (FloorJvm jvm : jvms) {
                jvm.close();
            }
            sockets.close();
        }
    }
}
