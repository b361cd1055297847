package dev.jmp.diagnostics;

import dev.jmp.shm.Handles;
import dev.jmp.sync.Event;
import dev.jmp.sync.Lock;
import java.time.Duration;

/**
 * A child JVM for {@link CrossProcessDeadlockTest}: takes its first lock, says so, waits until
 * the other child holds its own, then takes its second lock, which the other child holds.
 */
public final class LockOrderChild {

    private LockOrderChild() {}

    /** Arguments: first lock, second lock, own "holding" event, the other's event. */
    public static void main(String[] args) throws InterruptedException {
        Lock first = Handles.decode(args[0], Lock.class);
        Lock second = Handles.decode(args[1], Lock.class);
        first.acquire();
        Handles.decode(args[2], Event.class).set();
        if (!Handles.decode(args[3], Event.class).await(Duration.ofSeconds(60))) {
            System.exit(3);
        }
        second.acquire();
        System.out.println("never reached");
    }
}
