package dev.jmp.manager;

import dev.jmp.internal.ProxyHandle;
import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.KeyRing;
import dev.jmp.manager.wire.Op;
import dev.jmp.manager.wire.TypeIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Making, finding and passing on proxies: what every proxy class shares. */
final class Proxies {

    /** A blocking call that an interrupt may end. */
    interface Blocking {
        void run() throws InterruptedException;
    }

    private static final ThreadLocal<Set<ProxyHandle>> PRINTING = ThreadLocal.withInitial(HashSet::new);

    private Proxies() {}

    /** Creates an object of a built-in kind or {@code @Shared} class on the server of {@code link}. */
    static ProxyCore create(ManagerLink link, String typeId, Consumer<WireOutput> arguments) {
        ProxyCore manager = ProxyCore.manager(link);
        WireOutput out = manager.call(Op.CREATE);
        out.writeString(typeId);
        arguments.accept(out);
        long id = manager.invoke(out).readLong();
        return ProxyCore.owning(link.handle(id, typeId), link); // the server counted it for this process
    }

    /** The proxy of the object a core names, of the class its type calls for. */
    static BaseProxy proxyOf(ProxyCore core) {
        return switch (core.handle().typeId()) {
            case TypeIds.DICT -> new DictProxy<>(core);
            case TypeIds.LIST -> new ListProxy<>(core);
            case TypeIds.NAMESPACE -> new NamespaceProxy(core);
            case TypeIds.VALUE -> new ValueProxy<>(core);
            case TypeIds.ARRAY -> new ArrayProxy<>(core);
            case TypeIds.QUEUE -> new QueueProxy<>(core);
            case TypeIds.JOINABLE_QUEUE -> new JoinableQueueProxy<>(core);
            case TypeIds.LOCK -> new LockProxy(core);
            case TypeIds.RLOCK -> new RLockProxy(core);
            case TypeIds.SEMAPHORE -> new SemaphoreProxy(core);
            case TypeIds.CONDITION -> new ConditionProxy(core);
            case TypeIds.EVENT -> new EventProxy(core);
            case TypeIds.BARRIER -> new BarrierProxy(core);
            default -> SharedProxy.attach(core);
        };
    }

    /** The core of a proxy, or null when {@code value} is not one. */
    static ProxyCore coreOf(Object value) {
        if (value instanceof AbstractProxy p) {
            return p.core;
        } else if (value instanceof DictProxy<?, ?> p) {
            return p.core;
        } else if (value instanceof ListProxy<?> p) {
            return p.core;
        } else if (value instanceof QueueProxy<?> p) {
            return p.core;
        } else if (value instanceof ArrayProxy<?> p) {
            return p.core;
        }
        return null;
    }

    /**
     * Lets a proxy class cross to tasks in other processes as its handle, with a key file the
     * receiver can read while this process runs, and this process's token: writing it takes a
     * reference for the receiver, which the receiver adopts when it reads the handle. The object
     * so stays on the server while the handle is in flight, even if every proxy of it here is
     * collected meanwhile; a handle never read keeps it until this process goes.
     */
    static <T extends BaseProxy> void shareable(Class<T> type) {
        SharedObjects.register(type, (proxy, out) -> {
            portable(coreOf(proxy).send()).write(out);
            out.writeLong(Owners.process());
        }, in -> {
            ProxyHandle handle = ProxyHandle.read(in);
            BaseProxy proxy = proxyOf(ProxyCore.received(handle, in.readLong()));
            if (!type.isInstance(proxy)) {
                throw new WireFormatException("a handle of a " + proxy.typeId() + " where a " + type.getName()
                        + " was expected");
            }
            return type.cast(proxy);
        });
    }

    private static ProxyHandle portable(ProxyHandle handle) {
        String file = handle.keyFile();
        return !file.isEmpty() && Files.exists(Path.of(file)) ? handle : handle.withKeyFile(KeyRing.fileFor(handle.keyId()));
    }

    /** A plain copy of a proxied map or list, so comparing two proxies costs two calls. */
    static Object plain(Object collection) {
        if (collection instanceof DictProxy<?, ?> d) {
            return d.copy();
        }
        return collection instanceof ListProxy<?> l ? l.copy() : collection instanceof ArrayProxy<?> a ? a.copy()
                : collection;
    }

    /** {@code text}, or {@code self} when it is already being printed on this thread (it contains itself). */
    static String printing(ProxyCore core, Supplier<String> text, String self) {
        Set<ProxyHandle> open = PRINTING.get();
        ProxyHandle key = core.handle().withKeyFile("");
        if (!open.add(key)) {
            return self;
        }
        try {
            return text.get();
        } finally {
            open.remove(key);
        }
    }

    /** Runs a blocking call to completion, retrying when interrupted, and restores the interrupt. */
    static void uninterruptibly(Blocking call) {
        boolean interrupted = false;
        while (true) {
            try {
                call.run();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the server released whatever it had acquired for the lost reply
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A condition of the manager holding {@code lock}, bound to it. */
    static ConditionProxy newCondition(ProxyCore lockCore, BaseProxy lock) {
        return new ConditionProxy(create(lockCore.link(), TypeIds.CONDITION, out -> ProxyCore.CODEC.write(out, lock)));
    }
}
