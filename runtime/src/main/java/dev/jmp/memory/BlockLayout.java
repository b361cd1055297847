package dev.jmp.memory;

import dev.jmp.base.MappedFile;

/**
 * Word indexes of a block file's header ({@link BlockFile}), read by every process that uses the
 * block and by the sweep. The header is one page, so the block's bytes start page aligned.
 */
final class BlockLayout {

    static final int HEADER_BYTES = 4096;
    /** The block's size in bytes, as created. */
    static final int DATA_SIZE = MappedFile.FIRST_FIELD / Long.BYTES;
    static final int CREATOR_PID = DATA_SIZE + 1;
    static final int CREATOR_TICKS = DATA_SIZE + 2;
    /** The first word of the user table, on a cache line of its own. */
    private static final int FIRST_SLOT = 8;
    /** How many processes can be recorded as users at one time. */
    static final int SLOTS = (HEADER_BYTES / Long.BYTES - FIRST_SLOT) / 2;

    private BlockLayout() {}

    static int pidOf(int slot) {
        return FIRST_SLOT + 2 * slot;
    }

    static int ticksOf(int slot) {
        return FIRST_SLOT + 2 * slot + 1;
    }
}
