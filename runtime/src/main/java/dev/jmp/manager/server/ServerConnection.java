package dev.jmp.manager.server;

import dev.jmp.base.Deadline;
import dev.jmp.base.JmpLog;
import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.FramedChannel;
import dev.jmp.manager.wire.Frames;
import dev.jmp.wire.RemoteFailure;
import java.io.IOException;
import java.nio.channels.SocketChannel;

/**
 * One authenticated client connection (the server's {@link dev.jmp.wire.HandshakeGate} ran
 * the handshake): the server's id and frame limit, then requests and replies until the client
 * goes away. Whatever goes wrong here ends this connection only. A frame that does not decode is
 * answered with a failure (the length prefix keeps the stream in step); a frame length that is
 * garbage or over the limit closes it, logged.
 *
 * <p>A reply that hands the caller something (a lock, a permit, items) asks for an
 * acknowledgement, which the client sends as soon as it read the reply; until it arrives the
 * effect is pending, and if the connection ends first it is undone. When the process a connection
 * belongs to goes, the server {@link #interruptCall interrupts} the call it runs: a call blocked
 * for a process that is gone ends at once, taking nothing.
 */
final class ServerConnection implements Runnable {

    private final ManagerServer server;
    private final FramedChannel channel;
    private final CallContext context;
    private volatile Thread thread;
    /** The object whose call this connection runs now, 0 (the manager) between calls. */
    private volatile long calling;
    private volatile boolean inCall;
    /** A call or the delivery of its reply is under way; guarded by {@code this}. */
    private boolean busy;

    ServerConnection(ManagerServer server, SocketChannel socket) {
        this.server = server;
        this.channel = new FramedChannel(socket, server.maxFrame());
        this.context = new CallContext(server.sharing(), server.objects());
    }

    @Override
    public void run() {
        thread = Thread.currentThread();
        if (!server.track(this)) {
            abandon();
            return;
        }
        try (channel) {
            channel.announce(server.serverId());
            serve();
        } catch (IOException e) {
            // the client left: this connection ends, nothing else does
        } catch (WireFormatException e) {
            if (context.process() != 0) { // a peer that proved the key and speaks the protocol: worth a word
                JmpLog.log(JmpLog.MANAGER, System.Logger.Level.WARNING, "[jmp] " + server.name() + " closed a connection of process "
                        + Long.toHexString(context.process()) + ": " + e.getMessage());
            }
        } finally {
            server.forget(this);
            if (context.anchor()) {
                server.processGone(context.process());
            }
        }
    }

    private void serve() throws IOException {
        while (true) {
            WireInput request = new WireInput(channel.receive(Frames.CALL));
            setBusy(true);
            try {
                deliver(call(request));
            } finally {
                calling = 0;
                setBusy(false);
            }
            if (context.shutdownRequested()) {
                server.shutdown();
                return;
            }
        }
    }

    private byte[] call(WireInput in) {
        WireOutput reply = Frames.reply(Frames.OK);
        context.reset();
        inCall = true;
        try {
            long objectId = in.readLong();
            int method = in.readInt();
            if (objectId == 0) {
                server.managerOps().call(method, in, reply, context);
            } else {
                calling = objectId;
                ServedObject object = server.objects().get(objectId);
                object.dispatcher().call(object.target(), method, in, reply, context);
            }
        } catch (Throwable t) {
            reply = failure(t);
        } finally {
            inCall = false;
        }
        byte[] frame = Frames.finish(reply);
        if (Frames.bodyLength(frame) > channel.maxFrame()) {
            frame = Frames.finish(failure(new IllegalStateException(Frames.tooLarge("the reply",
                    Frames.bodyLength(frame), channel.maxFrame()))));
        }
        return frame;
    }

    /** The reply of a call that failed; out of line, so that the code compiled for every call stays small. */
    private WireOutput failure(Throwable t) {
        context.failed();
        WireOutput failure = Frames.reply(Frames.FAILED);
        RemoteFailure.of(t).writeTo(failure);
        return failure;
    }

    /** Sends a reply; one that hands the caller something counts only once the caller acknowledged it. */
    private void deliver(byte[] reply) throws IOException {
        boolean acknowledge = context.awaitsAcknowledgement();
        if (acknowledge) {
            Frames.askAcknowledgement(reply);
        }
        boolean delivered = false;
        try {
            channel.send(reply);
            if (acknowledge) {
                Frames.expectAcknowledgement(channel.receive(Frames.ACKNOWLEDGEMENT));
            }
            delivered = true;
        } finally {
            if (delivered) {
                context.delivered();
            } else {
                context.replyLost();
            }
        }
    }

    /** The process this connection belongs to, 0 before it said. */
    long process() {
        return context.process();
    }

    boolean isAnchor() {
        return context.anchor();
    }

    /** Whether this connection is running a call on object {@code objectId} now. */
    boolean isCalling(long objectId) {
        return calling == objectId;
    }

    /**
     * Interrupts the call this connection runs, if any, because its process is gone: a call
     * blocked for it ends taking nothing. A reply waiting for its acknowledgement is left to get
     * it (the process may have sent it before it went) or the end of file.
     */
    void interruptCall() {
        Thread running = thread;
        if (inCall && running != null) {
            running.interrupt();
        }
    }

    /** Waits until this connection runs no call and no reply of it awaits its acknowledgement, or the deadline. */
    synchronized void awaitIdle(Deadline deadline) throws InterruptedException {
        while (busy && deadline.waitOn(this)) {
            // woken by setBusy(false), or the deadline came: look again
        }
    }

    private synchronized void setBusy(boolean now) {
        busy = now;
        if (!now) {
            notifyAll();
        }
    }

    /**
     * Ends this connection from another thread, as the server shuts down: a call blocked in it is
     * interrupted and takes nothing; a reply not yet acknowledged is undone.
     */
    void abandon() {
        try {
            channel.close();
        } catch (IOException e) {
            // already gone
        }
        Thread running = thread;
        if (running != null && running != Thread.currentThread()) {
            running.interrupt();
        }
    }
}
