package dev.jmp.manager.server;

import dev.jmp.manager.wire.ValueCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * What a call on the server may need besides its arguments: the value codec, the calling
 * process, a way to undo its effect if the reply never reaches the caller, and a way to ask for
 * shutdown once it has replied. One per connection, reset before each call.
 *
 * <p>A call that registers an undo ({@link #onReplyLost}) took something for its caller: a lock,
 * a permit, items. Its reply then asks the caller to acknowledge it, and the undo runs unless the
 * acknowledgement arrives ({@link ServerConnection}): a reply written into the socket of a caller
 * that has gone is not a reply delivered, since over TCP that write succeeds.
 */
final class CallContext {

    private final ValueCodec codec;
    private final ObjectTable objects;
    private final List<Long> granted = new ArrayList<>();
    private long process;
    private boolean anchor;
    private Owner owner;
    private Runnable undo;
    private Runnable confirm;
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

    /** The thread, of the calling process, on whose behalf an owned method runs. */
    Owner owner() {
        if (owner == null) {
            throw new IllegalStateException("a method that is not owned asked for its caller's thread");
        }
        return owner;
    }

    void owner(Owner caller) {
        if (caller.process() != process) {
            throw new IllegalArgumentException("[jmp.manager.protocol] a call named another process as its owner");
        }
        owner = caller;
    }

    void hello(long token, boolean anchor) {
        if (process != 0) {
            throw new IllegalStateException("[jmp.manager.protocol] a connection named its process twice");
        }
        this.process = token;
        this.anchor = anchor;
    }

    /** Makes {@code object} one of the server's, for this call's reply to hand to the caller. */
    ServedObject newObject(ServedObject object, String typeId) {
        objects.identify(object, typeId);
        return object;
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

    /** Registers what to do once the caller acknowledged the reply, for a call that {@link #onReplyLost registered an undo}. */
    void onDelivered(Runnable action) {
        confirm = action;
    }

    /** Whether the reply must be acknowledged: the call took something its caller must be known to have. */
    boolean awaitsAcknowledgement() {
        return undo != null;
    }

    /** The caller acknowledged the reply: what the call took is its own. */
    void delivered() {
        Runnable action = confirm;
        forgetEffects();
        if (action != null) {
            action.run();
        }
    }

    /** The reply did not reach the caller: what it took is given back, and the references it handed out dropped. */
    void replyLost() {
        revokeGrants();
        Runnable action = undo;
        forgetEffects();
        if (action != null) {
            try {
                action.run();
            } catch (RuntimeException e) {
                // undoing is best effort: the state may have moved on since
            }
        }
    }

    /** The call failed: what it took is given back, and the references its reply would have handed out dropped. */
    void failed() {
        replyLost();
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
        forgetEffects();
        owner = null;
        shutdown = false;
    }

    private void forgetEffects() {
        granted.clear();
        undo = null;
        confirm = null;
    }
}
