package dev.jmp.launch.child;

import dev.jmp.base.Deadline;
import dev.jmp.base.ProcessIdentity;
import dev.jmp.link.ControlClient;

/**
 * Ends a child whose parent is gone, however the parent died: the control channel reaches EOF
 * the moment the parent's process ends (even by SIGKILL, since the kernel closes its sockets),
 * and a once-a-second check of the parent's pid and start time backs that up. The child then
 * exits through its shutdown hooks, and is halted if they take too long. The thread that reads
 * a process child's channel also carries out the parent's {@code Interrupt}s.
 *
 * <p>Child start-up code avoids lambdas: their first use costs milliseconds of bootstrap.
 */
final class ParentWatchdog extends Thread {

    private static final long POLL_MILLIS = 1_000;
    private static final long HOOKS_GRACE_MILLIS = 1_000;
    private static final long ZOMBIE_REAP_NANOS = 500_000_000L;
    /** Exit status of a child whose parent vanished; nobody is left to read it. */
    static final int ORPHANED = 255;

    private final ControlClient client;
    private final ProcessIdentity parent;
    private final boolean poll;
    /** For the reader: the thread running the task, which an {@code Interrupt} interrupts. */
    private final Thread task;

    private ParentWatchdog(ControlClient client, ProcessIdentity parent, boolean poll, Thread task) {
        super(poll ? "jmp-parent-poll" : "jmp-parent-watchdog");
        this.client = client;
        this.parent = parent;
        this.poll = poll;
        this.task = task;
        setDaemon(true);
    }

    /**
     * For a process child, whose control channel carries nothing after its assignment but
     * interrupts for {@code task}, the thread about to run the task: a thread reads it to see
     * the parent's end at once. Returns the thread.
     */
    static Thread startReading(ControlClient client, ProcessIdentity parent, Thread task) {
        ParentWatchdog reader = new ParentWatchdog(client, parent, false, task);
        reader.start();
        return reader;
    }

    /**
     * The pid check, every child's, on a thread of its own; a child that reads its control
     * channel itself (a pool worker) calls {@link #channelEnded} at EOF.
     */
    static void startPolling(ControlClient client, ProcessIdentity parent) {
        new ParentWatchdog(client, parent, true, null).start();
    }

    /** The control channel reached EOF, not by this child's own doing: the parent is gone. */
    static void channelEnded(ControlClient client, ProcessIdentity parent) {
        if (!client.isClosed()) {
            new ParentWatchdog(client, parent, true, null).orphaned();
        }
    }

    @Override
    public void run() {
        if (poll) {
            try {
                // A pause first: the channel's EOF tells of the parent's end at once, and a first
                // look at its pid, cold code reading /proc, would take a spare's CPU right after
                // its hello, beside the claim of its sibling.
                do {
                    Thread.sleep(POLL_MILLIS);
                } while (parent.isAlive());
            } catch (InterruptedException e) {
                return;
            }
        } else {
            client.awaitParentGone(task);
        }
        if (!client.isClosed()) {
            orphaned();
        }
    }

    /**
     * Whether the parent's process is gone. A parent killed a moment ago stays a zombie until its
     * own parent reaps it, and looks alive meanwhile, so give that a moment.
     */
    private boolean parentEnded() {
        Deadline deadline = Deadline.afterNanos(ZOMBIE_REAP_NANOS);
        while (parent.isAlive()) {
            if (deadline.hasPassed()) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return false;
            }
        }
        return true;
    }

    private void orphaned() {
        if (parentEnded()) {
            client.removeDeadParentsDirectory();
        }
        Thread halt = new Thread("jmp-orphan-halt") {
            @Override
            public void run() {
                try {
                    Thread.sleep(HOOKS_GRACE_MILLIS);
                } catch (InterruptedException e) {
                    // halt now
                }
                Runtime.getRuntime().halt(ORPHANED);
            }
        };
        halt.setDaemon(true);
        halt.start();
        System.exit(ORPHANED);
    }
}
