package dev.jmp.manager.client;

import dev.jmp.internal.TaskCall;
import dev.jmp.launch.spares.SparePolicy;
import dev.jmp.manager.wire.Endpoint;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to start a manager's server JVM, as the manager API resolved it from its settings.
 *
 * @param name          the manager's name, {@code SyncManager-1}: its server JVM's process name too
 * @param address       where to listen, or null for a Unix domain socket in this process's private directory
 * @param authkey       the key clients must prove they know, or null for a new random one
 * @param registered    the {@code @Shared} classes clients may create, by binary name
 * @param exposed       the shared methods that may be called, by name, of the classes that do not expose all
 * @param maxFrameBytes the largest request or reply, in bytes
 * @param jvmOptions    the server JVM's options, heap included
 * @param spares        the spare JVMs the server may start from
 * @param initializer   what the server runs when it starts, before it listens; or null
 */
public record ServerStart(String name, Endpoint address, byte[] authkey, List<String> registered,
                          Map<String, List<String>> exposed, int maxFrameBytes,
                          List<String> jvmOptions, SparePolicy spares, TaskCall initializer) {

    public ServerStart {
        Objects.requireNonNull(name, "name");
        registered = List.copyOf(registered);
        exposed = Map.copyOf(exposed);
        jvmOptions = List.copyOf(jvmOptions);
        Objects.requireNonNull(spares, "spares");
    }
}
