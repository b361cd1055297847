package dev.jmp.connection;

import dev.jmp.base.Deadline;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.memory.SharedWords;
import dev.jmp.ring.RecordQueue;
import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;

/**
 * One end of a {@link Pipe}: it receives from one {@link RecordQueue} and sends into the other
 * (a one-way pipe has only the one). End 0 and end 1 are the two ends; each knows the other's
 * state from {@link PipeEnds}. A reader waiting for a message looks at the other end's holders
 * every {@link #LIVENESS_SLICE}, so a holder that dies without closing still ends the wait.
 * A message refused as too long stays to be received, as on a socket.
 */
final class PipeTransport implements Transport {

    private static final Duration LIVENESS_SLICE = Duration.ofMillis(20);

    private final int end;
    private final RecordQueue in;
    private final RecordQueue out;
    private final PipeEnds ends;
    private final Runnable release;
    private int slot = -1;
    private volatile boolean opened;
    private volatile boolean otherEndGone;
    private long lastLivenessCheck = System.nanoTime() - LIVENESS_SLICE.toNanos();
    /**
     * A message taken from the ring but refused as too long: the ring cannot leave it unread, so
     * it is held here for the next receive. It was in shared memory already, written by the sender.
     */
    private byte[] refused;

    PipeTransport(int end, RecordQueue in, RecordQueue out, PipeEnds ends, Runnable release) {
        this.end = end;
        this.in = in;
        this.out = out;
        this.ends = ends;
        this.release = release;
    }

    static PipeTransport read(WireInput in) {
        int end = in.readInt();
        if (end != 0 && end != 1) {
            throw new dev.jmp.internal.WireFormatException("a pipe end's handle names end " + end);
        }
        SharedWords words = SharedWords.read(in);
        RecordQueue receiving = in.readPresence() ? RecordQueue.read(in) : null;
        RecordQueue sending = in.readPresence() ? RecordQueue.read(in) : null;
        PipeTransport transport = new PipeTransport(end, receiving, sending, new PipeEnds(words), () -> {
            words.close();
            if (receiving != null) {
                receiving.close();
            }
            if (sending != null) {
                sending.close();
            }
        });
        transport.open(); // a process that receives an end means to use it
        return transport;
    }

    @Override
    public void writeHandle(WireOutput out) {
        out.writeInt(end);
        ends.words().write(out);
        if (out.writePresence(in)) {
            in.write(out);
        }
        if (out.writePresence(this.out)) {
            this.out.write(out);
        }
    }

    private void open() {
        if (!opened) {
            openOnce();
        }
    }

    private synchronized void openOnce() {
        if (!opened) {
            slot = ends.open(end);
            opened = true;
        }
    }

    @Override
    public void send(byte[] message) throws IOException {
        open();
        if (ends.isClosed(1 - end)) {
            throw new IOException("[jmp.connection.peer-closed] the other end of the pipe was closed;"
                    + " nothing sent can be received any more");
        }
        out.offerNow(message);
    }

    @Override
    public byte[] receive(Duration timeout, int maxLength) throws IOException, InterruptedException {
        if (refused == null) {
            refused = next(Deadline.after(timeout));
            if (refused == null) {
                return null;
            }
        }
        if (refused != RecordQueue.NULL_RECORD && refused.length > maxLength) {
            throw new MessageTooLongException(refused.length, maxLength); // kept for the next receive
        }
        byte[] message = refused;
        refused = null;
        return message;
    }

    private byte[] next(Deadline deadline) throws IOException, InterruptedException {
        while (poll(deadline)) {
            byte[] message = in.takeNow();
            if (message != null) {
                return message;
            }
            if (otherEndGone()) {
                throw new EOFException("[jmp.connection.eof] the other end of the pipe was closed (or its"
                        + " process ended) and every message it sent has been received");
            }
        }
        return null;
    }

    @Override
    public boolean poll(Duration timeout) throws InterruptedException {
        return poll(Deadline.after(timeout));
    }

    private boolean poll(Deadline deadline) throws InterruptedException {
        open();
        while (true) {
            if (refused != null || !in.isEmpty() || otherEndGone()) {
                return true;
            }
            long left = deadline.remainingNanos();
            if (left <= 0) {
                return false;
            }
            Duration slice = left < LIVENESS_SLICE.toNanos() ? Duration.ofNanos(left) : LIVENESS_SLICE;
            if (in.awaitRecord(slice)) {
                return true;
            }
        }
    }

    /**
     * Closed by every holder (cheap), or, checked at most once a slice, no holder alive. Final
     * once true, as Python's end of file is.
     */
    private boolean otherEndGone() {
        if (otherEndGone || ends.isClosed(1 - end)) {
            return true;
        }
        long now = System.nanoTime();
        if (now - lastLivenessCheck >= LIVENESS_SLICE.toNanos()) {
            lastLivenessCheck = now;
            otherEndGone = ends.isGone(1 - end);
        }
        return otherEndGone;
    }

    @Override
    public boolean readable() {
        return in != null;
    }

    @Override
    public boolean writable() {
        return out != null;
    }

    @Override
    public synchronized void close() {
        if (opened) {
            ends.close(end, slot);
        }
        opened = true; // a closed end is never opened again here
        if (out != null) {
            out.wakeConsumers();
        }
        release.run();
    }

    @Override
    public String toString() {
        return "pipe end " + end + (in == null ? ", send only" : out == null ? ", receive only" : "");
    }
}
