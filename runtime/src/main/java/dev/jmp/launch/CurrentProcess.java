package dev.jmp.launch;

import dev.jmp.base.ProcessIdentity;
import dev.jmp.base.ProcessName;
import java.nio.file.Paths;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who this JVM is: {@code MainProcess}, or the child a parent started, as the child's bootstrap
 * sets it up. Also numbers the children this JVM starts, the way Python names them:
 * {@code Process-1} in the main process, {@code Process-1:1} for the first child of
 * {@code Process-1}. The API reports it as {@code dev.jmp.ProcessInfo}.
 */
public final class CurrentProcess {

    public static final String MAIN_NAME = ProcessName.MAIN;

    /**
     * A process as {@code current_process()} and {@code parent_process()} name it.
     *
     * @param daemon whether it is a daemon child
     */
    public record Identity(String name, long pid, boolean daemon) {}

    private static volatile Identity self = new Identity(MAIN_NAME, ProcessIdentity.currentPid(), false);
    private static volatile Identity parent;
    private static final AtomicInteger CHILDREN = new AtomicInteger();
    /**
     * The process a thread of the {@code THREAD} start method stands for, as Python's dummy
     * process is its thread; its parent is this JVM's own process.
     */
    private static final ThreadLocal<Identity> THREAD = new ThreadLocal<>();

    private CurrentProcess() {}

    public static Identity self() {
        Identity thread = THREAD.get();
        return thread != null ? thread : self;
    }

    public static Optional<Identity> parent() {
        return THREAD.get() != null ? Optional.of(self) : Optional.ofNullable(parent);
    }

    /**
     * Makes the calling thread the process {@code name} (a thread-backed process or pool worker)
     * until {@link #leaveThread()}: what {@code currentProcess()} says in it, and whether it may
     * start children, follow that process, as they would in a child JVM.
     */
    public static void enterThread(String name, boolean daemon) {
        THREAD.set(new Identity(name, ProcessIdentity.currentPid(), daemon));
    }

    /** Whether the calling thread is a thread-backed process or pool worker ({@link #enterThread}). */
    public static boolean isThreadBacked() {
        return THREAD.get() != null;
    }

    /** Ends {@link #enterThread}. */
    public static void leaveThread() {
        THREAD.remove();
    }

    /** Called once by a child's bootstrap, when its parent has said who it is. */
    public static void becomeChild(String name, boolean daemon, String parentName, long parentPid) {
        self = new Identity(name, ProcessIdentity.currentPid(), daemon);
        ProcessName.set(name);
        parent = new Identity(parentName, parentPid, false);
    }

    /**
     * A child that its parent terminates at exit, but which reports itself as no daemon and may
     * start children: a manager's server, as Python's, which may hold a pool.
     */
    public static void reportNoDaemon() {
        Identity me = self;
        self = new Identity(me.name(), me.pid(), false);
    }

    /**
     * Throws unless this process may start {@code what}: a daemon may not have children, as in
     * Python, where a daemon ends with its parent and would leave them behind.
     *
     * @throws IllegalStateException {@code [jmp.process.daemon-children]} in a daemon
     */
    public static void checkMayStartChildren(String what) {
        Identity me = self();
        if (me.daemon()) {
            throw new IllegalStateException("[jmp.process.daemon-children] " + me.name() + " is a daemon process,"
                    + " and a daemon may not have children, so it cannot start " + what + "; create " + me.name()
                    + " without daemon(true), or start " + what + " from a process that is not a daemon (a Pool's workers"
                    + " are daemons, a ProcessPoolExecutor's are not)");
        }
    }

    /** The default name of the next child this JVM starts. */
    public static String nextChildName() {
        int n = CHILDREN.incrementAndGet();
        Identity me = self();
        return me.name().equals(MAIN_NAME) ? "Process-" + n : me.name() + ":" + n;
    }

    /** The {@code java} launcher of this JVM, which starts its children. */
    public static String javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }
}
