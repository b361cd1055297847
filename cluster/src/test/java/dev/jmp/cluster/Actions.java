package dev.jmp.cluster;

import dev.jmp.ProcessTask;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A barrier's action for the cluster tests: it runs in this JVM, where the last party is. */
public class Actions {

    /** How many parties returned from the barrier's await, as each run of the action saw it. */
    static final List<Integer> SEEN = new CopyOnWriteArrayList<>();
    /** Raised by each party once its await returned. */
    static final AtomicInteger RELEASED = new AtomicInteger();

    /** Records how many parties were released when the action ran. */
    @ProcessTask
    public static void note() {
        SEEN.add(RELEASED.get());
    }
}
