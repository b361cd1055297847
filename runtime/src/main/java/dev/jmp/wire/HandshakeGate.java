package dev.jmp.wire;

import dev.jmp.base.Deadline;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Accepts connections on a listening socket and runs their {@link Handshake}s side by side on one
 * selector, driven by the thread that calls {@link #accept()}: no thread per peer, so a peer that
 * says nothing, or a byte at a time, costs a socket and a few hundred bytes, and never delays
 * another. {@link #accept()} returns connections in the order they finished the handshake.
 *
 * <p>Bounds: each handshake must finish within its time limit, counted from its accept; at most
 * {@code maxPending} run at once, and accepting one more drops the oldest (which has had the
 * longest to finish). Peers that fail, are too slow or are dropped are closed, and reported by
 * {@link #accept()} when no authenticated connection is waiting. {@link #close()} closes the
 * listening socket and every connection not yet handed out.
 */
public final class HandshakeGate implements Closeable {

    private final ServerSocketChannel server;
    private final Selector selector;
    private final byte[] key;
    private final Handshake.Wording wording;
    private final String tooSlow;
    private final Duration limit;
    private final int maxPending;
    private final FrameFormat format;
    /** In accept order, which is deadline order. */
    private final LinkedHashSet<PendingHandshake> pending = new LinkedHashSet<>();
    private final ArrayDeque<SocketChannel> ready = new ArrayDeque<>();
    private final ArrayDeque<RuntimeException> failures = new ArrayDeque<>();
    private final ReentrantLock driving = new ReentrantLock();
    private volatile boolean closed;
    private volatile int pendingCount;

    /**
     * @param tooSlow the failure of a peer that did not finish in time or was dropped; a detail is appended
     * @param format how the handshake's messages are framed
     */
    public HandshakeGate(ServerSocketChannel server, byte[] key, Handshake.Wording wording, String tooSlow,
            Duration limit, int maxPending, FrameFormat format) throws IOException {
        this.format = format;
        this.server = server;
        this.key = key.clone();
        this.wording = wording;
        this.tooSlow = tooSlow;
        this.limit = limit;
        this.maxPending = maxPending;
        server.configureBlocking(false);
        this.selector = Selector.open();
        server.register(selector, SelectionKey.OP_ACCEPT);
    }

    /**
     * The next connection that finished the handshake: non-blocking, and no longer registered
     * here. Handshakes move on only while some thread is in here, as Python's do inside
     * {@code accept()}.
     *
     * @throws RuntimeException the wording's failure, for a peer that failed, when no connection is waiting
     * @throws ClosedChannelException once the gate is closed
     * @throws InterruptedIOException when the calling thread is interrupted (it stays interrupted)
     */
    public SocketChannel accept() throws IOException {
        try {
            driving.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a connection");
        }
        try {
            if (closed) {
                throw new ClosedChannelException();
            }
            while (true) {
                SocketChannel next = ready.poll();
                if (next != null) {
                    return next;
                }
                RuntimeException failure = failures.poll();
                if (failure != null) {
                    throw failure;
                }
                select();
                if (closed) {
                    throw new AsynchronousCloseException();
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("interrupted while waiting for a connection");
                }
            }
        } finally {
            if (!closed) {
                selector.selectNow(); // completes the release of the channels handed out
                selector.selectedKeys().clear(); // readiness is level-triggered: the next select sees it again
            }
            driving.unlock();
        }
    }

    private void select() throws IOException {
        PendingHandshake oldest = pending.isEmpty() ? null : pending.iterator().next();
        long wait = oldest == null ? 0 : Math.max(1, oldest.deadline().remainingMillis()); // 0 would wait for ever
        selector.select(wait);
        for (Iterator<SelectionKey> keys = selector.selectedKeys().iterator(); keys.hasNext(); ) {
            SelectionKey selected = keys.next();
            keys.remove();
            if (!selected.isValid()) {
                continue;
            }
            if (selected.channel() == server) {
                acceptWaiting();
            } else {
                step((PendingHandshake) selected.attachment());
            }
        }
        expire();
        pendingCount = pending.size();
    }

    private void acceptWaiting() throws IOException {
        for (int n = 0; n < maxPending; n++) {
            SocketChannel channel = server.accept();
            if (channel == null) {
                return;
            }
            if (pending.size() >= maxPending) {
                fail(pending.iterator().next(), wording.fail(tooSlow + " (it was dropped: "
                        + maxPending + " handshakes were pending, it the oldest)"));
            }
            try {
                PendingHandshake handshake = new PendingHandshake(channel, selector, Handshake.start(key, wording, true),
                        Deadline.after(limit), format);
                pending.add(handshake);
                step(handshake);
            } catch (IOException e) {
                channel.close(); // gone before its challenge was sent
            }
        }
    }

    private void step(PendingHandshake handshake) {
        try {
            if (handshake.step()) {
                pending.remove(handshake);
                handshake.release();
                ready.add(handshake.channel());
            }
        } catch (RuntimeException e) {
            fail(handshake, e);
        } catch (IOException e) {
            fail(handshake, handshake.handshake().broken("its connection failed during the handshake (" + e + ")"));
        }
    }

    private void expire() {
        while (!pending.isEmpty() && pending.iterator().next().deadline().hasPassed()) {
            fail(pending.iterator().next(), wording.fail(tooSlow + " (it did not finish within "
                    + limit.toSeconds() + " s)"));
        }
    }

    private void fail(PendingHandshake handshake, RuntimeException failure) {
        pending.remove(handshake);
        handshake.close();
        if (failures.size() >= maxPending) {
            failures.poll(); // only so many are worth reporting
        }
        failures.add(failure);
    }

    /** How many handshakes were running when the last {@link #accept()} looked. */
    public int pending() {
        return pendingCount;
    }

    /** Closes the listening socket and every connection not handed out yet. Idempotent. */
    @Override
    public void close() throws IOException {
        closed = true;
        selector.wakeup();
        driving.lock(); // a thread in accept() wakes, sees closed and lets go
        try {
            if (!selector.isOpen()) {
                return;
            }
            pending.forEach(PendingHandshake::close);
            pending.clear();
            pendingCount = 0;
            for (SocketChannel channel; (channel = ready.poll()) != null; ) {
                channel.close();
            }
            failures.clear();
            try {
                server.close();
            } finally {
                selector.close();
            }
        } finally {
            driving.unlock();
        }
    }
}
