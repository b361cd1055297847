package dev.jmp.manager.server;

import dev.jmp.manager.wire.ValueCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * What a call on the server may need besides its arguments: the value codec, the calling
 * process, a way to undo its effect if the reply never reaches the caller, and a way to ask for
 * shutdown once it has replied. One per connection, reset before each call.
 */
final class CallContext {

    private final ValueCodec codec;
    private final ObjectTable objects;
    private final List<Long> granted = new ArrayList<>();
    private long process;
    private boolean anchor;
    private Runnable undo;
    private boolean shutdown;

    CallContext(ServerSharing sharing, ObjectTable objects) {
        this.codec = new ValueCodec(sharing.forCaller(this));
        this.objects = objects;
    }

    ValueCodec codec() {
        return codec;
    }

    /** The token of the process this connection belongs to, 0 before it said ({@code HELLO}). */
    long process() {
        return process;
    }

    /** Whether this connection is its process's anchor: the process is gone when it closes. */
    boolean anchor() {
        return anchor;
    }

    void hello(long token, boolean anchor) {
        if (process != 0) {
            throw new IllegalStateException("[jmp.manager.protocol] a connection named its process twice");
        }
        this.process = token;
        this.anchor = anchor;
    }

    /** Takes a reference for the caller to an object this call's reply hands it. */
    void grant(ServedObject object) {
        objects.grant(process, object);
        granted.add(object.id());
    }

    /**
     * Registers what undoes this call's effect should its reply be lost: a lock acquired for a
     * caller that is gone is released, an item taken from a queue is put back.
     */
    void onReplyLost(Runnable action) {
        undo = action;
    }

    void replyLost() {
        revokeGrants();
        Runnable action = undo;
        undo = null;
        if (action != null) {
            try {
                action.run();
            } catch (RuntimeException e) {
                // undoing is best effort: the state may have moved on since
            }
        }
    }

    /** The call failed: the references its reply would have handed out are dropped. */
    void failed() {
        revokeGrants();
        reset();
    }

    private void revokeGrants() {
        for (long id : granted) {
            objects.decref(process, id);
        }
        granted.clear();
    }

    void requestShutdown() {
        shutdown = true;
    }

    boolean shutdownRequested() {
        return shutdown;
    }

    void reset() {
        granted.clear();
        undo = null;
        shutdown = false;
    }
}
