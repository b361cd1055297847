package dev.jmp.cluster.objects;

/** Throws a checked exception a method declares through a call that does not: {@code ProxyCore.call}'s contract. */
final class Sneaky {

    private Sneaky() {}

    /** Throws {@code e}; declared to return, so that callers may write {@code throw raise(e)}. */
    static RuntimeException raise(Exception e) {
        throw Sneaky.<RuntimeException>cast(e);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Exception> E cast(Exception e) throws E {
        throw (E) e;
    }
}
