package dev.jmp.testing;

import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * A program that logs, run in its own JVM by the logging tests, so that its logging starts as a
 * user's does: a child process logs {@code from the child} through {@code Multiprocessing.getLogger()},
 * then main logs {@code from main} and prints {@code done}.
 */
public final class LoggingProgram {

    public static void main(String[] args) throws Exception {
        Process child = new Process(ScriptEntry.task("log:from the child"));
        child.start();
        if (!child.join(Duration.ofSeconds(60))) {
            throw new IllegalStateException("the child did not end");
        }
        Multiprocessing.getLogger().log(Level.WARNING, "from main");
        System.out.println("done " + child.pid());
    }
}
