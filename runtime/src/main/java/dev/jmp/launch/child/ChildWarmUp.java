package dev.jmp.launch.child;

import dev.jmp.base.MachineRoom;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The JIT warm-up of a warm spare: while it waits to be claimed, it runs jmp's {@link HotPaths}
 * in rounds of growing size, {@value #OPERATIONS} times in all, so that the task it is given finds
 * jmp's own code compiled. It runs on a thread of its own, {@code jmp-warm-up}, started before
 * the spare says hello: started after it, the thread's start (some 0.7 ms of CPU, and its classes)
 * fell in the claim of a sibling spare, beside the claimed child. A spare counts as ready as soon
 * as it has booted, and one claimed at once runs its task as a cold child would. The claim stops
 * the warm-up between two operations and, when a round is running, waits for its thread to end,
 * so a task never runs beside it. A warm-up that is only waiting (its first pause, a look for
 * room) is neither waited for nor woken: it does nothing more once stopped, and ends when its
 * pause or look does. A claim measured 1–7 ms in stopping a thread that only slept when it waited
 * for it, and a woken thread's end took ~0.8 ms of the claimed child's CPU beside the task's
 * start (a no-op's whole run, back to back with the replacement's boot). The thread first waits
 * {@value #FIRST_PAUSE_MILLIS} ms and only then looks at the machine: a
 * spare claimed soon after its boot (back-to-back starts, each claiming the spare booted behind
 * the last) pays nothing but the thread, where it was measured to pay some 100 ms for a warm-up it
 * never got to run. The paths' objects are made by the first round: a claim landing at the end of
 * the pause, which waits for what the thread does then, was measured to wait 20–30 ms for them
 * on a busy machine, whose spares never run a round. What runs before the hello spins no lambda
 * and initializes no {@code Duration} (and with it {@code BigInteger}): in a spare's boot each is
 * CPU its replacement's claimer waits for.
 *
 * <p>It is background work, so by default a round starts only when the machine has room for it
 * ({@link MachineRoom}): on a busy machine a spare stays cold rather than take the CPU from the
 * program it is a spare for. {@value ChildMain#WARM_UP_PROPERTY} on the child's command line says
 * {@code false} (no warm-up) or {@code always} (whatever the machine's load); the parent sets it.
 *
 * <p>Pool workers do not warm up: they warm up on their own work, and an idle worker that ran
 * these paths was measured to hold some 9 MB more and to slow its busy neighbours down, for no
 * measured gain on a map.
 */
final class ChildWarmUp {

    /** How many times each path runs in all: enough for the JIT's highest tier. */
    static final int OPERATIONS = 12_000;
    static final int FIRST_ROUND = 64;
    static final int LARGEST_ROUND = 2_048;
    /** How long the machine is watched before a round, to see whether it has room, in milliseconds. */
    static final long ROOM_WINDOW_MILLIS = 100;
    /** How long a spare waits after its boot before it prepares its warm-up, in milliseconds. */
    static final long FIRST_PAUSE_MILLIS = 500;
    /** How long a claim waits for the warm-up's thread, which stops between two operations. */
    private static final long STOP_MILLIS = 1_000;

    /** How many times this JVM ran the paths; for tests, which read it in the child. */
    private static volatile int operations;
    private static volatile boolean finished;
    /** How many warm-ups of this JVM are running a round or reading the machine a first time; for tests. */
    private static final AtomicInteger WORKING = new AtomicInteger();

    /** When the warm-up runs, as the child's command line says. */
    enum Mode {
        /** When the machine has room (the default). */
        WHEN_IDLE,
        /** Whatever the machine's load. */
        ALWAYS,
        /** Never. */
        OFF;

        static Mode of(String property) {
            String value = property == null ? "" : property.strip().toLowerCase(Locale.ROOT);
            return switch (value) {
                case "false" -> OFF;
                case "always" -> ALWAYS;
                default -> WHEN_IDLE;
            };
        }
    }

    private final Path directory;
    private final Mode mode;
    private final long firstPauseMillis;
    /** Made by the warm-up's thread, at its first round, unless given. */
    private HotPaths paths;
    /** Made by the warm-up's thread, after its first pause, unless given. */
    private BooleanSupplier room;
    private final Thread thread;
    private volatile boolean stopped;
    /** Guards {@link #working}: a stop waits for the thread only while it works. */
    private final Object lock = new Object();
    private boolean working;

    /** A warm-up of {@code paths} with {@code room}, at once when its thread starts; for tests. */
    ChildWarmUp(HotPaths paths, BooleanSupplier room) {
        this(null, Mode.ALWAYS, 0);
        this.paths = paths;
        this.room = room;
    }

    /** A warm-up whose thread makes its paths in {@code directory}, with {@code room}, at once when it starts; for tests. */
    ChildWarmUp(Path directory, BooleanSupplier room) {
        this(directory, Mode.ALWAYS, 0);
        this.room = room;
    }

    private ChildWarmUp(Path directory, Mode mode, long firstPauseMillis) {
        this.directory = directory;
        this.mode = mode;
        this.firstPauseMillis = firstPauseMillis;
        this.thread = new Thread("jmp-warm-up") {
            @Override
            public void run() {
                warmUp();
            }
        };
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    /**
     * Starts the warm-up of a spare whose objects go in {@code privateDirectory}, as the command
     * line's mode says; null when it is off. Only starts the thread: the rest is the thread's.
     */
    static ChildWarmUp start(Path privateDirectory) {
        Mode mode = Mode.of(System.getProperty(ChildMain.WARM_UP_PROPERTY));
        if (mode == Mode.OFF) {
            return null;
        }
        ChildWarmUp warmUp = new ChildWarmUp(privateDirectory, mode, FIRST_PAUSE_MILLIS);
        warmUp.thread.start();
        return warmUp;
    }

    /**
     * The room the mode asks for: the machine's when idle, always there otherwise or where it
     * cannot be read. A look at the machine that ends after a stop says no, without reading it.
     */
    private BooleanSupplier room(Mode mode) {
        MachineRoom machine = mode == Mode.WHEN_IDLE ? MachineRoom.of(ROOM_WINDOW_MILLIS) : null;
        if (machine == null) {
            return () -> true;
        }
        return () -> {
            try {
                return machine.hasRoom(() -> stopped);
            } catch (InterruptedException e) {
                return false;
            }
        };
    }

    /**
     * Stops the warm-up between two operations, waiting for its thread to end if it was running a
     * round; returns whether nothing of the warm-up runs any more but, perhaps, its thread's return.
     */
    boolean stop() {
        boolean wait;
        synchronized (lock) {
            stopped = true;
            wait = working;
        }
        if (!wait) {
            // Not woken either: it finds itself stopped when its pause or look ends, and does
            // nothing more. Woken, its end took the claimed child's CPU beside the task's start.
            return true;
        }
        try {
            thread.join(STOP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    /** Whether the warm-up has made the objects of its paths; for tests. */
    boolean madePaths() {
        return paths != null;
    }

    /** Whether the warm-up's thread is still alive; for tests. */
    boolean isRunning() {
        return thread.isAlive();
    }

    /** Starts the thread; for tests, which make their warm-up with a room of their own. */
    void startThread() {
        thread.start();
    }

    private void warmUp() {
        if (!pause()) {
            return;
        }
        if (room == null) {
            // The paths' objects wait for the first round, which a busy machine never lets run:
            // a claim that lands here waits for one read of the machine's counters, not for them.
            if (!beginWork()) {
                return;
            }
            try {
                room = room(mode);
            } catch (RuntimeException | Error e) {
                return; // a warm-up never fails a child
            } finally {
                endWork();
            }
        }
        for (int size = FIRST_ROUND; !finished && !stopped; size = next(size)) {
            while (!room.getAsBoolean()) {
                if (stopped) {
                    return;
                }
            }
            if (!beginWork()) {
                return;
            }
            try {
                if (!round(size)) {
                    return;
                }
            } finally {
                endWork();
            }
        }
    }

    /** Marks work a stop waits for (a round, or the first read of the machine); false if stopped already. */
    private boolean beginWork() {
        synchronized (lock) {
            if (stopped) {
                return false;
            }
            working = true;
            WORKING.incrementAndGet();
            return true;
        }
    }

    private void endWork() {
        synchronized (lock) {
            working = false;
            WORKING.decrementAndGet();
        }
    }

    /** Waits the first pause; false if stopped meanwhile. */
    private boolean pause() {
        try {
            Thread.sleep(firstPauseMillis);
        } catch (InterruptedException e) {
            return false;
        }
        return !stopped;
    }

    /**
     * Runs one round of {@code size}, fewer if the total is nearly reached or the warm-up is stopped;
     * returns false when it failed (a warm-up never fails a child: the task will meet whatever went
     * wrong).
     */
    private boolean round(int size) {
        int times = Math.min(size, OPERATIONS - operations);
        int done;
        try {
            if (paths == null) {
                paths = new HotPaths(directory);
            }
            done = paths.round(times, () -> stopped);
        } catch (Throwable t) {
            finished = true;
            return false;
        }
        operations += done;
        finished = operations >= OPERATIONS;
        return true;
    }

    static int next(int size) {
        return Math.min(LARGEST_ROUND, size * 2);
    }

    static boolean finished() {
        return finished;
    }

    /** Whether a warm-up of this JVM is running a round or reading the machine a first time. */
    static boolean working() {
        return WORKING.get() > 0;
    }

    static int operations() {
        return operations;
    }
}
