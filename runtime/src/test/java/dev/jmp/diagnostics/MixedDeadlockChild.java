package dev.jmp.diagnostics;

import dev.jmp.shm.Handles;
import dev.jmp.sync.Barrier;
import dev.jmp.sync.Condition;
import dev.jmp.sync.Event;
import dev.jmp.sync.Lock;
import dev.jmp.sync.Semaphore;
import java.time.Duration;

/**
 * A child JVM for {@link CrossProcessDeadlockTest}'s deadlocks through semaphores, barriers and
 * conditions: takes its first object, says so, waits until the other child holds its own, then
 * blocks on what the other child holds. The last two arguments are its own "holding" event and
 * the other child's.
 */
public final class MixedDeadlockChild {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private MixedDeadlockChild() {}

    /**
     * Arguments: a mode, then its objects, then the two events.
     * <ul>
     *   <li>{@code permit-then-lock semaphore lock}: takes a permit, then waits for the lock
     *   <li>{@code lock-then-permit lock semaphore}: takes the lock, then waits for a permit
     *   <li>{@code lock-then-barrier lock barrier}: takes the lock, then waits at the barrier
     *   <li>{@code then-lock lock}: waits for the lock the other child holds
     *   <li>{@code lock-then-await lock condition}: takes the lock, then waits on the condition
     *   <li>{@code signal-then-lock condition lock}: signals the condition, keeps its lock and
     *       waits for the lock
     * </ul>
     */
    public static void main(String[] args) throws Exception {
        Event mine = Handles.decode(args[args.length - 2], Event.class);
        Event other = Handles.decode(args[args.length - 1], Event.class);
        switch (args[0]) {
            case "permit-then-lock" -> {
                Semaphore semaphore = Handles.decode(args[1], Semaphore.class);
                Lock lock = Handles.decode(args[2], Lock.class);
                semaphore.acquire();
                holdingThenWaitFor(mine, other);
                lock.acquire();
            }
            case "lock-then-permit" -> {
                Lock lock = Handles.decode(args[1], Lock.class);
                Semaphore semaphore = Handles.decode(args[2], Semaphore.class);
                lock.acquire();
                holdingThenWaitFor(mine, other);
                semaphore.acquire();
            }
            case "lock-then-barrier" -> {
                Lock lock = Handles.decode(args[1], Lock.class);
                Barrier barrier = Handles.decode(args[2], Barrier.class);
                lock.acquire();
                holdingThenWaitFor(mine, other);
                barrier.await();
            }
            case "then-lock" -> {
                Lock lock = Handles.decode(args[1], Lock.class);
                holdingThenWaitFor(mine, other);
                lock.acquire();
            }
            case "lock-then-await" -> {
                Lock lock = Handles.decode(args[1], Lock.class);
                Condition condition = Handles.decode(args[2], Condition.class);
                lock.acquire();
                condition.acquire();
                mine.set();
                condition.await();
            }
            case "signal-then-lock" -> {
                Condition condition = Handles.decode(args[1], Condition.class);
                Lock lock = Handles.decode(args[2], Lock.class);
                if (!other.await(LIMIT)) {
                    System.exit(3);
                }
                condition.acquire();
                condition.signal();
                lock.acquire();
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.println("never reached");
    }

    private static void holdingThenWaitFor(Event mine, Event other) throws InterruptedException {
        mine.set();
        if (!other.await(LIMIT)) {
            System.exit(3);
        }
    }
}
