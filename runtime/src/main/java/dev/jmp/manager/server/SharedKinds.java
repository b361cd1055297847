package dev.jmp.manager.server;

import dev.jmp.internal.SharedDispatcher;
import dev.jmp.internal.TaskNames;
import dev.jmp.internal.WireInput;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code @Shared} classes a server may create: those its owner registered, each served through
 * its generated dispatcher, loaded by name on first use, for the methods the owner exposed.
 */
final class SharedKinds {

    private final Set<String> registered;
    private final Map<String, List<String>> exposed;
    private final String manager;
    private final Map<String, SharedKind> loaded = new ConcurrentHashMap<>();

    /**
     * @param exposed the names of the methods that may be called, by class; a class not there exposes all
     * @param manager the manager's name, for messages
     */
    SharedKinds(List<String> registered, Map<String, List<String>> exposed, String manager) {
        this.registered = Set.copyOf(registered);
        this.exposed = Map.copyOf(exposed);
        this.manager = manager;
    }

    /** An instance of {@code typeId} made by the constructor the request names. */
    ServedObject create(String typeId, WireInput in) throws Throwable {
        if (typeId.indexOf('.') < 0) {
            throw new IllegalArgumentException("[jmp.manager.unknown-type] no built-in type " + typeId);
        }
        if (!registered.contains(typeId)) {
            throw new IllegalStateException("[jmp.manager.not-registered] " + typeId + " is not registered with"
                    + " this manager; call register(" + TaskNames.flatSimpleName(typeId) + ".class) before start()");
        }
        long signature = in.readLong();
        int constructor = in.readInt();
        SharedKind kind = loaded.computeIfAbsent(typeId, this::load);
        if (kind.dispatcher().signature() != signature) {
            throw new IllegalStateException("[jmp.manager.stale-class] the manager's " + typeId + " was compiled"
                    + " from another version of the class than the caller's; give both the same class path");
        }
        return new ServedObject(kind.dispatcher().construct(constructor, in), kind);
    }

    private SharedKind load(String typeId) {
        String name = TaskNames.dispatcherClass(typeId);
        try {
            Class<?> type = Class.forName(name, false, SharedKinds.class.getClassLoader());
            if (!SharedDispatcher.class.isAssignableFrom(type)) {
                throw new IllegalStateException(name + " is not a jmp dispatcher");
            }
            return new SharedKind(typeId, (SharedDispatcher) type.getConstructor().newInstance(), exposed.get(typeId),
                    manager);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("[jmp.manager.no-dispatcher] the manager cannot load " + name
                    + ", generated for the @Shared methods of " + typeId + "; compile " + typeId
                    + " with jmp-processor and put it on the manager's class path", e);
        }
    }
}
