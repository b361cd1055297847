package dev.jmp.backend;

import dev.jmp.spi.BackendProvider;

/**
 * Which backend runs a context's pools and processes: for now always the built-in one, child JVMs
 * on this machine.
 */
public final class Backends {

    private Backends() {}

    /** Local child JVMs. */
    public static BackendProvider local() {
        return LocalBackend.INSTANCE;
    }
}
