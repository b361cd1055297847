package dev.jmp.launch.child;

import dev.jmp.base.ProcessIdentity;
import dev.jmp.link.ControlClient;
import dev.jmp.link.Enlist;
import dev.jmp.link.Frame;
import dev.jmp.link.Goodbye;
import dev.jmp.link.Parked;
import dev.jmp.link.Retire;
import java.io.IOException;

/**
 * A pool worker between two pools: its pool released it ({@code Release}), and it waits, parked,
 * for the next pool's {@link Enlist}. Before it says {@link Parked} it makes sure nothing of the
 * last pool is still going on: its output is flushed, its interrupt flag cleared, and a worker
 * whose tasks left a child process or a non-daemon thread running is not handed on at all, but
 * exits as a retired worker does, since the next pool's tasks would run beside them. What the
 * tasks left in static fields, thread-locals of the worker's thread, system properties, daemon
 * threads and open files stays, as in a reused Python worker; the next pool's initializer, when
 * it has one, runs again (the pool package documentation says what is and is not reset).
 */
final class WorkerRelease {

    private WorkerRelease() {}

    /**
     * Parks this worker and returns the next pool's enlistment; exits the JVM instead when it
     * cannot be handed on, when it is retired while parked, or when its parent is gone.
     */
    static Enlist park(ControlClient client, ProcessIdentity parent) {
        System.out.flush();
        System.err.flush();
        Thread.interrupted(); // a task's interrupt is not the next pool's
        if (leftRunning()) {
            exit(client);
        }
        try {
            client.send(new Parked());
            while (true) {
                Frame frame = client.receive();
                if (frame instanceof Enlist enlist) {
                    return enlist;
                }
                if (frame instanceof Retire) {
                    exit(client);
                }
            }
        } catch (IOException | RuntimeException e) {
            ParentWatchdog.channelEnded(client, parent);
            return null;
        }
    }

    /** Whether a task left a child process or a thread that would keep a retired JVM alive. */
    static boolean leftRunning() {
        if (ProcessHandle.current().children().anyMatch(ProcessHandle::isAlive)) {
            return true;
        }
        Thread self = Thread.currentThread();
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t != self && t.isAlive() && !t.isDaemon());
    }

    private static void exit(ControlClient client) {
        client.trySend(new Goodbye(0));
        System.exit(0);
    }
}
