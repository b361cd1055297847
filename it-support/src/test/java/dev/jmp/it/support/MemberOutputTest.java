package dev.jmp.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A member's output: its start-up lines on stdout, its ready line awaited, the rest passed on to
 * the end; a member that ends or hangs before it is ready is told apart from one that is ready.
 */
class MemberOutputTest {

    private static final String READY = "member ready at";

    private final List<Process> started = new CopyOnWriteArrayList<>();

    @AfterEach
    void reap() throws InterruptedException {
        for (Process p : started) {
            p.destroyForcibly();
            p.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void linesAfterTheReadyLineArePassedOnToTheEnd() throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<String> after = new CopyOnWriteArrayList<>();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            MemberOutput output = MemberOutput.read(4, shell("echo booting; echo '" + READY + " 1'; echo one; echo two"),
                    READY, after::add);
            output.awaitReady(60);
            output.awaitEnd(60_000);
        } finally {
            System.setOut(stdout);
        }
        assertEquals(List.of("one", "two"), after);
        assertEquals("member 4: booting\n", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMemberThatEndsBeforeItIsReadySaysHowItEnded() throws Exception {
        MemberOutput output = MemberOutput.read(3, shell("exit 7"), READY, line -> { });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> output.awaitReady(60));
        assertEquals("member 3 did not start: exited with 7", e.getMessage());
    }

    @Test
    void aMemberThatNeverGetsReadyTimesOut() throws Exception {
        Process member = shell("echo booting; exec sleep 600");
        MemberOutput output = MemberOutput.read(0, member, READY, line -> { });
        assertThrows(TimeoutException.class, () -> output.awaitReady(1));
        assertTrue(member.isAlive());
    }

    private Process shell(String script) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
        started.add(p);
        return p;
    }
}
