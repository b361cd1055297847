package dev.jmp.manager.server;

import dev.jmp.internal.SharedDispatcher;
import dev.jmp.internal.TaskNames;
import dev.jmp.internal.WireInput;
import dev.jmp.manager.wire.TypeIds;
import dev.jmp.manager.wire.ValueCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates the object a {@code CREATE} request asks for: a built-in kind from its initial
 * arguments, or an instance of a registered {@code @Shared} class through its generated
 * dispatcher, which is loaded by name the first time.
 */
final class Kinds {

    private final Set<String> registered;
    private final Lockables locks;
    private final Map<String, SharedDispatcher> dispatchers = new ConcurrentHashMap<>();

    Kinds(List<String> registered, Lockables locks) {
        this.registered = Set.copyOf(registered);
        this.locks = locks;
    }

    ServedObject create(String typeId, WireInput in, ValueCodec codec) throws Throwable {
        if (!TypeIds.isBuiltIn(typeId)) {
            return createShared(typeId, in);
        }
        ServedObject object = switch (typeId) {
            case TypeIds.DICT -> new ServedDict(map(codec.read(in)));
            case TypeIds.LIST -> new ServedList(list(codec.read(in)));
            case TypeIds.NAMESPACE -> new ServedNamespace(map(codec.read(in)));
            case TypeIds.VALUE -> new ServedValue(codec.read(in));
            case TypeIds.ARRAY -> new ServedArray(list(codec.read(in)));
            case TypeIds.QUEUE, TypeIds.JOINABLE_QUEUE -> new ServedQueue(in.readInt());
            case TypeIds.LOCK -> lockable(new ServedLock());
            case TypeIds.RLOCK -> lockable(new ServedRLock());
            case TypeIds.SEMAPHORE -> new ServedSemaphore(in.readInt(), in.readBoolean());
            case TypeIds.CONDITION -> new ServedCondition(conditionLock(codec.read(in)));
            case TypeIds.EVENT -> new ServedEvent();
            case TypeIds.BARRIER -> new ServedBarrier(in.readInt(), in.readLong());
            default -> throw new IllegalArgumentException("[jmp.manager.unknown-type] no built-in type " + typeId);
        };
        in.expectEnd();
        return object;
    }

    private ServedObject createShared(String typeId, WireInput in) throws Throwable {
        if (!registered.contains(typeId)) {
            throw new IllegalStateException("[jmp.manager.not-registered] " + typeId + " is not registered with"
                    + " this manager; call register(" + TaskNames.flatSimpleName(typeId) + ".class) before start()");
        }
        long signature = in.readLong();
        int constructor = in.readInt();
        SharedDispatcher dispatcher = dispatchers.computeIfAbsent(typeId, Kinds::load);
        if (dispatcher.signature() != signature) {
            throw new IllegalStateException("[jmp.manager.stale-class] the manager's " + typeId + " was compiled"
                    + " from another version of the class than the caller's; give both the same class path");
        }
        return new ServedShared(dispatcher.construct(constructor, in), dispatcher);
    }

    private static SharedDispatcher load(String typeId) {
        String name = TaskNames.dispatcherClass(typeId);
        try {
            Class<?> type = Class.forName(name, false, Kinds.class.getClassLoader());
            if (!SharedDispatcher.class.isAssignableFrom(type)) {
                throw new IllegalStateException(name + " is not a jmp dispatcher");
            }
            return (SharedDispatcher) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("[jmp.manager.no-dispatcher] the manager cannot load " + name
                    + ", generated for the @Shared methods of " + typeId + "; compile " + typeId
                    + " with jmp-processor and put it on the manager's class path", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> map(Object value) {
        return value == null ? new LinkedHashMap<>() : new LinkedHashMap<>((Map<Object, Object>) value);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? new ArrayList<>() : new ArrayList<>((List<Object>) value);
    }

    private <L extends ServedLockable> L lockable(L lock) {
        locks.add(lock);
        return lock;
    }

    private ServedLockable conditionLock(Object lock) {
        if (lock == null) {
            return lockable(new ServedRLock());
        }
        if (lock instanceof ServedLockable lockable) {
            return lockable;
        }
        throw new IllegalArgumentException("[jmp.manager.condition-lock] the lock of a condition must be a Lock or"
                + " RLock of the same manager");
    }
}
