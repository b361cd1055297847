package dev.jmp.manager.core;

import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How a process that receives a proxy finds the backend of its object: a handle
 * ({@link ProxyCore#writeHandle}) begins with its backend's id, and the backend registered under
 * that id reads the rest back into a core, adopting the reference its sender took for it.
 */
public final class HandleReaders {

    private static final Map<String, Function<WireInput, ProxyCore>> READERS = new ConcurrentHashMap<>();

    /** Null until the API sets it: no lambda to spin for a default that does nothing. */
    private static volatile Consumer<String> finder;

    private HandleReaders() {}

    /**
     * What to run when a handle names a backend not registered yet: it may register one (the
     * cluster's, found through {@code ServiceLoader}). The manager API sets it.
     */
    public static void whenUnknown(Consumer<String> find) {
        finder = find;
    }

    /** Registers the reader of the handles of backend {@code backendId}; idempotent. */
    public static void register(String backendId, Function<WireInput, ProxyCore> reader) {
        READERS.putIfAbsent(backendId, reader);
    }

    /**
     * Reads a handle into a core of its backend.
     *
     * @throws WireFormatException when no backend of its id is registered in this process
     */
    public static ProxyCore read(WireInput in) {
        String backendId = in.readString();
        Function<WireInput, ProxyCore> reader = READERS.get(backendId);
        if (reader == null) {
            Consumer<String> find = finder;
            if (find != null) {
                find.accept(backendId);
            }
            reader = READERS.get(backendId);
        }
        if (reader == null) {
            throw new WireFormatException("[jmp.manager.unknown-backend] a proxy's handle names the backend '"
                    + backendId + "', which this process does not have; put its module on the class path");
        }
        return reader.apply(in);
    }
}
