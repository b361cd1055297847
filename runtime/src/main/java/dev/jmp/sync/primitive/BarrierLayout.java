package dev.jmp.sync.primitive;

/**
 * The words of a {@code Barrier} ({@link BarrierState}), which the barrier and the deadlock
 * detector ({@code dev.jmp.diagnostics}) both read by these indexes.
 */
public final class BarrierLayout {

    /** {@code generation << 1 | broken}: the word waiters watch and a blocked waiter records. */
    public static final int GENERATION = 0;
    /** Parties that arrived in the current round. */
    public static final int ARRIVED = 1;
    /** Bit {@code g % 64} set once round {@code g} completed. */
    public static final int COMPLETED = 2;
    public static final int PARTIES = 3;
    /** The default timeout of {@code await()} in nanoseconds, -1 for none. */
    public static final int DEFAULT_TIMEOUT = 4;

    /** Words of a barrier. */
    public static final int WORDS = 5;
    /** The bit of {@link #GENERATION} set while the round is broken. */
    public static final long BROKEN = 1;

    private BarrierLayout() {}
}
