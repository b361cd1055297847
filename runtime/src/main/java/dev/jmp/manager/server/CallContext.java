package dev.jmp.manager.server;

import dev.jmp.manager.wire.ValueCodec;

/**
 * What a call on the server may need besides its arguments: the value codec, a way to undo its
 * effect if the reply never reaches the caller, and a way to ask for shutdown once it has
 * replied. One per connection, reset before each call.
 */
final class CallContext {

    private final ValueCodec codec;
    private Runnable undo;
    private boolean shutdown;

    CallContext(ServerSharing sharing) {
        this.codec = new ValueCodec(sharing);
    }

    ValueCodec codec() {
        return codec;
    }

    /**
     * Registers what undoes this call's effect should its reply be lost: a lock acquired for a
     * caller that is gone is released, an item taken from a queue is put back.
     */
    void onReplyLost(Runnable action) {
        undo = action;
    }

    void replyLost() {
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

    void requestShutdown() {
        shutdown = true;
    }

    boolean shutdownRequested() {
        return shutdown;
    }

    void reset() {
        undo = null;
        shutdown = false;
    }
}
