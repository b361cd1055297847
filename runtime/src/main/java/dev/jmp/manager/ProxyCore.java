package dev.jmp.manager;

import dev.jmp.internal.ProxyHandle;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Frames;
import dev.jmp.manager.wire.Op;
import dev.jmp.manager.wire.RemoteFailure;
import dev.jmp.manager.wire.ValueCodec;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;

/**
 * What every proxy is made of: the handle of its object and the link to that object's server.
 * A call is one request and one reply; a failure on the server is rethrown here, rebuilt as the
 * same exception type where that is safe ({@link Failures}).
 */
final class ProxyCore {

    static final ValueCodec CODEC = new ValueCodec(ClientSharing.INSTANCE);

    private final ProxyHandle handle;
    private final ManagerLink link;

    ProxyCore(ProxyHandle handle, ManagerLink link) {
        this.handle = handle;
        this.link = link;
    }

    static ProxyCore attach(ProxyHandle handle) {
        return new ProxyCore(handle, ManagerLink.of(handle));
    }

    ProxyHandle handle() {
        return handle;
    }

    ManagerLink link() {
        return link;
    }

    /** A request to {@code op} of this object; append the arguments, then {@link #invoke}. */
    WireOutput call(Op op) {
        return Frames.request(handle.objectId(), op.id());
    }

    /** A request to the method numbered {@code method} of a {@code @Shared} object. */
    WireOutput call(int method) {
        return Frames.request(handle.objectId(), method);
    }

    /**
     * Sends the request and returns the reply, positioned at the result. A pending interrupt of
     * the calling thread is kept for later and does not disturb the call.
     *
     * @param declared checked exceptions the method declares, which may be rethrown as such
     */
    WireInput invoke(WireOutput request, Class<?>... declared) {
        boolean interrupted = Thread.interrupted();
        try {
            return reply(link.roundTrip(Frames.finish(request)), declared);
        } catch (IOException e) {
            interrupted |= e instanceof ClosedByInterruptException;
            throw link.unavailable(describe(request), e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Like {@link #invoke}, for a call that blocks: an interrupt before or during it ends it. */
    WireInput invokeInterruptibly(WireOutput request, Class<?>... declared) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        try {
            return reply(link.roundTrip(Frames.finish(request)), declared);
        } catch (ClosedByInterruptException e) {
            Thread.interrupted();
            throw new InterruptedException("interrupted while waiting on " + link.name());
        } catch (IOException e) {
            throw link.unavailable(describe(request), e);
        }
    }

    private WireInput reply(byte[] body, Class<?>[] declared) {
        WireInput in = new WireInput(body);
        if (in.readByte() == Frames.OK) {
            return in;
        }
        throw Failures.sneaky(Failures.rebuild(RemoteFailure.read(in), declared, link.name()));
    }

    private String describe(WireOutput request) {
        return handle.objectId() == 0 ? "a call on the manager" : "a call on " + handle.typeId() + " #" + handle.objectId();
    }
}
