package dev.jmp;

import static dev.jmp.testing.ScriptEntry.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.testing.CapturedOutput;
import dev.jmp.testing.NoLeftovers;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What differs for a process of the {@code THREAD} start method; what does not is in
 * {@link ProcessTest}, which runs its tests under this method too.
 */
@ExtendWith(NoLeftovers.class)
class ThreadProcessTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void aThreadProcessRunsInThisJvmOnAThreadNamedAfterIt() throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Process p = Multiprocessing.dummy().process(task("whoami")).name("fetcher");
            p.start();
            assertTrue(p.join(LIMIT));
            assertEquals(ProcessHandle.current().pid(), p.pid());
            assertEquals("localhost", p.host());
            assertEquals(0, p.exitCode().orElseThrow());
            assertTrue(output.out().contains("I am ProcessInfo[name=fetcher, pid=" + ProcessHandle.current().pid()),
                    output.out());
            assertEquals(p, p.sentinel().get(60, TimeUnit.SECONDS));
            assertEquals("MainProcess", Multiprocessing.currentProcess().name(), "the caller's thread stays itself");
        }
    }

    /** Python's dummy process has no terminate(): a thread cannot be stopped from outside. */
    @Test
    void terminateAndKillAreRefusedSayingWhatToDoAndInterruptStopsIt() throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Process p = Multiprocessing.dummy().process(task("hang"));
            p.start();
            for (Runnable verb : new Runnable[] {p::terminate, p::kill}) {
                UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, verb::run);
                assertTrue(e.getMessage().startsWith("[jmp.process.thread-no-kill] cannot "), e.getMessage());
                assertTrue(e.getMessage().contains("use interrupt()"), e.getMessage());
            }
            assertTrue(p.isAlive(), "a refused verb leaves it running");
            assertFalse(p.join(Duration.ofMillis(20)));
            p.interrupt();
            assertTrue(p.join(LIMIT));
            assertEquals(1, p.exitCode().orElseThrow());
            assertFalse(p.isAlive());
            assertThrows(UnsupportedOperationException.class, p::kill, "refused after its exit too: always the same answer");
        }
    }

    @Test
    void aDaemonProcessIsADaemonThreadAndMayNotStartChildren() throws Exception {
        try (CapturedOutput output = new CapturedOutput()) {
            Process p = Multiprocessing.dummy().process(task("try:child:print:never")).daemon(true);
            p.start();
            assertTrue(p.join(LIMIT));
            assertEquals(0, p.exitCode().orElseThrow());
            assertTrue(output.out().contains("refused [jmp.process.daemon-children] " + p.name() + " is a daemon"),
                    output.out());
        }
    }

    @Test
    void theThreadContextKeepsNoSparesAndParsesByName() {
        assertEquals(StartMethod.THREAD, StartMethod.parse("thread"));
        assertEquals(StartMethod.THREAD, Multiprocessing.dummy().startMethod());
        assertEquals(0, Multiprocessing.dummy().spares());
        assertThrows(IllegalStateException.class, () -> Multiprocessing.dummy().withSpares(1, LIMIT));
    }
}
