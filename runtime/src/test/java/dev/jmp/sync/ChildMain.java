package dev.jmp.sync;

import static dev.jmp.shm.Handles.decode;

import dev.jmp.shm.DoubleArray;
import dev.jmp.shm.IntValue;
import dev.jmp.shm.LongValue;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeoutException;

/**
 * The test-only main class that cross-process tests run in child JVMs. Argument 0 names what to
 * do; the rest are shared-object handles (see {@link dev.jmp.shm.Handles}) and numbers. A child
 * that is meant to be killed gives up on its own after {@link #ORPHAN_LIMIT}.
 */
public final class ChildMain {

    static final Duration ORPHAN_LIMIT = Duration.ofSeconds(60);

    private ChildMain() {}

    public static void main(String[] args) throws Exception {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "lock-increment" -> lockIncrement(rest);
            case "value-add" -> {
                LongValue value = decode(rest[0], LongValue.class);
                for (int i = Integer.parseInt(rest[1]); i > 0; i--) {
                    value.addAndGet(1);
                }
            }
            case "visibility" -> visibility(rest);
            case "hold-lock" -> {
                Lock lock = decode(rest[0], Lock.class);
                lock.acquire();
                holdUntilKilled(decode(rest[1], Event.class));
            }
            case "hold-rlock" -> {
                RLock lock = decode(rest[0], RLock.class);
                lock.acquire();
                lock.acquire();
                holdUntilKilled(decode(rest[1], Event.class));
            }
            case "hold-permit" -> {
                decode(rest[0], Semaphore.class).acquire();
                holdUntilKilled(decode(rest[1], Event.class));
            }
            case "rlock-release" -> {
                try {
                    decode(rest[0], RLock.class).release();
                    System.out.println("released");
                } catch (IllegalMonitorStateException e) {
                    System.out.println("refused: " + e.getMessage());
                }
            }
            case "create-and-hang" -> {
                IntValue value = IntValue.createRaw(7);
                System.out.println("created " + value.get());
                Thread.sleep(ORPHAN_LIMIT.toMillis());
                System.exit(3);
            }
            case "create-and-exit" -> IntValue.createRaw(7).close();
            case "barrier" -> barrier(rest);
            case "event-pong" -> eventPong(rest);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
        System.out.println("done");
    }

    private static void lockIncrement(String[] args) {
        Lock lock = decode(args[0], Lock.class);
        IntValue value = decode(args[1], IntValue.class);
        for (int i = Integer.parseInt(args[2]); i > 0; i--) {
            try (Held held = lock.hold()) {
                value.set(value.get() + 1);
            }
        }
    }

    /** Waits for the parent's writes, checks them, and writes back. */
    private static void visibility(String[] args) throws InterruptedException {
        IntValue value = decode(args[0], IntValue.class);
        DoubleArray array = decode(args[1], DoubleArray.class);
        if (!decode(args[2], Event.class).await(ORPHAN_LIMIT)) {
            throw new IllegalStateException("the parent never wrote");
        }
        System.out.println("child saw " + value.get() + " " + Arrays.toString(array.toArray()));
        value.set(value.get() + 1);
        array.copyFrom(new double[] {-1.5, -2.5}, 0, 1, 2);
        array.slice(3, 4).set(0, 99.0);
        decode(args[3], Event.class).set();
    }

    private static void holdUntilKilled(Event held) throws InterruptedException {
        held.set();
        System.out.println("holding");
        Thread.sleep(ORPHAN_LIMIT.toMillis());
        System.exit(3);
    }

    private static void barrier(String[] args) throws InterruptedException {
        Barrier barrier = decode(args[0], Barrier.class);
        try {
            System.out.println("passed " + barrier.await(Duration.ofMillis(Long.parseLong(args[1]))));
        } catch (BrokenBarrierException e) {
            System.out.println("broken");
        } catch (TimeoutException e) {
            System.out.println("timed out");
        }
    }

    /** Answers every ping with a pong: set ping -> clear it, set pong. */
    private static void eventPong(String[] args) throws InterruptedException {
        Event ping = decode(args[0], Event.class);
        Event pong = decode(args[1], Event.class);
        for (int i = Integer.parseInt(args[2]); i > 0; i--) {
            if (!ping.await(ORPHAN_LIMIT)) {
                throw new IllegalStateException("no ping");
            }
            ping.clear();
            pong.set();
        }
    }
}
