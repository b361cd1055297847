package dev.jmp.pool;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Who works for a pool: the workers alive, those about to start, and the idle ones. Used only by
 * {@link WorkerTurnover}, under the {@link PoolState} lock, whose javadoc states the invariant
 * they keep ("Workers"). A pool starts all its workers at once, as Python's {@code Pool} does,
 * or, {@code onDemand}, one for each task no idle worker takes, up to its processes, as Python's
 * executor does.
 */
final class Staffing {

    private final int processes;
    private final boolean onDemand;
    /** Workers started and not yet reported exited. */
    final List<Worker> live = new ArrayList<>();
    /** Ready workers with room for a batch that found nothing to take; each is {@code parked}. */
    final ArrayDeque<Worker> idle = new ArrayDeque<>();
    /** Workers decided on and not yet in {@link #live}, nor given up. */
    private int reserved;
    /** Whether a worker's process was ever up. */
    private boolean started;

    Staffing(int processes, boolean onDemand) {
        this.processes = processes;
        this.onDemand = onDemand;
    }

    /** One more worker, if the pool may have one; whether it was reserved. */
    boolean reserve() {
        if (live.size() + reserved >= processes) {
            return false;
        }
        reserved++;
        return true;
    }

    /**
     * One more worker in place of one that leaves {@code live}, or is about to: a replacement, or
     * a retry of a failed start. A retiring worker counts in {@code live} until it has exited, so
     * the pool briefly has one worker more than its processes.
     */
    void reserveReplacement() {
        reserved++;
    }

    void unreserve() {
        reserved--;
    }

    /** A reserved worker is about to start. */
    void added(Worker w) {
        reserved--;
        live.add(w);
    }

    /** {@code w} is gone, or never ran. */
    void removed(Worker w) {
        live.remove(w);
        if (w.parked) {
            idle.remove(w);
            w.parked = false;
        }
    }

    /**
     * For an on-demand pool: the workers to start for {@code queuedTasks} no idle worker took, now
     * reserved; one per task, less those already starting, within the pool's processes.
     */
    int reserveFor(int queuedTasks) {
        if (!onDemand) {
            return 0;
        }
        int starting = reserved;
        for (Worker w : live) {
            if (!w.ready && !w.retiring) {
                starting++;
            }
        }
        int wanted = Math.min(queuedTasks - starting, processes - live.size() - reserved);
        if (wanted <= 0) {
            return 0;
        }
        reserved += wanted;
        return wanted;
    }

    /** Marks that a worker's process was up; whether this is the first time. */
    boolean markStarted() {
        boolean first = !started;
        started = true;
        return first;
    }

    boolean wasStarted() {
        return started;
    }

    /** Whether a worker is alive or about to start. */
    boolean anyToCome() {
        return live.size() + reserved > 0;
    }

    void park(Worker w) {
        if (!w.parked) {
            w.parked = true;
            idle.push(w);
        }
    }

    /** Forgets every idle worker. */
    void clearIdle() {
        for (Worker w : idle) {
            w.parked = false;
        }
        idle.clear();
    }
}
