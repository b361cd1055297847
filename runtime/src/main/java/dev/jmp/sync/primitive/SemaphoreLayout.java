package dev.jmp.sync.primitive;

/**
 * The words of a {@code Semaphore} (and {@code BoundedSemaphore}): its count, its constants and
 * the table of {@code PermitHolders}. The semaphore and the deadlock detector
 * ({@code dev.jmp.diagnostics}) both read them by these indexes.
 */
public final class SemaphoreLayout {

    /** Permits free now. The word a blocked waiter records in its wait table. */
    public static final int VALUE = 0;
    /** The initial number of permits; a bounded semaphore's bound. */
    public static final int INITIAL = 1;
    /** 1 for a {@code BoundedSemaphore}, else 0. */
    public static final int BOUNDED = 2;
    /** Permits given back so far because their holders died. */
    public static final int RECOVERED = 3;
    /** The first word of the permit holders' table: {@link #HOLDER_SLOTS} slots of {@link #SLOT_WORDS}. */
    public static final int HOLDERS = 4;

    /** How many holder threads are tracked at once. */
    public static final int HOLDER_SLOTS = 32;
    /** Words per holder slot: the holder's token, then how many permits it holds. */
    public static final int SLOT_WORDS = 2;
    /** Within a slot: the holder's token (0: free; {@link #RECLAIMING}: being taken back). */
    public static final int SLOT_TOKEN = 0;
    /** Within a slot: the holder's permits. */
    public static final int SLOT_COUNT = 1;
    /** The token of a slot being taken back from a dead holder: neither free nor anyone's. */
    public static final long RECLAIMING = -1;

    /** Words of a semaphore. */
    public static final int WORDS = HOLDERS + HOLDER_SLOTS * SLOT_WORDS;

    private SemaphoreLayout() {}
}
