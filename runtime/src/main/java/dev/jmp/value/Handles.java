package dev.jmp.value;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * How shared objects cross in {@link Tagged} values: as handles, written and resolved by the side
 * that knows them (a manager's client and server), never copied.
 */
public interface Handles {

    /**
     * Writes {@code value} as a handle, its tag ({@link dev.jmp.internal.Kind#SHARED} or
     * {@link dev.jmp.internal.Kind#COUNTED_SHARED}) first, and returns true; false, writing
     * nothing, for a plain value. Never asked about a string, a box or a primitive array, which
     * cannot be shared objects.
     */
    boolean write(WireOutput out, Object value);

    /** What the handle next in {@code in} becomes on this side; {@code counted} after the counted tag. */
    Object read(WireInput in, boolean counted);
}
