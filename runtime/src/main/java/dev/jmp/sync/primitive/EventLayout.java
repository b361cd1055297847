package dev.jmp.sync.primitive;

/** The word of an {@code Event} ({@link EventWord}). */
public final class EventLayout {

    /** {@code sets << 1 | flag}: the flag, and a count of {@code set()} calls so no set is missed. */
    public static final int STATE = 0;
    /** The bit of {@link #STATE} that is the flag. */
    public static final long FLAG = 1;

    /** Words of an event. */
    public static final int WORDS = 1;

    private EventLayout() {}
}
