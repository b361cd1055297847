package dev.jmp.ring;

import dev.jmp.base.Deadline;
import dev.jmp.sync.primitive.EventWord;
import java.util.function.BooleanSupplier;

/** The ways a queue operation waits: for its locks, briefly by spinning, and on an event. */
final class QueueWaits {

    /**
     * How long a reader that found nothing keeps looking before it waits on an event: a message
     * that comes back within this time costs no clearing and setting of the event on either side.
     */
    private static final long SPIN_NANOS = 10_000L;
    private static final boolean CAN_SPIN = Runtime.getRuntime().availableProcessors() > 1;

    private QueueWaits() {}

    /** Takes a queue lock, as interruptible as the operation around it only before it starts waiting. */
    static void acquire(QueueLock lock) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        lock.acquire();
    }

    /** Spins while {@code blocked} holds, for {@link #SPIN_NANOS} at most; returns whether it stopped holding. */
    static boolean spinWhile(BooleanSupplier blocked) {
        if (!CAN_SPIN) {
            return false;
        }
        long end = System.nanoTime() + SPIN_NANOS;
        for (int round = 1; blocked.getAsBoolean(); round++) {
            if (System.nanoTime() - end > 0) {
                return false;
            }
            if ((round & 15) == 0) {
                Thread.yield(); // on a busy machine the other side may be waiting for this core
            } else {
                Thread.onSpinWait();
            }
        }
        return true;
    }

    /**
     * Waits until {@code blocked} is false, watching {@code event}, which whoever changes the
     * condition sets. Clearing before the re-check means no change can slip between them unseen.
     * Returns false if the deadline passed first.
     */
    static boolean await(EventWord event, BooleanSupplier blocked, Deadline deadline) throws InterruptedException {
        while (true) {
            event.clear();
            if (!blocked.getAsBoolean()) {
                return true;
            }
            if (deadline.hasPassed()) {
                return false;
            }
            event.await(deadline);
        }
    }
}
