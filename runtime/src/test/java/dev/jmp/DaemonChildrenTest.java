package dev.jmp;

import static dev.jmp.testing.ScriptEntry.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.testing.CapturedOutput;
import dev.jmp.testing.NoLeftovers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Python's rule, "daemonic processes are not allowed to have children": a daemon is terminated
 * when its parent exits, so it may start no process, pool or manager. A process that is not a
 * daemon may, and so may an executor's worker, which is no daemon, as in Python since 3.9.
 */
@ExtendWith(NoLeftovers.class)
class DaemonChildrenTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final List<String> ATTEMPTS = List.of("child:print:never", "pool", "executor", "manager");

    @Test
    void aDaemonMayStartNoProcessPoolExecutorOrManagerAndSaysWhy() throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Process daemon = new Process(task("try:child:print:never", "try:pool", "try:executor", "try:manager",
                    "print:done")).daemon(true);
            daemon.start();
            assertTrue(daemon.join(LIMIT));
            assertEquals(0, daemon.exitCode().orElseThrow(), output.err());
            List<String> refused = output.out().lines().filter(l -> l.startsWith("refused ")).toList();
            assertEquals(ATTEMPTS.size(), refused.size(), output.out());
            for (String line : refused) {
                assertTrue(line.startsWith("refused [jmp.process.daemon-children] " + daemon.name()
                        + " is a daemon process, and a daemon may not have children"), line);
                assertTrue(line.contains(" without daemon(true), or start "), line);
            }
            assertTrue(refused.get(1).contains("cannot start a Pool's workers"), refused.get(1));
            assertTrue(output.out().contains("done\n"), output.out());
            assertTrue(!output.out().contains("never"), output.out());
        }
    }

    @Test
    void aProcessThatIsNoDaemonMayStartAll() throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Process p = new Process(task("child:print:grandchild runs", "pool", "executor", "manager"));
            p.start();
            assertTrue(p.join(LIMIT));
            assertEquals(0, p.exitCode().orElseThrow(), output.err());
            String out = output.out();
            assertTrue(out.contains("pool ok\n") && out.contains("executor 9\n") && out.contains("manager ok\n"), out);
            assertTrue(out.contains("grandchild runs\n"), out);
        }
    }
}
