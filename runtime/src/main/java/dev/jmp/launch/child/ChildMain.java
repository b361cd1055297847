package dev.jmp.launch.child;

import dev.jmp.base.ExitSignal;
import dev.jmp.base.JmpLog;
import dev.jmp.base.ProcessIdentity;
import dev.jmp.internal.TaskCall;
import dev.jmp.launch.CurrentProcess;
import dev.jmp.link.Assign;
import dev.jmp.link.ControlClient;
import dev.jmp.link.Enlist;
import dev.jmp.link.Exiting;
import dev.jmp.link.Frame;
import dev.jmp.link.Goodbye;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The bootstrap of every child JVM. It takes nothing from its command line; its contract is the
 * environment, read here and nowhere else:
 * <ul>
 *   <li>{@value #ENV_SOCKET}: the parent's control socket;</li>
 *   <li>{@value #ENV_TOKEN}: the secret that proves to the parent this is the child it started;</li>
 *   <li>{@value #ENV_PARENT}: the parent's {@link ProcessIdentity#tag()}, for the watchdog;</li>
 *   <li>{@value #ENV_SPARE}: present for a warm spare, which may wait long for its assignment.</li>
 * </ul>
 * and one system property, which the parent sets on the command line so that it is part of the
 * options a spare is kept for: {@value #WARM_UP_PROPERTY}, {@code false} when a spare must not
 * warm jmp's code up while it waits, {@code always} when it must whatever the machine's load
 * ({@link ChildWarmUp}).
 * It connects, receives its {@link Assign}, runs the one task it names and says
 * {@link Goodbye}, its parent's {@code Interrupt} interrupting the task's thread meanwhile; or,
 * told it is a pool worker ({@link Enlist}), serves batches of tasks in a {@link WorkerLoop}
 * until it is retired. An uncaught exception prints the child's stack trace, headed with its
 * name, and exits 1: an {@link InterruptedException} the task let through too, as Python's child
 * exits 1 on a {@code KeyboardInterrupt}. After a normal return the JVM ends when the task's
 * non-daemon threads do, as a Python child does.
 */
public final class ChildMain {

    public static final String ENV_SOCKET = "JMP_CONTROL_SOCKET";
    public static final String ENV_TOKEN = "JMP_TOKEN";
    public static final String ENV_PARENT = "JMP_PARENT";
    /** Set for a warm spare, which warms up while it waits to be claimed. */
    public static final String ENV_SPARE = "JMP_SPARE";
    /** The system property that turns the warm-up of spares off ({@code false}) or on whatever the load ({@code always}). */
    public static final String WARM_UP_PROPERTY = "jmp.warmUp";

    /** Exit status when the child cannot reach its parent at all. */
    static final int NO_PARENT = 2;

    private ChildMain() {}

    public static void main(String[] args) {
        String socket = System.getenv(ENV_SOCKET);
        String token = System.getenv(ENV_TOKEN);
        ProcessIdentity parent = ProcessIdentity.parseTag(String.valueOf(System.getenv(ENV_PARENT))).orElse(null);
        if (socket == null || token == null || parent == null) {
            JmpLog.log(JmpLog.PROCESS, Level.ERROR, "[jmp] " + ChildMain.class.getName() + " runs tasks for a parent"
                    + " jmp program and is not started by hand; to run a task on its own, run its generated *_Entry class");
            System.exit(NO_PARENT);
        }
        boolean spare = System.getenv(ENV_SPARE) != null;
        ChildWarmUp warmUp = null;
        if (spare) {
            // Before the hello, so that a spare the parent sees waiting is ready to run at once,
            // and does nothing after it that would take the CPU from a sibling being claimed.
            SpareWarmUp.run();
            // It begins with a pause; its objects go in the parent's private directory, the socket's.
            warmUp = ChildWarmUp.start(Paths.get(socket).toAbsolutePath().getParent());
        }
        ControlClient client;
        try {
            client = ControlClient.connect(Paths.get(socket), token, ProcessIdentity.currentPid());
        } catch (Exception e) {
            JmpLog.log(JmpLog.PROCESS, Level.ERROR, "[jmp] cannot reach the parent process over " + socket + ": " + e);
            System.exit(NO_PARENT);
            return;
        }
        // Whatever the answer, this child will need these; get them done while it comes.
        ExitHook hook = new ExitHook(client);
        Runtime.getRuntime().addShutdownHook(hook);
        ParentWatchdog.startPolling(client, parent);
        Frame first;
        try {
            first = client.firstFrame();
        } catch (Exception e) {
            if (!spare) { // a spare whose parent exited before claiming it has nothing to say
                JmpLog.log(JmpLog.PROCESS, Level.ERROR, "[jmp] the parent process over " + socket
                        + " did not assign a task: " + e);
            }
            System.exit(NO_PARENT);
            return;
        }
        if (warmUp != null) {
            warmUp.stop(); // the task has the JVM to itself
        }
        // A spare's records stay its own until it is claimed: its parent reads nothing from it before.
        JmpLog.forwardTo(new ParentLog(client));
        if (first instanceof Enlist enlist) {
            WorkerLoop.run(client, enlist, parent);
            return;
        }
        Assign assign = (Assign) first;
        CurrentProcess.becomeChild(assign.processName(), assign.daemon(), assign.parentName(), parent.pid());
        hook.reader = ParentWatchdog.startReading(client, parent, Thread.currentThread());
        int exitCode = run(assign.processName(), assign.task());
        client.trySend(new Goodbye(exitCode));
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /**
     * For the parent, once child {@code pid} has exited: removes what its warm-up left in the
     * parent's private {@code directory} if it was killed during one (nothing otherwise).
     */
    public static void removeWarmUpLeftovers(Path directory, long pid) {
        HotPaths.removeLeftovers(directory, pid);
    }

    /**
     * Tells the parent this JVM is exiting, and whether a signal made it exit (so that an exit
     * code above 128 is taken for a signal exactly when it was one), and closes the channel,
     * waiting for its reader to leave its read: the JVM's exit waits in 10 ms steps for any thread
     * still in a native call.
     */
    private static final class ExitHook extends Thread {

        private static final long READER_EXIT_MILLIS = 100;

        private final ControlClient client;
        volatile Thread reader;

        ExitHook(ControlClient client) {
            super("jmp-exiting");
            this.client = client;
        }

        @Override
        public void run() {
            client.trySend(new Exiting(ExitSignal.received()));
            client.close();
            Thread r = reader;
            if (r != null) {
                try {
                    r.join(READER_EXIT_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static int run(String name, TaskCall task) {
        try {
            new TaskEntries().get(task.entryClass()).invoke(task.arguments());
            return 0;
        } catch (Throwable t) {
            System.out.flush();
            System.err.println("Process " + name + ":");
            t.printStackTrace();
            System.err.flush();
            return 1;
        }
    }
}
