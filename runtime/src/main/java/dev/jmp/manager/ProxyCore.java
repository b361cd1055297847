package dev.jmp.manager;

import dev.jmp.internal.ProxyHandle;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Frames;
import dev.jmp.manager.wire.Op;
import dev.jmp.manager.wire.RemoteFailure;
import dev.jmp.manager.wire.ValueCodec;
import java.io.IOException;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.nio.channels.ClosedByInterruptException;
import java.util.ArrayList;
import java.util.List;

/**
 * What every proxy is made of: the handle of its object and the link to that object's server.
 * A call is one request and one reply; a failure on the server is rethrown here, rebuilt as the
 * same exception type where that is safe ({@link Failures}).
 *
 * <p>A core holds one reference to its object on the server, taken before the core exists (the
 * server takes it when it creates the object or hands out a handle; {@link #attach} and
 * {@link #received} take it). When the core becomes unreachable, a {@link Cleaner} hands the
 * release to the link, which sends it later from a thread of its own. Proxies of one object made
 * from one core (views, iterators) keep the core, and so the object, alive.
 */
final class ProxyCore {

    static final ValueCodec CODEC = new ValueCodec(ClientSharing.INSTANCE);

    private static final Cleaner CLEANER = Cleaner.create();

    /** The proxies written into requests of this thread not yet sent: kept reachable until the reply. */
    private static final ThreadLocal<List<ProxyCore>> PINNED = ThreadLocal.withInitial(ArrayList::new);

    private final ProxyHandle handle;
    private final ManagerLink link;

    private ProxyCore(ProxyHandle handle, ManagerLink link) {
        this.handle = handle;
        this.link = link;
    }

    /** The core of the manager itself, object 0, which is not counted. */
    static ProxyCore manager(ManagerLink link) {
        return new ProxyCore(link.handle(0, "manager"), link);
    }

    /** A core of an object this process already holds a reference to, which the core now owns. */
    static ProxyCore owning(ProxyHandle handle, ManagerLink link) {
        ProxyCore core = new ProxyCore(handle, link);
        CLEANER.register(core, new Release(link, handle.objectId()));
        return core;
    }

    /** A core of a handle that came without a reference: takes one (a call to its manager). */
    static ProxyCore attach(ProxyHandle handle) {
        ManagerLink link = ManagerLink.of(handle);
        link.counting(Op.INCREF, handle.objectId(), 0);
        return owning(handle, link);
    }

    /** A core of a handle another process sent, adopting the reference its sender took for it. */
    static ProxyCore received(ProxyHandle handle, long sender) {
        ManagerLink link = ManagerLink.of(handle);
        link.counting(Op.ADOPT, handle.objectId(), sender);
        return owning(handle, link);
    }

    /** The handle to send to another process, with a reference taken for the receiver. */
    ProxyHandle send() {
        link.counting(Op.SEND, handle.objectId(), 0);
        return handle;
    }

    /**
     * Keeps this core reachable until the calling thread's next call has its reply, so that a
     * proxy written into a request is not released on the server before the request arrives.
     */
    void pin() {
        PINNED.get().add(this);
    }

    /** What the cleaner runs: refers to the link and the id only, never to the core. */
    private record Release(ManagerLink link, long objectId) implements Runnable {
        @Override
        public void run() {
            link.release(objectId);
        }
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
        List<ProxyCore> pinned = unpin();
        try {
            return reply(link.roundTrip(Frames.finish(request)), declared);
        } catch (IOException e) {
            interrupted |= e instanceof ClosedByInterruptException;
            throw link.unavailable(describe(request), e);
        } finally {
            Reference.reachabilityFence(this);
            Reference.reachabilityFence(pinned);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static List<ProxyCore> unpin() {
        List<ProxyCore> pinned = PINNED.get();
        if (pinned.isEmpty()) {
            return List.of();
        }
        PINNED.remove();
        return pinned;
    }

    /** Like {@link #invoke}, for a call that blocks: an interrupt before or during it ends it. */
    WireInput invokeInterruptibly(WireOutput request, Class<?>... declared) throws InterruptedException {
        List<ProxyCore> pinned = unpin();
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
        } finally {
            Reference.reachabilityFence(this);
            Reference.reachabilityFence(pinned);
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
