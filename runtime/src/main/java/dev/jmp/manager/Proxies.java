package dev.jmp.manager;

import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.WireFormatException;
import dev.jmp.manager.client.LocalManager;
import dev.jmp.manager.core.ApiTypes;
import dev.jmp.manager.core.ArrayMethods;
import dev.jmp.manager.core.AsyncResultMethods;
import dev.jmp.manager.core.BarrierMethods;
import dev.jmp.manager.core.ConditionMethods;
import dev.jmp.manager.core.DictMethods;
import dev.jmp.manager.core.EventMethods;
import dev.jmp.manager.core.HandleReaders;
import dev.jmp.manager.core.JoinableQueueMethods;
import dev.jmp.manager.core.ListMethods;
import dev.jmp.manager.core.LockMethods;
import dev.jmp.manager.core.NamespaceMethods;
import dev.jmp.manager.core.PoolMethods;
import dev.jmp.manager.core.ProxyCore;
import dev.jmp.manager.core.QueueMethods;
import dev.jmp.manager.core.RLockMethods;
import dev.jmp.manager.core.SemaphoreMethods;
import dev.jmp.manager.core.SetMethods;
import dev.jmp.manager.core.ValueMethods;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Making, finding and passing on proxies: what every proxy class shares, and what the API gives
 * the backends ({@link ApiTypes}).
 */
final class Proxies {

    /** A blocking call that an interrupt may end. */
    interface Blocking {
        void run() throws InterruptedException;
    }

    private static final ApiTypes API = new ProxyApi();

    static {
        LocalManager.install(API);
        HandleReaders.whenUnknown(ProxyApi::findBackend);
    }

    /** The proxies being printed on each thread; a holder of its own, made by the first {@code toString()}. */
    private static final class Printing {
        static final ThreadLocal<Set<Object>> BY_THREAD = ThreadLocal.withInitial(HashSet::new);
    }

    private Proxies() {}

    /** What the API gives a backend. */
    static ApiTypes api() {
        return API;
    }

    /** Makes sure the backends have the API's types; called by the classes that make proxies. */
    static void installed() {
        // the static initializer did it
    }

    /** The proxy of the object a core names, of the class its type calls for; any other type id is a {@code @Shared} class's. */
    static BaseProxy proxyOf(ProxyCore core) {
        return switch (core.typeId()) {
            case DictMethods.TYPE_ID -> new DictProxy<>(core);
            case ListMethods.TYPE_ID -> new ListProxy<>(core);
            case SetMethods.TYPE_ID -> new SetProxy<>(core);
            case NamespaceMethods.TYPE_ID -> new NamespaceProxy(core);
            case ValueMethods.TYPE_ID -> new ValueProxy<>(core);
            case ArrayMethods.TYPE_ID -> new ArrayProxy<>(core);
            case QueueMethods.TYPE_ID -> new QueueProxy<>(core);
            case JoinableQueueMethods.TYPE_ID -> new JoinableQueueProxy<>(core);
            case LockMethods.TYPE_ID -> new LockProxy(core);
            case RLockMethods.TYPE_ID -> new RLockProxy(core);
            case SemaphoreMethods.TYPE_ID -> new SemaphoreProxy(core);
            case ConditionMethods.TYPE_ID -> new ConditionProxy(core);
            case EventMethods.TYPE_ID -> new EventProxy(core);
            case BarrierMethods.TYPE_ID -> new BarrierProxy(core);
            case PoolMethods.TYPE_ID -> new PoolProxy(core);
            case AsyncResultMethods.TYPE_ID -> new AsyncResultProxy<>(core);
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
        } else if (value instanceof SetProxy<?> p) {
            return p.core;
        } else if (value instanceof QueueProxy<?> p) {
            return p.core;
        } else if (value instanceof ArrayProxy<?> p) {
            return p.core;
        }
        return null;
    }

    /**
     * Lets a proxy class cross to tasks in other processes as its core's handle, which takes a
     * reference for the receiver ({@link ProxyCore#writeHandle}), read back by the backend it
     * names.
     */
    static <T extends BaseProxy> void shareable(Class<T> type) {
        SharedObjects.register(type, (proxy, out) -> coreOf(proxy).writeHandle(out), in -> {
            BaseProxy proxy = proxyOf(HandleReaders.read(in));
            if (!type.isInstance(proxy)) {
                throw new WireFormatException("a handle of a " + proxy.typeId() + " where a " + type.getName()
                        + " was expected");
            }
            return type.cast(proxy);
        });
    }

    /** A plain copy of a proxied collection, so comparing two proxies costs two calls. */
    static Object plain(Object collection) {
        if (collection instanceof DictProxy<?, ?> d) {
            return d.copy();
        } else if (collection instanceof SetProxy<?> s) {
            return s.copy();
        }
        return collection instanceof ListProxy<?> l ? l.copy() : collection instanceof ArrayProxy<?> a ? a.copy()
                : collection;
    }

    /** {@code text}, or {@code self} when it is already being printed on this thread (it contains itself). */
    static String printing(ProxyCore core, Supplier<String> text, String self) {
        Set<Object> open = Printing.BY_THREAD.get();
        Object key = core.identity();
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

    /** Whether two proxies refer to the same object. */
    static boolean sameObject(ProxyCore a, ProxyCore b) {
        return a.identity().equals(b.identity());
    }
}
