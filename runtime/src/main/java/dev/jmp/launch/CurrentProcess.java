package dev.jmp.launch;

import dev.jmp.ProcessInfo;
import dev.jmp.base.ProcessIdentity;
import dev.jmp.base.ProcessName;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who this JVM is: {@code MainProcess}, or the child a parent started, as {@link ChildMain} sets
 * it up. Also numbers the children this JVM starts, the way Python names them: {@code Process-1}
 * in the main process, {@code Process-1:1} for the first child of {@code Process-1}.
 */
public final class CurrentProcess {

    public static final String MAIN_NAME = ProcessName.MAIN;

    private static volatile ProcessInfo self =
            new ProcessInfo(MAIN_NAME, ProcessIdentity.currentPid(), false);
    private static volatile ProcessInfo parent;
    private static final AtomicInteger CHILDREN = new AtomicInteger();

    private CurrentProcess() {}

    public static ProcessInfo self() {
        return self;
    }

    public static Optional<ProcessInfo> parent() {
        return Optional.ofNullable(parent);
    }

    static void becomeChild(String name, boolean daemon, ProcessInfo parentInfo) {
        self = new ProcessInfo(name, ProcessIdentity.currentPid(), daemon);
        ProcessName.set(name);
        parent = parentInfo;
    }

    /** The default name of the next child this JVM starts. */
    public static String nextChildName() {
        int n = CHILDREN.incrementAndGet();
        ProcessInfo me = self;
        return me.name().equals(MAIN_NAME) ? "Process-" + n : me.name() + ":" + n;
    }
}
