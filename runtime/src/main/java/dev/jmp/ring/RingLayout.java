package dev.jmp.ring;

/**
 * The control words of a {@link RecordQueue}, in {@link dev.jmp.memory.SharedWords}: the one
 * description of them. Producer-written words, consumer-written words and constants sit on
 * separate 64-byte lines, so a producer and a consumer in different processes do not fight over
 * one cache line.
 *
 * <p>Each position is a byte count since the queue was created and only grows; a record is
 * published by the single volatile store that moves {@link #TAIL} or {@link #OVERFLOW_TAIL} past
 * it, and consumed by the store that moves {@link #HEAD} or {@link #OVERFLOW_HEAD} past it.
 */
final class RingLayout {

    /** Ring bytes written (published records end here). */
    static final int TAIL = 0;
    /** Overflow-stream bytes written. */
    static final int OVERFLOW_TAIL = 1;
    /** Records published, for the approximate size and the bound. */
    static final int PUTS = 2;
    /**
     * The overflow chunk {@link #OVERFLOW_TAIL} is in (0: none yet), or an earlier one when a
     * producer died between moving the tail into a new chunk and recording that here.
     */
    static final int TAIL_CHUNK = 3;

    static final int HEAD = 8;
    static final int OVERFLOW_HEAD = 9;
    static final int GETS = 10;
    /**
     * The overflow chunk {@link #OVERFLOW_HEAD} is in, or the one before when a consumer died
     * between moving the head and recording that here. Set before the chunk before it is
     * removed: no chunk from this one on has been removed.
     */
    static final int HEAD_CHUNK = 11;

    static final int RING_BYTES = 16;
    /** The bound on the number of records; 0 for none. */
    static final int MAX_RECORDS = 17;
    static final int CREATOR_PID = 18;
    static final int CREATOR_START = 19;
    static final int QUEUE_ID = 20;
    /**
     * 1 once the queue is shut down (Python's {@code Queue.shutdown}), else 0. Written once, under
     * the producers' lock, so no record is published after it; on the constants' line, since it
     * is read by every put and get and written at most once.
     */
    static final int SHUT_DOWN = 21;

    static final int COUNT = 24;

    private RingLayout() {}
}
