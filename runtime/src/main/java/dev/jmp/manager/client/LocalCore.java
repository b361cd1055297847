package dev.jmp.manager.client;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.core.ManagerBackend;
import dev.jmp.manager.core.Method;
import dev.jmp.manager.core.ProxyCore;
import dev.jmp.manager.wire.Frames;
import dev.jmp.manager.wire.KeyRing;
import dev.jmp.manager.wire.ManagerCalls;
import dev.jmp.manager.wire.ProxyHandle;
import dev.jmp.wire.RemoteFailure;
import dev.jmp.manager.wire.Shapes;
import dev.jmp.manager.wire.ValueCodec;
import java.io.IOException;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The local backend's core: the handle of an object of a manager server and the link to that
 * server. A call is one request and one reply; a failure on the server is rethrown here, rebuilt
 * as the same exception type where that is safe ({@link Failures}).
 *
 * <p>A core holds one reference to its object on the server, taken before the core exists (the
 * server takes it when it creates the object or hands out a handle; {@link #attach} and
 * {@link #received} take it). When the core becomes unreachable, a {@link Cleaner} hands the
 * release to the link, which sends it later from a thread of its own. Proxies of one object made
 * from one core (views, iterators) keep the core, and so the object, alive.
 */
final class LocalCore implements ProxyCore {

    static final ValueCodec CODEC = new ValueCodec(ClientSharing.INSTANCE);

    /** The backend id its handles begin with ({@link dev.jmp.manager.core.HandleReaders}). */
    static final String BACKEND = "local";

    private static final Cleaner CLEANER = Cleaner.create();
    private static final Class<?>[] NONE = new Class<?>[0];

    /**
     * The proxies written into requests of this thread not yet sent: kept reachable until the
     * reply. A holder of its own, made when a first proxy is pinned: most processes never pin one.
     */
    private static final class Pinned {
        static final ThreadLocal<List<LocalCore>> BY_THREAD = ThreadLocal.withInitial(ArrayList::new);
    }
    /**
     * Whether any thread ever pinned a proxy: until one does, a call skips the thread-local
     * lookup. A thread that pinned one reads its own write, so it never skips its own pins.
     */
    private static volatile boolean pinning;

    /** What names an object: its server and its id there. */
    private record Identity(String address, long serverId, long objectId) {}

    private final ProxyHandle handle;
    private final ManagerLink link;

    private LocalCore(ProxyHandle handle, ManagerLink link) {
        this.handle = handle;
        this.link = link;
    }

    /** The core of the manager itself, object 0, which is not counted. */
    static LocalCore manager(ManagerLink link) {
        return new LocalCore(link.handle(0, "manager"), link);
    }

    /** A core of an object this process already holds a reference to, which the core now owns. */
    static LocalCore owning(ProxyHandle handle, ManagerLink link) {
        LocalCore core = new LocalCore(handle, link);
        CLEANER.register(core, new Release(link, handle.objectId()));
        return core;
    }

    /** A core of a handle that came without a reference: takes one (a call to its manager). */
    static LocalCore attach(ProxyHandle handle) {
        ManagerLink link = ManagerLink.of(handle);
        link.counting(ManagerCalls.INCREF, handle.objectId(), 0);
        return owning(handle, link);
    }

    /**
     * A core of a handle another process sent ({@link #writeHandle}, after the backend id),
     * adopting the reference its sender took for it.
     */
    static LocalCore received(WireInput in) {
        ProxyHandle handle = ProxyHandle.read(in);
        long sender = in.readLong();
        ManagerLink link = ManagerLink.of(handle);
        link.counting(ManagerCalls.ADOPT, handle.objectId(), sender);
        return owning(handle, link);
    }

    /**
     * Writes the handle with a key file the receiver can read while this process runs, and this
     * process's token: a reference is taken for the receiver, which it adopts when it reads the
     * handle. The object so stays on the server while the handle is in flight, even if every
     * proxy of it here is collected meanwhile; a handle never read keeps it until this process goes.
     */
    @Override
    public void writeHandle(WireOutput out) {
        link.counting(ManagerCalls.SEND, handle.objectId(), 0);
        String file = handle.keyFile();
        ProxyHandle portable = !file.isEmpty() && Files.exists(Path.of(file)) ? handle
                : handle.withKeyFile(KeyRing.fileFor(handle.keyId()));
        out.writeString(BACKEND);
        portable.write(out);
        out.writeLong(Owners.process());
    }

    /**
     * Keeps this core reachable until the calling thread's next call has its reply, so that a
     * proxy written into a request is not released on the server before the request arrives.
     */
    void pin() {
        pinning = true;
        Pinned.BY_THREAD.get().add(this);
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

    @Override
    public String typeId() {
        return handle.typeId();
    }

    @Override
    public String address() {
        return handle.address();
    }

    @Override
    public Object identity() {
        return new Identity(handle.address(), handle.serverId(), handle.objectId());
    }

    @Override
    public String describe() {
        return handle.typeId() + " #" + handle.objectId() + " of " + link.name();
    }

    @Override
    public ManagerBackend manager() {
        return LocalManager.beside(link);
    }

    @Override
    public <R> R call(Method<R> method, Object... arguments) {
        return result(method, invoke(request(method, arguments), declared(method)));
    }

    @Override
    public <R> R callInterruptibly(Method<R> method, Object... arguments) throws InterruptedException {
        return result(method, invokeInterruptibly(request(method, arguments), declared(method)));
    }

    private WireOutput request(Method<?> method, Object[] arguments) {
        WireOutput out = Frames.request(handle.objectId(), method.number());
        if (method.isOwned()) {
            Owners.writeCurrent(out);
        }
        Shapes.writeArguments(method, out, arguments, CODEC);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <R> R result(Method<R> method, WireInput in) {
        R result = (R) Shapes.read(method.result(), in, CODEC);
        in.expectEnd();
        return result;
    }

    private static Class<?>[] declared(Method<?> method) {
        return method.declared().isEmpty() ? NONE : method.declared().toArray(Class<?>[]::new);
    }

    @Override
    public WireOutput newCall(int method) {
        return Frames.request(handle.objectId(), method);
    }

    /**
     * Sends the request and returns the reply, positioned at the result. A pending interrupt of
     * the calling thread is kept for later and does not disturb the call.
     *
     * @param declared checked exceptions the method declares, which may be rethrown as such
     */
    @Override
    public WireInput invoke(WireOutput request, Class<?>... declared) {
        boolean interrupted = Thread.interrupted();
        List<LocalCore> pinned = unpin();
        try {
            return reply(link.roundTrip(Frames.finish(request)), declared);
        } catch (IOException e) {
            interrupted |= e instanceof ClosedByInterruptException;
            throw link.unavailable(describeCall(), e);
        } finally {
            Reference.reachabilityFence(this);
            Reference.reachabilityFence(pinned);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static List<LocalCore> unpin() {
        if (!pinning) {
            return List.of();
        }
        List<LocalCore> pinned = Pinned.BY_THREAD.get();
        if (pinned.isEmpty()) {
            return List.of();
        }
        Pinned.BY_THREAD.remove();
        return pinned;
    }

    /** Like {@link #invoke}, for a call that blocks: an interrupt before or during it ends it. */
    WireInput invokeInterruptibly(WireOutput request, Class<?>... declared) throws InterruptedException {
        List<LocalCore> pinned = unpin();
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        try {
            return reply(link.roundTrip(Frames.finish(request)), declared);
        } catch (ClosedByInterruptException e) {
            Thread.interrupted();
            throw new InterruptedException("interrupted while waiting on " + link.name());
        } catch (IOException e) {
            throw link.unavailable(describeCall(), e);
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
        throw Failures.sneaky(Failures.rebuild(RemoteFailure.readFrom(in), declared, link.name()));
    }

    private String describeCall() {
        return handle.objectId() == 0 ? "a call on the manager" : "a call on " + handle.typeId() + " #" + handle.objectId();
    }
}
