package dev.jmp.launch.spares;

import dev.jmp.base.Deadline;
import dev.jmp.base.MachineRoom;
import dev.jmp.base.ShutdownSequence;
import dev.jmp.launch.parent.ChildLauncher;
import dev.jmp.launch.parent.ChildProcess;
import dev.jmp.launch.parent.ChildSpec;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reservoirs of warm spare JVMs, one per set of JVM options (a spare must have exactly the
 * options a cold child would have). A claim takes the oldest spare that has booted; with none
 * booted, the caller starts its child cold, so a burst of starts boots its JVMs side by side
 * rather than queueing behind the reservoir. Claims top the reservoir up in the background, one
 * JVM at a time: a spare still booting when the next is started would only slow down the
 * processes running meanwhile on a small machine (measured in BENCHMARKS.md, "Start methods").
 * Spares nobody claims are killed after the policy's idle timeout and at exit, and are not
 * replaced until the next claim: a program that starts no processes, or stopped starting them,
 * pays for none. A spare's idle timeout runs from the end of the filling that started it, not from
 * its own start: spares boot one at a time, so a timeout shorter than a boot would otherwise retire
 * the first before the last is ready, and a reservoir of two would never hold two.
 *
 * <p>The spare that replaces a claimed one boots once the machine has room for it
 * ({@link MachineRoom}), the claimed child has exited, or {@value #REPLACEMENT_ROOM_WAIT_MILLIS} ms
 * have passed: a boot is some 300 ms of CPU, and on a small machine busy with the claimed child's
 * work it was taken from that work (measured on two cores: a pipe's round trip to a claimed child
 * 29 µs with the replacement booting beside it, 23 µs with it waiting; an event's 34 and 22 µs;
 * BENCHMARKS.md). A start that finds no booted spare does not wait: its own JVM boots beside the
 * replacement, as a burst's do.
 *
 * <p>Spares boot on one daemon thread, {@code jmp-spares-boot}, and expire on another,
 * {@code jmp-spares}; never on the thread that calls {@code start()}. One boot thread for every
 * reservoir: a boot takes the machine's room whichever JVM options it is for, so a replacement
 * waiting for room holds back the fillings of other reservoirs too, for a second at most.
 */
public final class Spares {

    private static final Map<List<String>, Reservoir> RESERVOIRS = new ConcurrentHashMap<>();
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final ScheduledThreadPoolExecutor KEEPER = keeper();
    private static final ExecutorService BOOTER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "jmp-spares-boot");
        thread.setDaemon(true);
        return thread;
    });
    /** How long a claim's replacement waits for the machine to have room before it boots anyway. */
    static final long REPLACEMENT_ROOM_WAIT_MILLIS = 1_000;
    /** The window over which the machine's room is judged, for a replacement. */
    private static final long ROOM_WINDOW_MILLIS = 50;
    /** How long a spare may take to boot before the next one is started anyway. */
    private static final long BOOT_LIMIT_MILLIS = 60_000;

    private Spares() {}

    private static ScheduledThreadPoolExecutor keeper() {
        ScheduledThreadPoolExecutor keeper = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "jmp-spares");
            thread.setDaemon(true);
            return thread;
        });
        keeper.setRemoveOnCancelPolicy(true);
        return keeper;
    }

    /**
     * Starts the child described by {@code spec}: on a warm spare with the same JVM options if
     * {@code policy} keeps some and one has booted, else in a fresh JVM.
     */
    public static ChildProcess launch(ChildSpec spec, SparePolicy policy) {
        if (policy.count() > 0) {
            ChildProcess spare = claim(spec, policy);
            if (spare != null) {
                return spare;
            }
        }
        return ChildLauncher.launch(spec);
    }

    /**
     * Gives {@code spec} a spare with its JVM options, or returns null if none has booted; either
     * way, unless {@code spec} is a pool worker, the reservoir is topped up to {@code policy} in
     * the background.
     */
    private static ChildProcess claim(ChildSpec spec, SparePolicy policy) {
        Reservoir reservoir = reservoir(spec.jvmOptions());
        ChildProcess spare = reservoir.claim(spec);
        if (!spec.isWorker()) {
            // A pool's workers live long and are replaced seldom: booting spares behind them
            // would take the CPU from the very work they were started for (measured: a
            // CPU-bound pool of two on two cores ran at 0.37x instead of 0.56x while they booted).
            reservoir.topUp(policy, spare);
        }
        return spare;
    }

    /** Starts booting spares for children with {@code jvmOptions}, in the background. */
    public static void prepare(List<String> jvmOptions, SparePolicy policy) {
        reservoir(jvmOptions).topUp(policy, null);
    }

    /**
     * Fills the reservoir for {@code jvmOptions} and waits until {@code policy.count()} spares
     * are booted and waiting; returns whether they were within {@code timeout}.
     */
    public static boolean awaitReady(List<String> jvmOptions, SparePolicy policy, Duration timeout)
            throws InterruptedException {
        return reservoir(jvmOptions).awaitReady(policy, Deadline.after(timeout));
    }

    /**
     * Kills every idle spare, stops the reservoirs from refilling until the next claim, and
     * waits up to {@code timeout} for the killed spares to be gone; returns whether they were.
     */
    public static boolean releaseAll(Duration timeout) throws InterruptedException {
        List<ChildProcess> killed = new ArrayList<>();
        for (Reservoir reservoir : RESERVOIRS.values()) {
            killed.addAll(reservoir.release());
        }
        Deadline deadline = Deadline.after(timeout);
        try {
            // A spare being started now is killed by fill() itself, over the released target.
            BOOTER.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
        for (ChildProcess spare : killed) {
            if (deadline.hasPassed() || !spare.await(deadline.remainingMillis())) {
                return false;
            }
        }
        return true;
    }

    private static Reservoir reservoir(List<String> jvmOptions) {
        return RESERVOIRS.computeIfAbsent(List.copyOf(jvmOptions), Reservoir::new);
    }

    /** The spares for one set of JVM options, oldest first. */
    private static final class Reservoir {

        private final List<String> jvmOptions;
        private final Deque<ChildProcess> idle = new ArrayDeque<>();
        private final Map<ChildProcess, ScheduledFuture<?>> expiries = new ConcurrentHashMap<>();
        private SparePolicy policy = SparePolicy.NONE;
        private boolean toppingUp;
        /** How many times a filling ended with the reservoir full, every spare booted. */
        private long filled;

        Reservoir(List<String> jvmOptions) {
            this.jvmOptions = jvmOptions;
        }

        /** The oldest booted spare, now {@code spec}'s child; null when none has booted. */
        synchronized ChildProcess claim(ChildSpec spec) {
            for (Iterator<ChildProcess> it = idle.iterator(); it.hasNext(); ) {
                ChildProcess spare = it.next();
                if (!spare.isWaiting()) {
                    continue;
                }
                it.remove();
                cancelExpiry(spare);
                if (spare.claim(spec)) {
                    notifyAll();
                    return spare;
                }
                spare.signal(true); // dead or dying: make sure
            }
            return null;
        }

        /** Kills the idle spares and sets the target to none; returns the killed. */
        synchronized List<ChildProcess> release() {
            policy = SparePolicy.NONE;
            List<ChildProcess> killed = new ArrayList<>(idle);
            idle.clear();
            for (ChildProcess spare : killed) {
                cancelExpiry(spare);
                spare.signal(true);
            }
            notifyAll();
            return killed;
        }

        /**
         * Starts a filling unless one runs; one after the claim of {@code claimed} (null if none)
         * makes way for its work first.
         */
        synchronized void topUp(SparePolicy newPolicy, ChildProcess claimed) {
            policy = newPolicy;
            if (!toppingUp && idle.size() < policy.count()) {
                toppingUp = true;
                BOOTER.execute(() -> fill(claimed));
            }
        }

        /**
         * Fills the reservoir to {@code target} and waits until its spares are all booted and
         * waiting, or the deadline passes. Under one lock, so no spare expires in between: the
         * reservoir is full now, or a filling starts, and a filling that ends full counts even if
         * a spare expired before this thread saw it; a short idle timeout is no reason to wait
         * for ever.
         */
        synchronized boolean awaitReady(SparePolicy target, Deadline deadline) throws InterruptedException {
            long before = filled;
            topUp(target, null);
            while (!(isFull(target.count()) || filled != before)) {
                if (!deadline.waitOn(this)) {
                    return false;
                }
            }
            return true;
        }

        private boolean isFull(int count) {
            return idle.size() >= count && idle.stream().allMatch(ChildProcess::isWaiting);
        }

        /**
         * Starts spares until the reservoir holds the policy's count, each once the one before
         * has booted (or died), the first after {@code claimed}'s claim once the machine has room;
         * then, however it ends, starts the idle timeouts of the spares it added.
         */
        private void fill(ChildProcess claimed) {
            try {
                if (claimed != null) {
                    makeWay(claimed);
                }
                startSpares();
            } catch (InterruptedException e) {
                // the booter is being stopped: the filling ends here
            } finally {
                synchronized (this) {
                    filled();
                }
            }
        }

        /** Starts spares one after another until the reservoir is full, released, or a start fails. */
        private void startSpares() throws InterruptedException {
            while (true) {
                synchronized (this) {
                    if (idle.size() >= policy.count() || ShutdownSequence.hasStarted()) {
                        return;
                    }
                }
                ChildProcess spare;
                try {
                    spare = ChildLauncher.launchSpare("spare-" + NAMES.incrementAndGet(), jvmOptions);
                } catch (RuntimeException e) {
                    return; // cold starts will report the same failure to the caller; stop trying here
                }
                synchronized (this) {
                    if (idle.size() >= policy.count()) { // released while it started
                        spare.signal(true);
                        return;
                    }
                    idle.addLast(spare);
                    notifyAll();
                }
                spare.onExit(() -> forget(spare));
                spare.onWaiting(this::wake);
                spare.awaitBooted(BOOT_LIMIT_MILLIS);
            }
        }

        /**
         * Waits until the machine has room for a boot beside {@code claimed}'s work, it has exited,
         * or {@link #REPLACEMENT_ROOM_WAIT_MILLIS} have passed.
         */
        private static void makeWay(ChildProcess claimed) throws InterruptedException {
            MachineRoom machine = MachineRoom.of(ROOM_WINDOW_MILLIS);
            if (machine != null) {
                Deadline deadline = Deadline.after(Duration.ofMillis(REPLACEMENT_ROOM_WAIT_MILLIS));
                machine.awaitRoom(() -> deadline.hasPassed() || !claimed.isAlive());
            }
        }

        /** Under the lock: the filling ends; the idle timeouts of the spares it added start now. */
        private void filled() {
            toppingUp = false;
            for (ChildProcess spare : idle) {
                if (!expiries.containsKey(spare)) {
                    expiries.put(spare, KEEPER.schedule(() -> expire(spare),
                            policy.idleTimeout().toMillis(), TimeUnit.MILLISECONDS));
                }
            }
            if (policy.count() > 0 && isFull(policy.count())) {
                filled++;
            }
            notifyAll();
        }

        private synchronized void wake() {
            notifyAll();
        }

        private void expire(ChildProcess spare) {
            synchronized (this) {
                if (!idle.remove(spare)) {
                    return; // claimed meanwhile
                }
                expiries.remove(spare);
                notifyAll();
            }
            spare.signal(true);
        }

        private void forget(ChildProcess spare) {
            synchronized (this) {
                idle.remove(spare);
                notifyAll();
            }
            cancelExpiry(spare);
        }

        private void cancelExpiry(ChildProcess spare) {
            ScheduledFuture<?> expiry = expiries.remove(spare);
            if (expiry != null) {
                expiry.cancel(false);
            }
        }
    }
}
