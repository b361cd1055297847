package app;

import dev.jmp.ProcessTask;

/** The driver's tasks; what they return says where they ran. */
public class Work {

    @ProcessTask
    public static long square(long x) {
        return x * x;
    }

    /** The pid of the JVM this runs in. */
    @ProcessTask
    public static long pid() {
        return ProcessHandle.current().pid();
    }
}
